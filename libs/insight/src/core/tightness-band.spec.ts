import { shownCount, tightnessBand } from './tightness-band';

describe('tightness bands (UWV scale on the registry own figures)', () => {
  it.each<[number, number, string | null]>([
    [0, 10, 'very-ample'],
    [24, 100, 'very-ample'],
    [1, 4, 'ample'], // 0.25 exactly: the lower edge belongs to ample
    [2, 3, 'ample'], // 0.666..: below 0.67
    [67, 100, 'balanced'], // 0.67 exactly
    [149, 100, 'balanced'],
    [3, 2, 'tight'], // 1.5 exactly
    [4, 1, 'tight'], // 4 exactly is still tight
    [401, 100, 'very-tight'],
    [3, 0, 'very-tight'], // positions and nobody available
    [0, 0, null],
  ])('%i positions for %i seekers: %s', (positions, seekers, band) => {
    expect(tightnessBand(positions, seekers)).toBe(band);
  });

  it.each<[number, number | null]>([
    [0, 0],
    [1, null],
    [4, null],
    [5, 5],
    [120, 120],
  ])('a count of %i people is shown as %s', (count, shown) => {
    expect(shownCount(count)).toBe(shown);
  });
});
