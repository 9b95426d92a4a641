import { InvalidTokenError, principalFromClaims, profileFromClaims } from './token-claims';

const NAMES = { role: 'role', organisationId: 'org_id', coachId: 'coach_id' };

describe('principalFromClaims', () => {
  it.each([
    [
      'an employer with its organisation',
      { sub: 'u1', role: 'employer', org_id: 'org-7' },
      { subject: 'u1', role: 'employer', organisationId: 'org-7' },
    ],
    [
      'a coach with their coach id',
      { sub: 'u2', role: 'coach', coach_id: 'c-3' },
      { subject: 'u2', role: 'coach', coachId: 'c-3' },
    ],
    ['an adviser', { sub: 'u3', role: 'adviser' }, { subject: 'u3', role: 'adviser' }],
    [
      'an admin, ignoring an organisation claim it has no use for',
      { sub: 'u4', role: 'admin', org_id: 'org-7' },
      { subject: 'u4', role: 'admin' },
    ],
    [
      'the one known role among the groups an identity provider sends',
      { sub: 'u5', role: ['offline_access', 'adviser', 'uma_authorization'] },
      { subject: 'u5', role: 'adviser' },
    ],
  ])('accepts %s', (_, claims, expected) => {
    expect(principalFromClaims(claims, NAMES)).toEqual(expected);
  });

  it('reads the claim names it is configured with', () => {
    const names = { role: 'wt/role', organisationId: 'wt/org', coachId: 'wt/coach' };
    expect(principalFromClaims({ sub: 'u', 'wt/role': 'coach', 'wt/coach': 'c' }, names)).toEqual({
      subject: 'u',
      role: 'coach',
      coachId: 'c',
    });
  });

  it.each([
    ['no subject', { role: 'adviser' }, 'no subject (sub)'],
    [
      'an unknown role',
      { sub: 'u', role: 'superuser' },
      'no role (employer, adviser, coach, admin) in role',
    ],
    ['no role', { sub: 'u' }, 'no role (employer, adviser, coach, admin) in role'],
    ['two roles', { sub: 'u', role: ['coach', 'admin'] }, 'more than one role in role'],
    [
      'an employer without organisation',
      { sub: 'u', role: 'employer' },
      'an employer token needs an organisation id (org_id)',
    ],
    [
      'a coach without coach id',
      { sub: 'u', role: 'coach', coach_id: '' },
      'a coach token needs a coach id (coach_id)',
    ],
    [
      'a numeric organisation id',
      { sub: 'u', role: 'employer', org_id: 7 },
      'org_id must be a string of at most 200 characters',
    ],
    [
      'an overlong subject',
      { sub: 'x'.repeat(201), role: 'admin' },
      'subject (sub) must be a string of at most 200 characters',
    ],
  ])('refuses %s', (_, claims, reason) => {
    let error: unknown;
    try {
      principalFromClaims(claims, NAMES);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidTokenError);
    expect((error as InvalidTokenError).reason).toBe(reason);
  });
});

describe('profileFromClaims', () => {
  it.each([
    [
      'both claims',
      { email: 'a.b@staff.test', name: ' Anna B ' },
      { email: 'a.b@staff.test', name: 'Anna B' },
    ],
    ['none', {}, {}],
    ['a malformed e-mail (left out)', { email: 'not an address', name: 'A' }, { name: 'A' }],
    ['a header injection (left out)', { email: 'a@b.test\r\nBcc: x@y.test' }, {}],
    ['a name with a control character (left out)', { name: 'A\u0007B' }, {}],
    ['an overlong name (left out)', { name: 'x'.repeat(201) }, {}],
    ['claims of the wrong type (left out)', { email: 42, name: ['A'] }, {}],
  ])('%s', (_, claims, expected) => {
    expect(profileFromClaims(claims)).toEqual(expected);
  });
});
