import { effectiveStatus, isEditable, transition } from './vacancy-lifecycle.util';

describe('vacancy lifecycle', () => {
  it.each([
    ['published', '2026-01-14', 'expired'],
    ['published', '2026-01-15', 'published'],
    ['published', null, 'published'],
    ['draft', '2026-01-01', 'draft'],
    ['filled', '2026-01-01', 'filled'],
  ] as const)('a %s vacancy closing %s reads as %s on 2026-01-15', (status, closing, expected) => {
    expect(effectiveStatus(status, closing, '2026-01-15')).toBe(expected);
  });

  it.each([
    ['draft', 'publish', 'published'],
    ['published', 'fill', 'filled'],
    ['published', 'close', 'closed'],
    ['draft', 'close', 'closed'],
    ['published', 'expire', 'expired'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(transition(from, action)).toEqual({ to });
  });

  it.each([
    ['published', 'publish', 'a published vacancy cannot be published; only a draft one can'],
    ['draft', 'fill', 'a draft vacancy cannot be filled; only a published one can'],
    ['expired', 'close', 'an expired vacancy cannot be closed; only a draft or published one can'],
    ['closed', 'publish', 'a closed vacancy cannot be published; only a draft one can'],
  ] as const)('refuses %s --%s-->', (from, action, refused) => {
    expect(transition(from, action)).toEqual({ refused });
  });

  it('allows edits to drafts and published vacancies only', () => {
    expect(
      ['draft', 'published', 'filled', 'closed', 'expired'].map((s) => isEditable(s as never)),
    ).toEqual([true, true, false, false, false]);
  });
});
