/** The one queue the matching worker consumes. */
export const MATCHING_QUEUE = 'matching';

/** Every job name with its payload: ids and versions only, never personal data. */
export interface JobPayloads {
  /** `holdMs` keeps the job busy that long (at most a minute): for checking recovery and shutdown. */
  ping: { pingId: string; holdMs?: number };
  'match-vacancy': { vacancyId: string; version: number };
  'match-seeker': { seekerId: string; version: number };
  'rematch-all': { reason: string; requestedAt: string };
  /** An erasure took someone off the vacancy's stored list: it is filled again (`request`: which refill). */
  'refill-vacancy-list': { vacancyId: string; request: number };
  /** A step of the match workflow was taken: its line in the history (`matching.match_step`). */
  'notify-step': { stepId: string };
  /** A vacancy's shortlist was written: strong matches for coaches, or no candidate for advisers. */
  'notify-vacancy-matches': { vacancyId: string; version: number };
  /** A job seeker's matches were written: strong ones for their coach. */
  'notify-seeker-matches': { seekerId: string; version: number };
}

export type JobName = keyof JobPayloads;
export type JobPayload<N extends JobName> = JobPayloads[N];

/** The jobs a worker must have a handler for; it refuses to boot otherwise. */
export const JOB_NAMES: readonly JobName[] = [
  'ping',
  'match-vacancy',
  'match-seeker',
  'rematch-all',
  'refill-vacancy-list',
  'notify-step',
  'notify-vacancy-matches',
  'notify-seeker-matches',
];

/**
 * Deterministic job ids: enqueueing the same change twice is a no-op. BullMQ forbids `:` in
 * custom ids, hence the dots.
 */
export function jobIdFor<N extends JobName>(name: N, payload: JobPayload<N>): string {
  switch (name) {
    case 'ping':
      return `ping.${(payload as JobPayloads['ping']).pingId}`;
    case 'match-vacancy': {
      const { vacancyId, version } = payload as JobPayloads['match-vacancy'];
      return `match-vacancy.${vacancyId}.v${version}`;
    }
    case 'match-seeker': {
      const { seekerId, version } = payload as JobPayloads['match-seeker'];
      return `match-seeker.${seekerId}.v${version}`;
    }
    case 'refill-vacancy-list': {
      const { vacancyId, request } = payload as JobPayloads['refill-vacancy-list'];
      return `refill-vacancy-list.${vacancyId}.r${request}`;
    }
    case 'notify-step':
      return `notify-step.${(payload as JobPayloads['notify-step']).stepId}`;
    case 'notify-vacancy-matches': {
      const { vacancyId, version } = payload as JobPayloads['notify-vacancy-matches'];
      return `notify-vacancy-matches.${vacancyId}.v${version}`;
    }
    case 'notify-seeker-matches': {
      const { seekerId, version } = payload as JobPayloads['notify-seeker-matches'];
      return `notify-seeker-matches.${seekerId}.v${version}`;
    }
    case 'rematch-all':
      return `rematch-all.${(payload as JobPayloads['rematch-all']).requestedAt.replace(/[^0-9A-Za-z]/g, '')}`;
  }
  throw new Error(`Unknown job name ${String(name)}`);
}
