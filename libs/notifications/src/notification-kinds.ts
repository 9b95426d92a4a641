import type { Role } from '@wt/auth';

/** Every kind of notification, each for one role. */
export const NOTIFICATION_KINDS = [
  'strong-match',
  'introduction-requested',
  'vacancy-unserved',
  'employer-introduction-request',
  'candidate-declined',
  'candidate-proposed',
  'candidate-introduced',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Which role each kind goes to: preferences list only the caller's role's kinds. */
export const KIND_ROLE: Readonly<Record<NotificationKind, Role>> = {
  'strong-match': 'coach',
  'introduction-requested': 'coach',
  'vacancy-unserved': 'adviser',
  'employer-introduction-request': 'adviser',
  'candidate-declined': 'adviser',
  'candidate-proposed': 'employer',
  'candidate-introduced': 'employer',
};

export function kindsFor(role: Role): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((kind) => KIND_ROLE[kind] === role);
}

/** Where a notification goes: a user, every user of a caseload or organisation, or every adviser. */
export type Recipient =
  { subject: string } | { coachId: string } | { organisationId: string } | { role: 'adviser' };

/** One string per recipient, to group drafts by whom they go to. */
export function recipientKey(r: Recipient): string {
  if ('subject' in r) return `subject:${r.subject}`;
  if ('coachId' in r) return `coach:${r.coachId}`;
  if ('organisationId' in r) return `organisation:${r.organisationId}`;
  return `role:${r.role}`;
}

/**
 * One notification to deliver, before its recipients are looked up. `title` and `link` are all a
 * person sees (inbox and e-mail): ids and the vacancy's title, never a job seeker's name, contact
 * details, BSN or target group. `seekerId` is kept only so that an erasure finds the row.
 */
export interface NotificationDraft {
  kind: NotificationKind;
  recipient: Recipient;
  /** Same key for the same recipient: stored once (a repeated job changes nothing). */
  dedupKey: string;
  title: string;
  link: string;
  vacancyId: string | null;
  seekerId: string | null;
}

/** What a vacancy contributes to a message: its id and title (not personal data). */
export interface VacancyRef {
  id: string;
  title: string;
  organisationId: string;
  version: number;
}

/** A step of the match workflow, as the notifications see it. */
export interface StepFacts {
  stepId: string;
  seekerId: string;
  coachId: string | null;
  action: string;
  to: string;
  actorRole: string;
  reason: string | null;
  proposedBy: string | null;
}

const MAX_TITLE = 80;

function quoted(vacancy: VacancyRef): string {
  const title =
    vacancy.title.length > MAX_TITLE ? `${vacancy.title.slice(0, MAX_TITLE - 1)}…` : vacancy.title;
  return `"${title}"`;
}

/** Portal paths (the portal's routes; e-mails put the portal's address in front). */
export const links = {
  shortlist: (vacancyId: string) => `/vacancies/${vacancyId}/shortlist`,
  seekerMatches: (seekerId: string) => `/job-seekers/${seekerId}/matches`,
  seekerMatch: (seekerId: string, vacancyId: string) =>
    `/job-seekers/${seekerId}/matches/${vacancyId}`,
};

/** The notifications one workflow step gives rise to (none for most steps). */
export function draftsForStep(step: StepFacts, vacancy: VacancyRef): NotificationDraft[] {
  const base = { vacancyId: vacancy.id, seekerId: step.seekerId, dedupKey: `step:${step.stepId}` };
  const drafts: NotificationDraft[] = [];
  if (step.action === 'propose') {
    drafts.push({
      ...base,
      kind: 'candidate-proposed',
      recipient: { organisationId: vacancy.organisationId },
      title: `A candidate was proposed for your vacancy ${quoted(vacancy)}`,
      link: links.shortlist(vacancy.id),
    });
  }
  if (step.action === 'request-introduction') {
    if (step.coachId) {
      drafts.push({
        ...base,
        kind: 'introduction-requested',
        recipient: { coachId: step.coachId },
        title: `An employer asks to be introduced to a job seeker of your caseload (vacancy ${quoted(vacancy)}); record their answer`,
        link: links.seekerMatch(step.seekerId, vacancy.id),
      });
    }
    if (step.proposedBy) {
      drafts.push({
        ...base,
        kind: 'employer-introduction-request',
        recipient: { subject: step.proposedBy },
        title: `The employer asked for an introduction to a candidate you proposed (vacancy ${quoted(vacancy)})`,
        link: links.shortlist(vacancy.id),
      });
    }
  }
  if (step.action === 'reject' && step.actorRole === 'employer' && step.proposedBy) {
    drafts.push({
      ...base,
      kind: 'candidate-declined',
      recipient: { subject: step.proposedBy },
      title: `The employer declined a candidate you proposed (vacancy ${quoted(vacancy)}, reason: ${step.reason ?? 'none given'})`,
      link: links.shortlist(vacancy.id),
    });
  }
  if (step.action === 'agree-introduction' && step.to === 'introduced') {
    drafts.push({
      ...base,
      kind: 'candidate-introduced',
      recipient: { organisationId: vacancy.organisationId },
      title: `A candidate agreed to be introduced for your vacancy ${quoted(vacancy)}: the contact details are on the shortlist`,
      link: links.shortlist(vacancy.id),
    });
  }
  return drafts;
}

/** A coach's notice of a new strong match of a job seeker in their caseload. */
export function strongMatchDraft(
  pair: { seekerId: string; score: number; coachId: string },
  vacancy: VacancyRef,
): NotificationDraft {
  return {
    kind: 'strong-match',
    recipient: { coachId: pair.coachId },
    dedupKey: `strong:${vacancy.id}:${pair.seekerId}`,
    title: `New strong match (score ${Math.round(pair.score)}) for a job seeker of your caseload: vacancy ${quoted(vacancy)}`,
    link: links.seekerMatches(pair.seekerId),
    vacancyId: vacancy.id,
    seekerId: pair.seekerId,
  };
}

/** The advisers' notice of a vacancy that got no candidate at or above the shortlist's threshold. */
export function unservedDraft(vacancy: VacancyRef, threshold: number): NotificationDraft {
  return {
    kind: 'vacancy-unserved',
    recipient: { role: 'adviser' },
    dedupKey: `unserved:${vacancy.id}:v${vacancy.version}`,
    title: `No candidate scored ${threshold} or more for vacancy ${quoted(vacancy)}`,
    link: links.shortlist(vacancy.id),
    vacancyId: vacancy.id,
    seekerId: null,
  };
}

/** The subject line of a digest of `count` notifications. */
export function digestSubject(count: number): string {
  return count === 1
    ? 'Werkplein Twente: 1 new notification'
    : `Werkplein Twente: ${count} new notifications`;
}
