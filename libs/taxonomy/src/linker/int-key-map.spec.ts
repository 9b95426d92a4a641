import { IntKeyMap } from './int-key-map';

describe('IntKeyMap', () => {
  it('answers what a Map answers, through growth and overwrites', () => {
    const map = new IntKeyMap(4);
    const expected = new Map<number, number>();
    let state = 7;
    for (let i = 0; i < 50_000; i++) {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      // Packed 5-grams are under 2^25; a few larger keys too.
      const key = i % 10 === 0 ? state : state & 0x1ffffff;
      map.set(key, i);
      expected.set(key, i);
    }
    expect(map.size).toBe(expected.size);
    for (const [key, value] of expected) expect(map.get(key)).toBe(value);
    expect(map.get(0x7ffffffe)).toBe(expected.get(0x7ffffffe) ?? -1);
  });

  it('answers -1 for a key it does not hold, 0 included', () => {
    const map = new IntKeyMap();
    expect(map.get(0)).toBe(-1);
    map.set(0, 5);
    expect(map.get(0)).toBe(5);
    expect(map.get(1)).toBe(-1);
  });
});
