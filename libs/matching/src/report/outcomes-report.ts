/**
 * The outcomes and fairness report, as a pure function of the matches' steps: counts per vacancy,
 * score band and period; rates per group with their ratio to the rest (the four-fifths rule); how
 * people overrode the engine. Any count of 1 to 4 people is suppressed (null).
 */

export const REPORT_STEPS = ['shortlisted', 'proposed', 'introduced', 'hired', 'rejected'] as const;
export type ReportStep = (typeof REPORT_STEPS)[number];

export const REPORT_GROUPS = ['banenafspraak', 'vso-pro', 'cross-border', 'rest'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

/** Below this many people a cell is not shown. */
export const MIN_CELL = 5;
/** A group's rate below this share of the rest's is flagged (the four-fifths rule). */
export const FOUR_FIFTHS = 0.8;
export const SCORE_BANDS = [0, 50, 60, 70, 80, 90] as const;
/** A strong match (a coach is told of it): a score in the report's three upper bands, 70 and up. */
export const STRONG_MATCH_SCORE = SCORE_BANDS[3];

/** One match with the steps it reached. */
export interface ReportMatch {
  vacancyId: string;
  seekerId: string;
  score: number;
  group: ReportGroup;
  reached: ReadonlySet<ReportStep>;
  rejectedBy: string | null;
  rejectReason: string | null;
  humanOverride: boolean;
  /** When the match was first stored or acted on: its period (YYYY-MM). */
  period: string;
  publishedAt: string | null;
  hiredAt: string | null;
}

export type StepCounts = Record<ReportStep, number | null>;

export interface CountRow {
  key: string;
  matches: number | null;
  steps: StepCounts;
  rejectedByReason: Record<string, number | null>;
  rejectedByWhom: Record<string, number | null>;
}

export interface VacancyRow extends CountRow {
  medianDaysToHire: number | null;
}

export interface GroupRow {
  group: ReportGroup;
  people: number | null;
  rates: Record<ReportStep, number | null>;
  ratioToRest: Record<ReportStep, number | null>;
  flagged: ReportStep[];
}

export interface OutcomesReport {
  byVacancy: VacancyRow[];
  byScoreBand: CountRow[];
  byPeriod: CountRow[];
  groups: GroupRow[];
  overrides: { matches: number | null; hired: number | null; rejected: number | null };
}

export function outcomesReport(matches: readonly ReportMatch[]): OutcomesReport {
  return {
    byVacancy: groupBy(matches, (m) => m.vacancyId).map(([key, ms]) => ({
      ...countRow(key, ms),
      medianDaysToHire: medianDaysToHire(ms),
    })),
    byScoreBand: groupBy(matches, (m) => bandOf(m.score)).map(([key, ms]) => countRow(key, ms)),
    byPeriod: groupBy(matches, (m) => m.period).map(([key, ms]) => countRow(key, ms)),
    groups: groupRows(matches),
    overrides: overrides(matches.filter((m) => m.humanOverride)),
  };
}

/** `50-60`, ..., `90-100`. */
export function bandOf(score: number): string {
  const lower = [...SCORE_BANDS].reverse().find((b) => score >= b) ?? 0;
  const upper = SCORE_BANDS[SCORE_BANDS.indexOf(lower as (typeof SCORE_BANDS)[number]) + 1] ?? 100;
  return `${lower}-${upper}`;
}

/** A count of people, or null when it is 1 to 4. */
export function suppress(people: number): number | null {
  return people > 0 && people < MIN_CELL ? null : people;
}

function people(ms: readonly ReportMatch[]): number {
  return new Set(ms.map((m) => m.seekerId)).size;
}

function countRow(key: string, ms: readonly ReportMatch[]): CountRow {
  const steps = Object.fromEntries(
    REPORT_STEPS.map((s) => [s, suppress(people(ms.filter((m) => m.reached.has(s))))]),
  ) as StepCounts;
  const rejected = ms.filter((m) => m.reached.has('rejected'));
  return {
    key,
    matches: suppress(people(ms)),
    steps,
    rejectedByReason: tally(rejected, (m) => m.rejectReason ?? 'unknown'),
    rejectedByWhom: tally(rejected, (m) => m.rejectedBy ?? 'unknown'),
  };
}

function tally(ms: readonly ReportMatch[], key: (m: ReportMatch) => string) {
  return Object.fromEntries(groupBy(ms, key).map(([k, g]) => [k, suppress(people(g))]));
}

function groupRows(matches: readonly ReportMatch[]): GroupRow[] {
  const rateOf = (ms: readonly ReportMatch[], step: ReportStep) => {
    const n = people(ms);
    return n === 0 ? null : people(ms.filter((m) => m.reached.has(step))) / n;
  };
  const rest = matches.filter((m) => m.group === 'rest');
  return REPORT_GROUPS.map((group) => {
    const ms = matches.filter((m) => m.group === group);
    const shown = people(ms) >= MIN_CELL;
    const rates = {} as GroupRow['rates'];
    const ratioToRest = {} as GroupRow['ratioToRest'];
    const flagged: ReportStep[] = [];
    for (const step of REPORT_STEPS) {
      const rate = shown ? rateOf(ms, step) : null;
      const restRate = people(rest) >= MIN_CELL ? rateOf(rest, step) : null;
      rates[step] = rate === null ? null : round(rate);
      const ratio = rate !== null && restRate ? rate / restRate : null;
      ratioToRest[step] = ratio === null ? null : round(ratio);
      if (group !== 'rest' && step !== 'rejected' && ratio !== null && ratio < FOUR_FIFTHS) {
        flagged.push(step);
      }
    }
    return { group, people: suppress(people(ms)), rates, ratioToRest, flagged };
  });
}

function overrides(ms: readonly ReportMatch[]): OutcomesReport['overrides'] {
  return {
    matches: suppress(people(ms)),
    hired: suppress(people(ms.filter((m) => m.reached.has('hired')))),
    rejected: suppress(people(ms.filter((m) => m.reached.has('rejected')))),
  };
}

function medianDaysToHire(ms: readonly ReportMatch[]): number | null {
  const days = ms
    .filter((m) => m.hiredAt && m.publishedAt)
    .map((m) => (Date.parse(m.hiredAt!) - Date.parse(m.publishedAt!)) / 86_400_000)
    .sort((a, b) => a - b);
  if (days.length < MIN_CELL) return null;
  const mid = Math.floor(days.length / 2);
  return round(days.length % 2 ? days[mid] : (days[mid - 1] + days[mid]) / 2);
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** The report as CSV: one line per cell (section, key, measure, value); suppressed cells empty. */
export function outcomesCsv(report: OutcomesReport): string {
  const lines = ['section,key,measure,value'];
  const add = (section: string, key: string, measure: string, value: number | null) =>
    lines.push([section, key, measure, value === null ? '' : String(value)].map(csvCell).join(','));
  const rows = (section: string, rs: readonly CountRow[]) => {
    for (const r of rs) {
      add(section, r.key, 'matches', r.matches);
      for (const s of REPORT_STEPS) add(section, r.key, s, r.steps[s]);
      for (const [k, v] of Object.entries(r.rejectedByReason))
        add(section, r.key, `rejected:${k}`, v);
      for (const [k, v] of Object.entries(r.rejectedByWhom))
        add(section, r.key, `rejected-by:${k}`, v);
      if ('medianDaysToHire' in r)
        add(section, r.key, 'median-days-to-hire', (r as VacancyRow).medianDaysToHire);
    }
  };
  rows('vacancy', report.byVacancy);
  rows('score-band', report.byScoreBand);
  rows('period', report.byPeriod);
  for (const g of report.groups) {
    add('group', g.group, 'people', g.people);
    for (const s of REPORT_STEPS) {
      add('group', g.group, `rate:${s}`, g.rates[s]);
      add('group', g.group, `ratio-to-rest:${s}`, g.ratioToRest[s]);
    }
    add('group', g.group, 'flagged', g.flagged.length);
  }
  add('overrides', 'all', 'matches', report.overrides.matches);
  add('overrides', 'all', 'hired', report.overrides.hired);
  add('overrides', 'all', 'rejected', report.overrides.rejected);
  return `${lines.join('\n')}\n`;
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
