import { ShortlistCutoffs } from './shortlist-cutoffs';

describe('ShortlistCutoffs', () => {
  const full = [
    { id: 'a', score: 90 },
    { id: 'b', score: 70 },
    { id: 'c', score: 60 },
  ];

  it('answers "below" for a candidate under the last entry of a full list, ties by id', () => {
    const cutoffs = new ShortlistCutoffs(3);
    cutoffs.remember('v', full, 100);
    expect(cutoffs.below('v', { id: 'x', score: 59 }, 100)).toBe(true);
    expect(cutoffs.below('v', { id: 'd', score: 60 }, 100)).toBe(true);
    expect(cutoffs.below('v', { id: 'b0', score: 60 }, 100)).toBe(false);
    expect(cutoffs.below('v', { id: 'x', score: 61 }, 100)).toBe(false);
  });

  it('knows nothing of a list shorter than its size, another day, or a list whose member changed', () => {
    const cutoffs = new ShortlistCutoffs(3);
    cutoffs.remember('short', full.slice(0, 2), 100);
    expect(cutoffs.below('short', { id: 'x', score: 1 }, 100)).toBe(false);
    cutoffs.remember('v', full, 100);
    expect(cutoffs.below('v', { id: 'x', score: 1 }, 101)).toBe(false);
    cutoffs.seekerChanged('x');
    expect(cutoffs.below('v', { id: 'x', score: 1 }, 100)).toBe(true);
    cutoffs.seekerChanged('b');
    expect(cutoffs.below('v', { id: 'x', score: 1 }, 100)).toBe(false);
    cutoffs.remember('v', full, 100);
    cutoffs.vacancyChanged('v');
    expect(cutoffs.below('v', { id: 'x', score: 1 }, 100)).toBe(false);
  });
});
