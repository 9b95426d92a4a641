import { computeOccupationNearness, NearnessInput, OccupationNearnessTable } from '../nearness';
import { measureNearness, nearnessFigures, settingsName, WEIGHING_GRID } from './nearness-measure';

type Relation = NearnessInput['relations'][number];
const rel = (occupationUri: string, skills: string, relationType: Relation['relationType']) =>
  skills.split(' ').map((skillUri) => ({ occupationUri, skillUri, relationType }));

/** A and B share most skills; D shares A's unit group and a little; C stands alone. */
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
const isco = new Map(input.occupations.map((o) => [o.uri, o.iscoGroup]));

describe('near-occupation measure', () => {
  const table = new OccupationNearnessTable(computeOccupationNearness(input));

  it('counts a miss as found when the right occupation is near the wrong first link', () => {
    const figures = nearnessFigures(
      [
        // Linked to A, B was right: B is near A (no shared unit group).
        { top: 'A', relevant: new Set(['B']) },
        // Linked to A, D was right: near too, but D shares A's unit group.
        { top: 'A', relevant: new Set(['D']) },
        // Linked to C, A was right: C has no near occupations.
        { top: 'C', relevant: new Set(['A']) },
      ],
      table,
      isco,
      4,
    );
    expect(figures).toEqual({
      misses: 3,
      recall: Number((2 / 3).toFixed(4)),
      recall_beyond_isco4: Number((1 / 3).toFixed(4)),
      same_isco4: Number((1 / 3).toFixed(4)),
      // A lists B and D, C lists nothing: 2 right of 4 listed.
      precision: 0.5,
      mean_near: table.size / 4,
    });
  });

  it('computes the table again for every setting, so a higher floor lists fewer', () => {
    const misses = { pseudo: [{ top: 'A', relevant: new Set(['D']) }] };
    const [low, high] = measureNearness(input, misses, [
      { optionalWeight: 0.5, iscoBoost: 0.25, topK: 20, floor: 0.2 },
      { optionalWeight: 0.5, iscoBoost: 0.25, topK: 20, floor: 0.6 },
    ]);
    // A-D is 0.5 (0.4 x 1.25): kept at floor 0.2, not at 0.6.
    expect(low.figures.pseudo.recall).toBe(1);
    expect(high.figures.pseudo.recall).toBe(0);
    expect(high.figures.pseudo.mean_near).toBeLessThan(low.figures.pseudo.mean_near);
  });

  it('names every setting of the grid differently', () => {
    expect(new Set(WEIGHING_GRID.map(settingsName)).size).toBe(WEIGHING_GRID.length);
  });
});
