import {
  CEFR_LEVELS,
  cefrRank,
  compareCefr,
  isCefrLevel,
  meetsCefr,
  parseCefr,
} from './cefr-level.util';

describe('CEFR levels', () => {
  it('are ordered A1 < A2 < B1 < B2 < C1 < C2', () => {
    expect([...CEFR_LEVELS]).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
    expect(CEFR_LEVELS.map(cefrRank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(
      ['C1', 'A2', 'B2', 'A1', 'C2', 'B1'].map((s) => parseCefr(s)!).sort(compareCefr),
    ).toEqual([...CEFR_LEVELS]);
  });

  it.each([
    ['B2', 'B2'],
    ['b1', 'B1'],
    [' C2 ', 'C2'],
    ['a1', 'A1'],
  ])('parses %p as %p', (input, level) => {
    expect(parseCefr(input)).toBe(level);
  });

  it.each(['B3', 'A0', 'C3', 'B2+', 'B', '', 'native', 'B 2', '4'])('rejects %p', (input) => {
    expect(parseCefr(input)).toBeNull();
    expect(isCefrLevel(input)).toBe(false);
  });

  it.each([
    ['B2', 'B2', true],
    ['C1', 'B2', true],
    ['B1', 'B2', false],
    ['A1', 'C2', false],
    [null, 'A1', false],
    [null, null, true],
    ['A1', null, true],
  ] as const)('having %p meets a need of %p: %p', (have, need, expected) => {
    expect(meetsCefr(have, need)).toBe(expected);
  });
});
