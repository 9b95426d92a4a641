import type { Role } from '@wt/auth';

/**
 * The authorisation matrix: every endpoint of every app, and who may call it. The README's table
 * "Authorisation matrix" shows the same rows; `authorization-matrix.e2e-spec.ts` calls each
 * endpoint as every caller below and fails when an endpoint exists that has no row here.
 *
 * Add a row per endpoint. The callers are `DEMO_PRINCIPALS` from `@wt/auth` (employer of
 * `demo-org-1`, coach `demo-coach-1`), and the demo data set is loaded first, so `path` may use
 * the demo ids.
 */
export type Caller = 'anonymous' | Role;

export const CALLERS: readonly Caller[] = ['anonymous', 'employer', 'adviser', 'coach', 'admin'];

export type AppName = 'vacancy-registry' | 'profile-service' | 'matching-worker';

export interface MatrixRow {
  app: AppName;
  /** Method and route as the controller declares it, e.g. `GET /admin/audit/actors/:subject`. */
  route: string;
  /** The path to call when the route has parameters (default: the route's own path). */
  path?: string;
  /** Request body for POST, PUT and PATCH (a refused caller never reaches validation). */
  body?: unknown;
  /**
   * Callers that pass authentication and roles: they get neither 401 nor 403 (nor a 5xx). Any
   * other caller gets 401 without a token, 403 with one.
   */
  allowed: readonly Caller[];
  /** Exact statuses where a row means more than "let in", e.g. 404 for another tenant's object. */
  status?: Partial<Record<Caller, number>>;
}

export const EVERYONE = CALLERS;

/** A job seeker of the demo data set, by number (see `libs/job-seekers/src/demo`). */
const SEEKER = (n: number) => `/job-seekers/5ee4e700-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A demo employer or vacancy of the registry, by number (see `libs/vacancies/src/demo`). */
const DEMO_EMPLOYER = (n: number) =>
  `/employers/5d1b0a7e-0001-4d3e-9a11-${String(n).padStart(12, '0')}`;
const DEMO_VACANCY = (n: number) =>
  `/vacancies/5d1b0a7e-0002-4d3e-9a11-${String(n).padStart(12, '0')}`;
const NO_VACANCY = '/vacancies/00000000-0000-4000-8000-000000000000';

export const AUTHORIZATION_MATRIX: MatrixRow[] = [
  // Health: open to load balancers and orchestrators (foundation).
  { app: 'vacancy-registry', route: 'GET /health', allowed: EVERYONE },
  { app: 'vacancy-registry', route: 'GET /health/ready', allowed: EVERYONE },
  { app: 'profile-service', route: 'GET /health', allowed: EVERYONE },
  { app: 'profile-service', route: 'GET /health/ready', allowed: EVERYONE },
  { app: 'matching-worker', route: 'GET /health', allowed: EVERYONE },
  { app: 'matching-worker', route: 'GET /health/ready', allowed: EVERYONE },

  // The audit trail (issue 3): admins only.
  {
    app: 'profile-service',
    route: 'GET /admin/audit/objects/:type/:id',
    path: '/admin/audit/objects/job-seeker/demo-seeker-1',
    allowed: ['admin'],
  },
  {
    app: 'profile-service',
    route: 'GET /admin/audit/actors/:subject',
    path: '/admin/audit/actors/demo-coach-user-1',
    allowed: ['admin'],
  },
  // Jobs that failed for good (issue 11): admins only.
  { app: 'profile-service', route: 'GET /admin/jobs/failed', allowed: ['admin'] },
  { app: 'profile-service', route: 'POST /admin/jobs/failed/retry', allowed: ['admin'] },

  // Job-seeker profiles and caseloads (issue 6). Demo seekers 5ee4e700-...-00000000000N: 1-4, 6, 7
  // in demo-coach-1's caseload, 5 and 8 in demo-coach-2's. These rows change seeker 6 (and hand
  // it to demo-coach-2 at the end) and erase seeker 7; other rows should not rely on those two.
  { app: 'profile-service', route: 'GET /docs-json', allowed: EVERYONE },
  {
    app: 'profile-service',
    route: 'POST /job-seekers',
    body: {
      identity: {
        givenName: 'Matrix',
        familyName: 'Voorbeeld',
        clientReference: { system: 'uwv', reference: 'MATRIX-0001' },
      },
    },
    allowed: ['coach'],
  },
  { app: 'profile-service', route: 'GET /job-seekers', allowed: ['coach'] },
  {
    // Another coach's job seeker: the coach gets 404; advisers and admins read with a reason.
    app: 'profile-service',
    route: 'GET /job-seekers/:id',
    path: `${SEEKER(5)}?reason=authorisation%20matrix`,
    allowed: ['adviser', 'coach', 'admin'],
    status: { coach: 404 },
  },
  {
    app: 'profile-service',
    route: 'PATCH /job-seekers/:id',
    path: SEEKER(6),
    body: { maxTravelKm: 12 },
    allowed: ['coach'],
  },
  {
    app: 'profile-service',
    route: 'PUT /job-seekers/:id/consent',
    path: `${SEEKER(6)}/consent`,
    body: { coach: { given: false } },
    allowed: ['coach'],
  },
  {
    app: 'profile-service',
    route: 'POST /job-seekers/:id/availability/confirm',
    path: `${SEEKER(6)}/availability/confirm`,
    allowed: ['coach'],
  },
  {
    app: 'profile-service',
    route: 'GET /job-seekers/:id/identity',
    path: `${SEEKER(4)}/identity`,
    allowed: ['coach'],
    status: { coach: 200 },
  },
  {
    app: 'profile-service',
    route: 'PATCH /job-seekers/:id/identity',
    path: `${SEEKER(4)}/identity`,
    body: { phone: null },
    allowed: ['coach'],
  },
  {
    // Contact details for an introduction: advisers, with a reason, after double opt-in.
    app: 'profile-service',
    route: 'POST /job-seekers/:id/introduction-contact',
    path: `${SEEKER(4)}/introduction-contact`,
    body: { reason: 'authorisation matrix' },
    allowed: ['adviser'],
    status: { adviser: 200 },
  },
  {
    app: 'profile-service',
    route: 'POST /job-seekers/:id/transfer',
    path: `${SEEKER(6)}/transfer`,
    body: { toCoachId: 'demo-coach-2' },
    allowed: ['coach', 'admin'],
  },
  {
    app: 'profile-service',
    route: 'DELETE /job-seekers/:id',
    path: SEEKER(7),
    allowed: ['coach', 'admin'],
  },
  {
    app: 'profile-service',
    route: 'GET /caseload',
    path: '/caseload?coachId=demo-coach-1',
    allowed: ['coach', 'admin'],
  },
  { app: 'profile-service', route: 'GET /caseload/review', allowed: ['coach', 'admin'] },
  { app: 'profile-service', route: 'POST /caseload/retention-sweep', allowed: ['admin'] },

  // The vacancy registry (issue 5). Demo employers 5d1b0a7e-0001-...-00000000000N (1: demo-org-1,
  // the demo employer's), demo vacancies 5d1b0a7e-0002-...-00000000000N (2: demo-org-1's, 3: a
  // German one of another organisation). Rows that would change a demo vacancy's state use an id
  // that does not exist (404 is still "let in"); the others leave the demo vacancies as they were.
  { app: 'vacancy-registry', route: 'GET /docs-json', allowed: EVERYONE },
  {
    app: 'vacancy-registry',
    route: 'POST /employers',
    body: {
      name: 'Matrix Werkgever B.V.',
      country: 'NL',
      kvkNumber: '99000098',
      place: 'Enschede',
    },
    allowed: ['employer', 'adviser', 'admin'],
  },
  { app: 'vacancy-registry', route: 'GET /employers', allowed: ['employer', 'adviser', 'admin'] },
  {
    app: 'vacancy-registry',
    route: 'GET /employers/:id',
    path: DEMO_EMPLOYER(5),
    allowed: ['employer', 'adviser', 'admin'],
    status: { employer: 404 },
  },
  {
    app: 'vacancy-registry',
    route: 'PATCH /employers/:id',
    path: DEMO_EMPLOYER(1),
    body: {},
    allowed: ['employer', 'adviser', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'POST /vacancies',
    body: {
      employerId: DEMO_EMPLOYER(1).split('/').pop(),
      title: 'Matrix lasser',
      description: 'Een vacature van de autorisatiematrix.',
      country: 'NL',
      workPlace: 'Hengelo',
    },
    allowed: ['employer', 'adviser', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'GET /vacancies',
    allowed: ['employer', 'adviser', 'coach', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'GET /vacancies/:id',
    path: DEMO_VACANCY(3),
    allowed: ['employer', 'adviser', 'coach', 'admin'],
    status: { employer: 404 },
  },
  {
    app: 'vacancy-registry',
    route: 'PATCH /vacancies/:id',
    path: DEMO_VACANCY(3),
    body: {},
    allowed: ['employer', 'adviser', 'admin'],
    status: { employer: 404 },
  },
  {
    app: 'vacancy-registry',
    route: 'PUT /vacancies/:id/occupation',
    path: `${DEMO_VACANCY(3)}/occupation`,
    body: {
      occupationUri: 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b',
    },
    allowed: ['adviser', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'POST /vacancies/:id/publish',
    path: `${DEMO_VACANCY(2)}/publish`,
    allowed: ['employer', 'adviser', 'admin'],
    status: { employer: 409, adviser: 409, admin: 409 },
  },
  {
    app: 'vacancy-registry',
    route: 'POST /vacancies/:id/fill',
    path: `${NO_VACANCY}/fill`,
    allowed: ['employer', 'adviser', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'POST /vacancies/:id/close',
    path: `${NO_VACANCY}/close`,
    allowed: ['employer', 'adviser', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'POST /vacancies/bulk',
    body: { vacancies: [] },
    allowed: ['employer', 'adviser', 'admin'],
  },
  { app: 'vacancy-registry', route: 'POST /vacancies/sweep', allowed: ['admin'] },
  {
    app: 'vacancy-registry',
    route: 'POST /vacancies/jobsuche/bulk',
    body: { documents: [{}] },
    allowed: ['adviser', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'POST /vacancies/jobsuche/fetch',
    body: {},
    allowed: ['adviser', 'admin'],
    // Live fetching is off unless JOBSUCHE_LIVE=true.
    status: { adviser: 409, admin: 409 },
  },

  // Metrics (issue 7): Prometheus scrapes without a token; counters only, no personal data.
  { app: 'vacancy-registry', route: 'GET /metrics', allowed: EVERYONE },
  { app: 'profile-service', route: 'GET /metrics', allowed: EVERYONE },
  { app: 'matching-worker', route: 'GET /metrics', allowed: EVERYONE },

  // Taxonomy typeahead (issue 4) and labels by URI (issue 14): every signed-in role.
  {
    app: 'vacancy-registry',
    route: 'GET /taxonomy/occupations',
    path: '/taxonomy/occupations?q=lasser',
    allowed: ['employer', 'adviser', 'coach', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'GET /taxonomy/skills',
    path: '/taxonomy/skills?q=lassen',
    allowed: ['employer', 'adviser', 'coach', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'GET /taxonomy/concepts',
    path: '/taxonomy/concepts?uri=http%3A%2F%2Fdata.europa.eu%2Fesco%2Fskill%2Ff015c5d5-6a1c-4f63-9012-a05f4f34105e',
    allowed: ['employer', 'adviser', 'coach', 'admin'],
  },
  {
    app: 'profile-service',
    route: 'GET /taxonomy/occupations',
    path: '/taxonomy/occupations?q=lasser',
    allowed: ['employer', 'adviser', 'coach', 'admin'],
  },
  {
    app: 'profile-service',
    route: 'GET /taxonomy/skills',
    path: '/taxonomy/skills?q=lassen',
    allowed: ['employer', 'adviser', 'coach', 'admin'],
  },
  {
    app: 'profile-service',
    route: 'GET /taxonomy/concepts',
    path: '/taxonomy/concepts?uri=http%3A%2F%2Fdata.europa.eu%2Fesco%2Fskill%2Ff015c5d5-6a1c-4f63-9012-a05f4f34105e',
    allowed: ['employer', 'adviser', 'coach', 'admin'],
  },

  // Matches (issue 7): shortlists for advisers, candidate cards for the vacancy's own employer,
  // a seeker's matches for their coach (advisers and admins with a reason).
  {
    app: 'vacancy-registry',
    route: 'GET /vacancies/:id/matches',
    path: `${DEMO_VACANCY(3)}/matches`,
    allowed: ['employer', 'adviser', 'admin'],
    // The demo employer's organisation does not own the German demo vacancy.
    status: { employer: 404 },
  },
  {
    app: 'vacancy-registry',
    route: 'GET /vacancies/:id/matches/:seekerId/explain',
    path: `${DEMO_VACANCY(3)}/matches/5ee4e700-0000-4000-8000-000000000004/explain`,
    allowed: ['adviser', 'admin'],
  },
  {
    app: 'profile-service',
    route: 'GET /job-seekers/:id/matches',
    path: `${SEEKER(1)}/matches?reason=e2e-matrix`,
    allowed: ['coach', 'adviser', 'admin'],
  },

  // The workflow per match (issue 13). Every signed-in role passes the guard of the registry's
  // step endpoints; the workflow service refuses the wrong role with a 403 naming the step. The
  // paths name a vacancy that does not exist, so a caller that is let in gets 404 and changes
  // nothing.
  {
    app: 'vacancy-registry',
    route: 'POST /vacancies/:id/matches/:seekerId/shortlist',
    path: `${NO_VACANCY}/matches/5ee4e700-0000-4000-8000-000000000004/shortlist`,
    allowed: ['coach', 'adviser'],
    status: { coach: 404, adviser: 404 },
  },
  {
    app: 'vacancy-registry',
    route: 'POST /vacancies/:id/matches/:seekerId/propose',
    path: `${NO_VACANCY}/matches/5ee4e700-0000-4000-8000-000000000004/propose`,
    allowed: ['adviser'],
    status: { adviser: 404 },
  },
  {
    app: 'vacancy-registry',
    route: 'POST /vacancies/:id/matches/:seekerId/introduction-request',
    path: `${NO_VACANCY}/matches/5ee4e700-0000-4000-8000-000000000004/introduction-request`,
    allowed: ['employer'],
    status: { employer: 404 },
  },
  {
    app: 'vacancy-registry',
    route: 'POST /vacancies/:id/matches/:seekerId/reject',
    path: `${NO_VACANCY}/matches/5ee4e700-0000-4000-8000-000000000004/reject`,
    body: { reason: 'hours' },
    allowed: ['employer', 'coach', 'adviser'],
    status: { employer: 404, coach: 404, adviser: 404 },
  },
  {
    app: 'vacancy-registry',
    route: 'POST /vacancies/:id/matches/:seekerId/hire',
    path: `${NO_VACANCY}/matches/5ee4e700-0000-4000-8000-000000000004/hire`,
    body: { startDate: '2027-01-04', hoursPerWeek: 32, contractType: 'permanent' },
    allowed: ['employer', 'adviser'],
    status: { employer: 404, adviser: 404 },
  },
  {
    app: 'vacancy-registry',
    route: 'GET /vacancies/:id/matches/:seekerId/contact',
    path: `${NO_VACANCY}/matches/5ee4e700-0000-4000-8000-000000000004/contact`,
    allowed: ['employer'],
    status: { employer: 404 },
  },
  {
    app: 'vacancy-registry',
    route: 'GET /vacancies/:id/matches/:seekerId/history',
    path: `${NO_VACANCY}/matches/5ee4e700-0000-4000-8000-000000000004/history`,
    allowed: ['adviser', 'admin'],
    status: { adviser: 404, admin: 404 },
  },
  {
    app: 'profile-service',
    route: 'POST /job-seekers/:id/matches/:vacancyId/shortlist',
    path: `${SEEKER(1)}/matches/00000000-0000-4000-8000-000000000000/shortlist`,
    allowed: ['coach'],
    status: { coach: 404 },
  },
  {
    app: 'profile-service',
    route: 'POST /job-seekers/:id/matches/:vacancyId/introduction-agreement',
    path: `${SEEKER(1)}/matches/00000000-0000-4000-8000-000000000000/introduction-agreement`,
    body: { agreed: true, date: '2026-11-30' },
    allowed: ['coach'],
    status: { coach: 404 },
  },
  {
    app: 'profile-service',
    route: 'POST /job-seekers/:id/matches/:vacancyId/reject',
    path: `${SEEKER(1)}/matches/00000000-0000-4000-8000-000000000000/reject`,
    body: { reason: 'distance', onBehalfOfSeeker: true },
    allowed: ['coach'],
    status: { coach: 404 },
  },
  // The outcomes and fairness report (issue 13): advisers and admins; reading it is audited.
  { app: 'vacancy-registry', route: 'GET /insight/outcomes', allowed: ['adviser', 'admin'] },
  { app: 'vacancy-registry', route: 'GET /insight/outcomes/csv', allowed: ['adviser', 'admin'] },
  // Regional insight (issue 15): figures for advisers and admins; a seeker's bridges for the
  // coach of the caseload (advisers and admins with a reason).
  {
    app: 'vacancy-registry',
    route: 'GET /insight/tightness',
    allowed: ['adviser', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'GET /insight/unserved-vacancies',
    allowed: ['adviser', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'GET /insight/blocking-skills',
    allowed: ['adviser', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'GET /insight/school-leavers',
    allowed: ['adviser', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'GET /insight/transitions',
    path: `/insight/transitions?occupation=${encodeURIComponent('http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b')}`,
    allowed: ['adviser', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'GET /insight/trend',
    allowed: ['adviser', 'admin'],
  },
  {
    app: 'profile-service',
    route: 'GET /job-seekers/:id/transitions',
    path: `${SEEKER(1)}/transitions?reason=e2e-matrix`,
    allowed: ['coach', 'adviser', 'admin'],
  },
  {
    app: 'profile-service',
    route: 'GET /job-seekers/:id/one-skill-away',
    path: `${SEEKER(1)}/one-skill-away?reason=e2e-matrix`,
    allowed: ['coach', 'adviser', 'admin'],
  },
  // Notifications (issue 13): every signed-in role has its own inbox and preferences, on the
  // registry (the app every role calls). Another user's notification answers 404.
  {
    app: 'vacancy-registry',
    route: 'GET /notifications',
    allowed: ['employer', 'adviser', 'coach', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'GET /notifications/unread-count',
    allowed: ['employer', 'adviser', 'coach', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'POST /notifications/read-all',
    allowed: ['employer', 'adviser', 'coach', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'POST /notifications/:id/read',
    path: '/notifications/999999999/read',
    allowed: ['employer', 'adviser', 'coach', 'admin'],
    status: { employer: 404, adviser: 404, coach: 404, admin: 404 },
  },
  {
    app: 'vacancy-registry',
    route: 'GET /notifications/preferences',
    allowed: ['employer', 'adviser', 'coach', 'admin'],
  },
  {
    app: 'vacancy-registry',
    route: 'PUT /notifications/preferences',
    body: { preferences: [{ kind: 'strong-match', inApp: true, email: false }] },
    allowed: ['employer', 'adviser', 'coach', 'admin'],
    status: { coach: 200, employer: 400, adviser: 400, admin: 400 },
  },
];
