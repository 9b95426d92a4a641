import { DEMO_PRINCIPALS } from '@wt/auth';
import { DEMO_WORKFLOW, loadDemoData, walkDemoWorkflow } from '@wt/demo';
import { MatchWorkflowRepository, MatchWorkflowService } from '@wt/matching';
import { eventually } from '@wt/testing';
import { MatchingHarness } from './matching.helpers';

const VACANCY = (n: number) => `5d1b0a7e-0002-4d3e-9a11-${String(n).padStart(12, '0')}`;
const SEEKER = (n: number) => `5ee4e700-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TIMEOUT_MS = 180_000;

/** The standalone's demo: a few matches at every step of the workflow (issue 13). */
describe('demo workflow', () => {
  let h: MatchingHarness;
  const walk = () =>
    walkDemoWorkflow(
      h.registryProvider(MatchWorkflowService),
      h.registryProvider(MatchWorkflowRepository),
      { waitMs: 60_000 },
    );
  const statusOf = async (v: number, s: number) =>
    (await h.registryProvider(MatchWorkflowRepository).find(VACANCY(v), SEEKER(s)))?.status;

  beforeAll(async () => {
    // The registry's start-up sweep sends the demo vacancies' match jobs, as in the standalone.
    h = await MatchingHarness.start({ VACANCY_SWEEP_MINUTES: '15' }, (env) =>
      loadDemoData(env.dataSource),
    );
  }, TIMEOUT_MS);
  afterAll(() => h?.close());

  it(
    'has matches shortlisted, proposed, introduction requested, introduced, hired and rejected',
    async () => {
      expect(await walk()).toBe(DEMO_WORKFLOW.length);
      expect(await statusOf(8, 9)).toBe('shortlisted');
      expect(await statusOf(8, 10)).toBe('proposed');
      expect(await statusOf(8, 12)).toBe('introduced');
      expect(await statusOf(8, 13)).toBe('hired');
      expect(await statusOf(8, 4)).toBe('rejected');
      expect(await statusOf(9, 16)).toBe('rejected');
      // The hire closed the hired welder's other open step at the same employer.
      expect(await statusOf(2, 13)).toBe('rejected');

      const cards = (await h.matches(VACANCY(8), DEMO_PRINCIPALS.employer)).items;
      const card = (s: number) =>
        cards.find((c: { candidateId: string }) => c.candidateId === SEEKER(s));
      expect(card(11)).toMatchObject({ status: 'proposed', introductionRequested: true });
      expect(card(13)).toMatchObject({ status: 'hired' });
      expect(card(9)).toBeUndefined();

      const declined = await h
        .registryProvider(MatchWorkflowRepository)
        .find(VACANCY(8), SEEKER(4));
      expect(declined).toMatchObject({ statusReason: 'hours', rejectedBy: 'employer' });

      const outcomes = (
        await h.registry(DEMO_PRINCIPALS.adviser).get('/insight/outcomes').expect(200)
      ).body;
      expect(JSON.stringify(outcomes)).toContain('hired');

      // The demo users are known, so the workflow filled the demo employer's inbox.
      const inbox = await eventually(async () => {
        const { body } = await h
          .registry(DEMO_PRINCIPALS.employer)
          .get('/notifications?pageSize=100')
          .expect(200);
        const kinds = new Set(body.items.map((n: { kind: string }) => n.kind));
        return kinds.has('candidate-proposed') && kinds.has('candidate-introduced')
          ? kinds
          : undefined;
      }, 30_000);
      expect(inbox.size).toBeGreaterThanOrEqual(2);

      // A restart walks nothing twice.
      expect(await walk()).toBe(0);
      expect(await statusOf(8, 13)).toBe('hired');
    },
    TIMEOUT_MS,
  );
});
