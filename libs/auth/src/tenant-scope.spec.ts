import { scopeOf } from './tenant-scope';

describe('scopeOf', () => {
  it.each([
    [
      { subject: 's', role: 'employer', organisationId: 'o1' },
      { kind: 'organisation', organisationId: 'o1' },
    ],
    [
      { subject: 's', role: 'coach', coachId: 'c1' },
      { kind: 'caseload', coachId: 'c1' },
    ],
    [{ subject: 's', role: 'adviser' }, { kind: 'region' }],
    [{ subject: 's', role: 'admin' }, { kind: 'region' }],
  ] as const)('%j -> %j', (principal, scope) => {
    expect(scopeOf(principal)).toEqual(scope);
  });

  it('refuses an employer without organisation rather than widen its scope', () => {
    expect(() => scopeOf({ subject: 's', role: 'employer' })).toThrow(/organisationId/);
  });
});
