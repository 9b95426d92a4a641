import { Injectable } from '@nestjs/common';
import { MatchableSeekersService } from '@wt/job-seekers';
import { MatchNotificationRepository, SCORING_MODEL, STRONG_MATCH_SCORE } from '@wt/matching';
import { HandlesJob, JobHandler, JobPayload, PermanentJobError } from '@wt/queue';
import { MatchableVacanciesService, MatchableVacancy } from '@wt/vacancies';
import {
  draftsForStep,
  NotificationDraft,
  strongMatchDraft,
  unservedDraft,
  VacancyRef,
} from './notification-kinds';
import { NotificationDelivery } from './notification-delivery.service';

type Outcome = { stored: number } | { skipped: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function requireId(field: string, value: unknown, pattern: RegExp): void {
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw new PermanentJobError(`${field} is not a valid id`);
  }
}

function refOf(v: MatchableVacancy): VacancyRef {
  return { id: v.id, title: v.title, organisationId: v.organisationId, version: v.version };
}

/** A workflow step: the employer, the coach or the proposing adviser hears of it. */
@Injectable()
@HandlesJob('notify-step')
export class NotifyStepHandler implements JobHandler<'notify-step'> {
  constructor(
    private readonly steps: MatchNotificationRepository,
    private readonly vacancies: MatchableVacanciesService,
    private readonly seekers: MatchableSeekersService,
    private readonly delivery: NotificationDelivery,
  ) {}

  async handle({ stepId }: JobPayload<'notify-step'>): Promise<Outcome> {
    requireId('stepId', stepId, /^\d{1,18}$/);
    const step = await this.steps.step(stepId);
    // Gone with its match (an erasure): nothing to tell anyone.
    if (!step) return { skipped: 'step no longer exists' };
    const vacancy = await this.vacancies.findOne(step.vacancyId);
    if (!vacancy) return { skipped: 'vacancy no longer exists' };
    const seeker = await this.seekers.findOne(step.seekerId);
    if (!seeker) return { skipped: 'job seeker erased' };
    const drafts = draftsForStep({ ...step, coachId: seeker.coachId }, refOf(vacancy));
    return { stored: await this.delivery.deliver(drafts) };
  }
}

/**
 * A vacancy's shortlist was written: the coaches of its strong candidates hear of them (once per
 * pair), and the advisers of a vacancy no candidate reached the shortlist's threshold for.
 */
@Injectable()
@HandlesJob('notify-vacancy-matches')
export class NotifyVacancyMatchesHandler implements JobHandler<'notify-vacancy-matches'> {
  constructor(
    private readonly matches: MatchNotificationRepository,
    private readonly vacancies: MatchableVacanciesService,
    private readonly seekers: MatchableSeekersService,
    private readonly delivery: NotificationDelivery,
  ) {}

  async handle({ vacancyId, version }: JobPayload<'notify-vacancy-matches'>): Promise<Outcome> {
    requireId('vacancyId', vacancyId, UUID);
    const vacancy = await this.vacancies.findOne(vacancyId);
    if (!vacancy || !vacancy.open) return { skipped: 'vacancy not open' };
    if (vacancy.version > version) return { skipped: `superseded by version ${vacancy.version}` };
    const threshold = SCORING_MODEL.shortlistMinScore;
    const served = await this.matches.atOrAbove({ vacancyId }, threshold);
    if (served.length === 0) {
      return { stored: await this.delivery.deliver([unservedDraft(refOf(vacancy), threshold)]) };
    }
    const strong = served.filter((m) => m.score >= STRONG_MATCH_SCORE);
    const coachOf = new Map(
      (await this.seekers.findMany(strong.map((m) => m.seekerId))).map((s) => [s.id, s.coachId]),
    );
    const drafts: NotificationDraft[] = [];
    for (const m of strong) {
      const coachId = coachOf.get(m.seekerId);
      if (coachId) drafts.push(strongMatchDraft({ ...m, coachId }, refOf(vacancy)));
    }
    return { stored: await this.delivery.deliver(drafts) };
  }
}

/** A job seeker's matches were written: their coach hears of the strong ones (once per pair). */
@Injectable()
@HandlesJob('notify-seeker-matches')
export class NotifySeekerMatchesHandler implements JobHandler<'notify-seeker-matches'> {
  constructor(
    private readonly matches: MatchNotificationRepository,
    private readonly vacancies: MatchableVacanciesService,
    private readonly seekers: MatchableSeekersService,
    private readonly delivery: NotificationDelivery,
  ) {}

  async handle({ seekerId, version }: JobPayload<'notify-seeker-matches'>): Promise<Outcome> {
    requireId('seekerId', seekerId, UUID);
    const seeker = await this.seekers.findOne(seekerId);
    if (!seeker) return { skipped: 'job seeker erased' };
    if (seeker.version > version) return { skipped: `superseded by version ${seeker.version}` };
    const strong = await this.matches.atOrAbove({ seekerId }, STRONG_MATCH_SCORE);
    const open = new Map(
      (await this.vacancies.findMany(strong.map((m) => m.vacancyId)))
        .filter((v) => v.open)
        .map((v) => [v.id, v]),
    );
    const drafts = strong
      .filter((m) => open.has(m.vacancyId))
      .map((m) =>
        strongMatchDraft({ ...m, coachId: seeker.coachId }, refOf(open.get(m.vacancyId)!)),
      );
    return { stored: await this.delivery.deliver(drafts) };
  }
}
