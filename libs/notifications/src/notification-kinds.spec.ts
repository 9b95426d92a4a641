import {
  draftsForStep,
  KIND_ROLE,
  kindsFor,
  NOTIFICATION_KINDS,
  StepFacts,
  strongMatchDraft,
  unservedDraft,
  VacancyRef,
} from './notification-kinds';

const vacancy: VacancyRef = {
  id: 'v-1',
  title: 'Lasser MIG/MAG',
  organisationId: 'org-1',
  version: 3,
};

const step = (over: Partial<StepFacts>): StepFacts => ({
  stepId: '7',
  seekerId: 's-1',
  coachId: 'coach-1',
  action: 'shortlist',
  to: 'shortlisted',
  actorRole: 'adviser',
  reason: null,
  proposedBy: 'adviser-1',
  ...over,
});

describe('notification kinds', () => {
  it.each([
    ['shortlist', step({}), []],
    [
      'propose',
      step({ action: 'propose', to: 'proposed' }),
      [['candidate-proposed', { organisationId: 'org-1' }]],
    ],
    [
      'introduction request',
      step({ action: 'request-introduction', to: 'proposed', actorRole: 'employer' }),
      [
        ['introduction-requested', { coachId: 'coach-1' }],
        ['employer-introduction-request', { subject: 'adviser-1' }],
      ],
    ],
    [
      'employer declines',
      step({ action: 'reject', to: 'rejected', actorRole: 'employer', reason: 'hours' }),
      [['candidate-declined', { subject: 'adviser-1' }]],
    ],
    ['coach rejects', step({ action: 'reject', to: 'rejected', actorRole: 'coach' }), []],
    [
      'introduced',
      step({ action: 'agree-introduction', to: 'introduced', actorRole: 'coach' }),
      [['candidate-introduced', { organisationId: 'org-1' }]],
    ],
    ['hire', step({ action: 'hire', to: 'hired', actorRole: 'employer' }), []],
  ])('%s', (_, facts, expected) => {
    const drafts = draftsForStep(facts, vacancy);
    expect(drafts.map((d) => [d.kind, d.recipient])).toEqual(expected);
    for (const d of drafts) {
      expect(d.dedupKey).toBe('step:7');
      expect(d.seekerId).toBe('s-1');
      // Each kind goes to the role it is listed for.
      const role =
        'organisationId' in d.recipient
          ? 'employer'
          : 'coachId' in d.recipient
            ? 'coach'
            : 'adviser';
      expect(KIND_ROLE[d.kind]).toBe(role);
    }
  });

  it('gives an employer the vacancy, never the job seeker', () => {
    const [d] = draftsForStep(step({ action: 'propose', to: 'proposed' }), vacancy);
    expect(d.link).toBe('/vacancies/v-1/shortlist');
    expect(`${d.title} ${d.link}`).not.toContain('s-1');
  });

  it('keys a strong match per pair and an unserved vacancy per version', () => {
    const strong = strongMatchDraft({ seekerId: 's-1', score: 82.4, coachId: 'c' }, vacancy);
    expect(strong).toMatchObject({ dedupKey: 'strong:v-1:s-1', link: '/job-seekers/s-1/matches' });
    expect(strong.title).toContain('score 82');
    expect(unservedDraft(vacancy, 45)).toMatchObject({
      dedupKey: 'unserved:v-1:v3',
      recipient: { role: 'adviser' },
      seekerId: null,
    });
  });

  it('shortens a long vacancy title', () => {
    const long = { ...vacancy, title: 'x'.repeat(300) };
    expect(unservedDraft(long, 45).title.length).toBeLessThan(150);
  });

  it('lists every kind for exactly one role', () => {
    const all = (['employer', 'adviser', 'coach', 'admin'] as const).flatMap(kindsFor);
    expect(all.sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(kindsFor('admin')).toEqual([]);
  });
});
