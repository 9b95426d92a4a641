import { banenFor, nextStep, rejectedByFor, rolesFor } from './workflow-rules';

describe('workflow rules', () => {
  it.each([
    ['shortlist', 'coach', 'suggested', 'shortlisted'],
    ['shortlist', 'adviser', 'suggested', 'shortlisted'],
    ['propose', 'adviser', 'shortlisted', 'proposed'],
    ['request-introduction', 'employer', 'proposed', 'proposed'],
    ['agree-introduction', 'coach', 'proposed', 'introduced'],
    ['hire', 'employer', 'introduced', 'hired'],
    ['reject', 'coach', 'suggested', 'rejected'],
    ['reject', 'adviser', 'introduced', 'rejected'],
    ['reject', 'employer', 'proposed', 'rejected'],
  ] as const)('%s by %s from %s leads to %s', (action, role, from, to) => {
    expect(nextStep(action, role, from)).toEqual({ to });
  });

  it.each([
    ['hire', 'adviser', 'suggested', 'hire: the match is at step "suggested"'],
    ['propose', 'adviser', 'suggested', 'propose needs step "shortlisted"'],
    ['shortlist', 'adviser', 'hired', 'at step "hired"'],
    ['reject', 'adviser', 'hired', 'at step "hired"'],
    ['reject', 'adviser', 'rejected', 'at step "rejected"'],
    ['reject', 'employer', 'shortlisted', 'needs step "proposed" or "introduced"'],
    ['shortlist', 'coach', null, 'at step "not on the list"'],
  ] as const)('refuses %s by %s from %s, naming the step', (action, role, from, message) => {
    const decision = nextStep(action, role, from);
    expect(decision).toHaveProperty('conflict');
    expect((decision as { conflict: string }).conflict).toContain(message);
  });

  it('gives each step its roles: no employer proposes, no coach hires', () => {
    expect(rolesFor('propose')).toEqual(['adviser']);
    expect(rolesFor('hire')).not.toContain('coach');
    expect(rolesFor('request-introduction')).toEqual(['employer']);
  });

  it('records who rejected', () => {
    expect(rejectedByFor('coach', true)).toBe('job-seeker');
    expect(rejectedByFor('coach', false)).toBe('coach');
    expect(rejectedByFor('employer', true)).toBe('employer');
    expect(rejectedByFor('adviser', false)).toBe('adviser');
  });

  it('counts banen pro rata: 25.5 hours is one', () => {
    expect([banenFor(25.5), banenFor(12.75), banenFor(32)]).toEqual([1, 0.5, 1.255]);
  });
});
