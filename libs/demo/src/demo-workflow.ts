import { ConflictException, Logger } from '@nestjs/common';
import { DEMO_PRINCIPALS, Principal } from '@wt/auth';
import { MatchWorkflowRepository, MatchWorkflowService, RejectionReason } from '@wt/matching';

const VACANCY = (n: number) => `5d1b0a7e-0002-4d3e-9a11-${String(n).padStart(12, '0')}`;
const SEEKER = (n: number) => `5ee4e700-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The coach of the demo's welders and warehouse staff (`demo-coach-3`); fictional, like the rest. */
export const DEMO_WORKFLOW_COACH: Principal = {
  subject: 'demo-coach-user-3',
  role: 'coach',
  coachId: 'demo-coach-3',
};

type DemoStep =
  | 'shortlist'
  | 'propose'
  | 'request-introduction'
  | 'agree-introduction'
  | 'hire'
  | { reject: RejectionReason; by: 'adviser' | 'employer'; note?: string };

interface DemoPair {
  vacancy: number;
  seeker: number;
  coach: Principal;
  steps: DemoStep[];
}

const WALK: DemoStep[] = [
  'shortlist',
  'propose',
  'request-introduction',
  'agree-introduction',
  'hire',
];
const upTo = (last: DemoStep) => WALK.slice(0, WALK.indexOf(last) + 1);

/**
 * A few matches at each step of the workflow, on the demo employer's "Constructielasser MIG/MAG"
 * (8 positions) and the warehouse vacancy, so that a person walking the demo sees every step:
 * the adviser's list, the employer's candidate cards, the coaches' inboxes and the outcomes report.
 */
export const DEMO_WORKFLOW: readonly DemoPair[] = [
  { vacancy: 8, seeker: 9, coach: DEMO_WORKFLOW_COACH, steps: upTo('shortlist') },
  { vacancy: 8, seeker: 10, coach: DEMO_WORKFLOW_COACH, steps: upTo('propose') },
  { vacancy: 8, seeker: 11, coach: DEMO_WORKFLOW_COACH, steps: upTo('request-introduction') },
  { vacancy: 8, seeker: 12, coach: DEMO_WORKFLOW_COACH, steps: upTo('agree-introduction') },
  { vacancy: 8, seeker: 13, coach: DEMO_WORKFLOW_COACH, steps: upTo('hire') },
  {
    vacancy: 8,
    seeker: 4,
    coach: DEMO_PRINCIPALS.coach,
    steps: ['shortlist', 'propose', { reject: 'hours', by: 'employer' }],
  },
  {
    vacancy: 9,
    seeker: 16,
    coach: DEMO_WORKFLOW_COACH,
    steps: [{ reject: 'distance', by: 'adviser' }],
  },
  { vacancy: 9, seeker: 15, coach: DEMO_WORKFLOW_COACH, steps: upTo('shortlist') },
];

const WAIT_MS = 120_000;
const WALK_ATTEMPTS = 5;
const POLL_MS = 500;

/**
 * Moves the demo pairs along their steps through the workflow service, as the demo's adviser,
 * employer and coaches would (with the audit entries and notifications that go with it). Waits
 * for the match jobs of the start to store each pair first. A pair already moved on (a restart)
 * is left as it is. Answers how many pairs it moved.
 */
export async function walkDemoWorkflow(
  workflow: MatchWorkflowService,
  matches: MatchWorkflowRepository,
  { waitMs = WAIT_MS }: { waitMs?: number } = {},
): Promise<number> {
  const logger = new Logger('DemoWorkflow');
  let moved = 0;
  for (const pair of DEMO_WORKFLOW) {
    if (await walkPair(workflow, matches, pair, waitMs, logger)) moved += 1;
  }
  return moved;
}

/**
 * Walks one pair from `suggested`. While the start's match jobs still run, a list can be
 * rewritten under a step (the match leaves the list and comes back as `suggested`, and the step
 * answers 409): then the pair is walked again from the start, a few times at most.
 */
async function walkPair(
  workflow: MatchWorkflowService,
  matches: MatchWorkflowRepository,
  pair: DemoPair,
  waitMs: number,
  logger: Logger,
): Promise<boolean> {
  const v = VACANCY(pair.vacancy);
  const s = SEEKER(pair.seeker);
  for (let attempt = 1; ; attempt++) {
    const stored = await waitFor(() => matches.find(v, s), waitMs);
    if (!stored) {
      logger.warn(`demo match ${v}/${s} not stored within ${waitMs} ms; left out`);
      return false;
    }
    // Moved on already: by an earlier attempt, or by the walk of an earlier start.
    if (stored.status !== 'suggested') return attempt > 1;
    const conflict = await applySteps(workflow, pair, v, s);
    if (conflict === undefined) return true;
    if (attempt >= WALK_ATTEMPTS) {
      logger.warn(`demo match ${v}/${s}: ${conflict}`);
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Applies the pair's steps in order; answers the first conflict's message, if any. */
async function applySteps(
  workflow: MatchWorkflowService,
  pair: DemoPair,
  v: string,
  s: string,
): Promise<string | undefined> {
  const adviser = DEMO_PRINCIPALS.adviser;
  const employer = DEMO_PRINCIPALS.employer;
  const today = new Date().toISOString().slice(0, 10);
  for (const step of pair.steps) {
    try {
      if (step === 'shortlist') {
        await workflow.shortlist(pair.coach === DEMO_PRINCIPALS.coach ? pair.coach : adviser, v, s);
      } else if (step === 'propose') await workflow.propose(adviser, v, s);
      else if (step === 'request-introduction') await workflow.requestIntroduction(employer, v, s);
      else if (step === 'agree-introduction') {
        await workflow.recordAgreement(pair.coach, v, s, { agreed: true, date: today });
      } else if (step === 'hire') {
        await workflow.hire(employer, v, s, {
          startDate: today,
          hoursPerWeek: 32,
          contractType: 'fixed-term',
        });
      } else {
        await workflow.reject(step.by === 'employer' ? employer : adviser, v, s, {
          reason: step.reject,
          note: step.note,
        });
      }
    } catch (error) {
      // Someone (or a re-match) moved it meanwhile.
      if (!(error instanceof ConflictException)) throw error;
      return error.message;
    }
  }
  return undefined;
}

async function waitFor<T>(probe: () => Promise<T | undefined>, ms: number): Promise<T | undefined> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
