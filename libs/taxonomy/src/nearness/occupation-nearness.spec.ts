import {
  computeOccupationNearness,
  NEARNESS_FLOOR,
  NEARNESS_TOP_K,
  NearnessInput,
  OccupationNearnessTable,
} from './occupation-nearness';

type Relation = NearnessInput['relations'][number];
const rel = (occupationUri: string, skills: string, relationType: Relation['relationType']) =>
  skills.split(' ').map((skillUri) => ({ occupationUri, skillUri, relationType }));

/**
 * A: essential a b c d, optional e.  B: essential a b c, optional d.  C: essential x y.
 * D (same ISCO unit group as A): essential a b, optional x.
 */
const input: NearnessInput = {
  occupations: [
    { uri: 'A', iscoGroup: '7212' },
    { uri: 'B', iscoGroup: '8153' },
    { uri: 'C', iscoGroup: '2512' },
    { uri: 'D', iscoGroup: '7212' },
  ],
  relations: [
    ...rel('A', 'a b c d', 'essential'),
    ...rel('A', 'e', 'optional'),
    ...rel('B', 'a b c', 'essential'),
    ...rel('B', 'd', 'optional'),
    ...rel('C', 'x y', 'essential'),
    ...rel('D', 'a b', 'essential'),
    ...rel('D', 'x', 'optional'),
  ],
};

const pairs = (rows: ReturnType<typeof computeOccupationNearness>) =>
  rows.occupation.map((o, i) => ({
    o,
    n: rows.near[i],
    s: rows.similarity[i],
    shared: rows.sharedEssential[i],
    of: rows.essential[i],
  }));

describe('occupation nearness by skills', () => {
  const rows = computeOccupationNearness(input);

  it.each([
    // A-B: overlap a b c (3) + d (min(1, 0.5)) = 3.5; union 4.5 + 3.5 - 3.5 = 4.5; no ISCO digit shared.
    ['A', 'B', Math.round((3.5 / 4.5) * 1000) / 1000, 3, 4],
    ['B', 'A', Math.round((3.5 / 4.5) * 1000) / 1000, 3, 3],
    // A-D: overlap 2, union 4.5 + 2.5 - 2 = 5, same unit group: x 1.25.
    ['A', 'D', Math.round((2 / 5) * 1.25 * 1000) / 1000, 2, 4],
    // B-D: overlap 2, union 3.5 + 2.5 - 2 = 4; ISCO 8153 and 7212 share nothing.
    ['B', 'D', 0.5, 2, 3],
  ])('%s is near %s: similarity %d, %d shared of %d essential', (o, n, s, shared, of) => {
    expect(pairs(rows)).toContainEqual({ o, n, s, shared, of });
  });

  it('keeps nothing below the floor and no occupation near itself', () => {
    // C shares x with D only as D's optional skill: 0.5 / (2 + 2.5 - 0.5) = 0.125.
    expect(pairs(rows).filter((p) => p.o === 'C' || p.n === 'C')).toEqual([]);
    expect(pairs(rows).every((p) => p.o !== p.n && p.s >= NEARNESS_FLOOR)).toBe(true);
  });

  it('keeps the best neighbours of each occupation only, nearest first', () => {
    const many: NearnessInput = {
      occupations: Array.from({ length: 40 }, (_, i) => ({ uri: `O${i}`, iscoGroup: null })),
      // Six shared essential skills each, and 0-4 optional skills of their own (i / 8).
      relations: Array.from({ length: 40 }, (_, i) => [
        ...rel(`O${i}`, 's1 s2 s3 s4 s5 s6', 'essential'),
        ...Array.from({ length: Math.floor(i / 8) }, (_, k) =>
          rel(`O${i}`, `own${i}-${k}`, 'optional'),
        ).flat(),
      ]).flat(),
    };
    const of0 = pairs(computeOccupationNearness(many)).filter((p) => p.o === 'O0');
    expect(of0).toHaveLength(NEARNESS_TOP_K);
    expect(of0.map((p) => p.s)).toEqual([...of0.map((p) => p.s)].sort((a, b) => b - a));
    // O1-O7 as near as can be, O8-O15 next, then the first five of O16-O23 by URI.
    expect(of0.map((p) => p.n).slice(-5)).toEqual(['O16', 'O17', 'O18', 'O19', 'O20']);
    expect(of0[0]).toEqual({ o: 'O0', n: 'O1', s: 1, shared: 6, of: 6 });
  });

  it('does not depend on the order of the relations', () => {
    const reversed = computeOccupationNearness({
      ...input,
      relations: [...input.relations].reverse(),
    });
    const key = (p: ReturnType<typeof pairs>[number]) => `${p.o}>${p.n}`;
    const sort = (ps: ReturnType<typeof pairs>) =>
      [...ps].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(sort(pairs(reversed))).toEqual(sort(pairs(rows)));
  });

  it('the table in memory answers the stored neighbours', () => {
    const table = new OccupationNearnessTable(rows);
    expect(table.size).toBe(rows.occupation.length);
    expect(table.neighboursOf('B')).toEqual([
      { uri: 'A', similarity: 0.778, sharedEssential: 3, essentialTotal: 3 },
      { uri: 'D', similarity: 0.5, sharedEssential: 2, essentialTotal: 3 },
    ]);
    expect(table.neighboursOf('C')).toEqual([]);
    expect(table.neighboursOf('unknown')).toEqual([]);
    expect(table.neighboursOf(null)).toEqual([]);
    expect(OccupationNearnessTable.EMPTY.neighboursOf('A')).toEqual([]);
  });
});
