import {
  bandOf,
  outcomesCsv,
  outcomesReport,
  ReportGroup,
  ReportMatch,
  ReportStep,
  suppress,
} from './outcomes-report';

/**
 * A generated data set with known answers: `count` people of `group` on vacancy `v`, the first
 * `shortlisted` of them shortlisted, of those the first `hired` hired (10 days after publication),
 * the rest of the shortlisted rejected by the employer for `qualification`.
 */
function people(
  group: ReportGroup,
  count: number,
  shortlisted: number,
  hired: number,
  options: { vacancyId?: string; score?: number; override?: boolean } = {},
): ReportMatch[] {
  return Array.from({ length: count }, (_, i) => {
    const reached = new Set<ReportStep>();
    if (i < shortlisted) reached.add('shortlisted');
    if (i < hired) ['proposed', 'introduced', 'hired'].forEach((s) => reached.add(s as ReportStep));
    else if (i < shortlisted) reached.add('rejected');
    return {
      vacancyId: options.vacancyId ?? 'v1',
      seekerId: `${group}-${options.vacancyId ?? 'v1'}-${i}`,
      score: options.score ?? 75,
      group,
      reached,
      rejectedBy: reached.has('rejected') ? 'employer' : null,
      rejectReason: reached.has('rejected') ? 'qualification' : null,
      humanOverride: options.override === true,
      period: '2026-11',
      publishedAt: '2026-11-01T00:00:00Z',
      hiredAt: reached.has('hired') ? '2026-11-11T00:00:00Z' : null,
    };
  });
}

const DATA = [
  ...people('rest', 20, 10, 6),
  ...people('banenafspraak', 10, 3, 1),
  ...people('cross-border', 10, 5, 3, { vacancyId: 'v2', score: 55 }),
  ...people('vso-pro', 3, 3, 0, { vacancyId: 'v2', score: 55 }),
  ...people('rest', 6, 6, 2, { vacancyId: 'v3', score: 92, override: true }),
];

describe('outcomes report', () => {
  const report = outcomesReport(DATA);

  it('counts per vacancy, suppressing cells of fewer than five people', () => {
    const v1 = report.byVacancy.find((r) => r.key === 'v1')!;
    expect(v1.matches).toBe(30);
    expect(v1.steps).toEqual({
      shortlisted: 13,
      proposed: 7,
      introduced: 7,
      hired: 7,
      rejected: 6,
    });
    expect(v1.rejectedByReason).toEqual({ qualification: 6 });
    expect(v1.rejectedByWhom).toEqual({ employer: 6 });
    expect(v1.medianDaysToHire).toBe(10);
    const v2 = report.byVacancy.find((r) => r.key === 'v2')!;
    // 3 hired (suppressed), 5 rejected (2 cross-border + 3 VSO/PrO).
    expect(v2.steps).toMatchObject({ hired: null, rejected: 5, shortlisted: 8 });
    expect(v2.medianDaysToHire).toBeNull();
  });

  it('counts per score band and period', () => {
    expect(report.byScoreBand.map((r) => [r.key, r.matches])).toEqual([
      ['50-60', 13],
      ['70-80', 30],
      ['90-100', 6],
    ]);
    expect(report.byPeriod).toHaveLength(1);
    expect(report.byPeriod[0].matches).toBe(49);
  });

  it('gives each group its rates and ratio to the rest, flagged below four fifths', () => {
    const byGroup = Object.fromEntries(report.groups.map((g) => [g.group, g]));
    // The rest: 26 people, 16 shortlisted, 8 hired.
    expect(byGroup.rest.rates).toMatchObject({ shortlisted: 0.615, hired: 0.308 });
    expect(byGroup.banenafspraak.rates).toMatchObject({ shortlisted: 0.3, hired: 0.1 });
    expect(byGroup.banenafspraak.ratioToRest).toMatchObject({ shortlisted: 0.487, hired: 0.325 });
    expect(byGroup.banenafspraak.flagged).toEqual([
      'shortlisted',
      'proposed',
      'introduced',
      'hired',
    ]);
    // Cross-border: 5/10 shortlisted (ratio 0.813, not flagged), 3/10 hired (0.975).
    expect(byGroup['cross-border'].ratioToRest).toMatchObject({ shortlisted: 0.813, hired: 0.975 });
    expect(byGroup['cross-border'].flagged).toEqual([]);
    // Three VSO/PrO leavers: too few to show anything.
    expect(byGroup['vso-pro']).toMatchObject({ people: null, flagged: [] });
    expect(byGroup['vso-pro'].rates.shortlisted).toBeNull();
  });

  it('reports how people overrode the engine and with what result', () => {
    expect(report.overrides).toEqual({ matches: 6, hired: null, rejected: null });
  });

  it('bands scores and suppresses 1 to 4, never 0 or 5', () => {
    expect([bandOf(0), bandOf(49.9), bandOf(50), bandOf(89.9), bandOf(100)]).toEqual([
      '0-50',
      '0-50',
      '50-60',
      '80-90',
      '90-100',
    ]);
    expect([0, 1, 4, 5].map(suppress)).toEqual([0, null, null, 5]);
  });

  it('exports the same cells as CSV, suppressed ones empty', () => {
    const csv = outcomesCsv(report).split('\n');
    expect(csv[0]).toBe('section,key,measure,value');
    expect(csv).toContain('vacancy,v1,hired,7');
    expect(csv).toContain('vacancy,v2,hired,');
    expect(csv).toContain('group,banenafspraak,ratio-to-rest:hired,0.325');
    expect(csv).toContain('group,vso-pro,people,');
  });
});
