import {
  Button,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { okJson, registry } from '../../api/client';
import { BANDS, downloadCsv, num, str, Tightness } from '../../api/insight';
import { TableWrap } from '../../components/TableWrap';
import { ApiLang, apiLang } from '../../api/seekers';
import { Empty, Loading, LoadError } from '../../layout/States';
import { useStatus } from '../../layout/Status';
import '../../theme/pages.css';
import { usePageTitle } from '../usePageTitle';
import { ChartWithTable } from './ChartWithTable';

type Level = 'sub-major' | 'minor';

/** The trend's lines and their colours (the theme's blue, green and red). */
const TREND_LINES = [
  ['positions', '#00507a'],
  ['seekers', '#1d6b34'],
  ['unserved', '#a4161a'],
] as const;

/**
 * Regional insight for advisers and admins: tightness by municipality and occupation group (a heat
 * map as a table), blocking skills (bars), the trend (lines), unserved vacancies and school leavers,
 * each with its CSV. Every figure comes from this registry's own data, not UWV's statistic.
 */
export function RegionalInsightPage() {
  const { t, i18n } = useTranslation('regional');
  const lang = apiLang(i18n.language);
  usePageTitle(t('title'));
  const [level, setLevel] = useState<Level>('sub-major');
  const tightness = useQuery({
    queryKey: ['registry', 'insight', 'tightness', level, lang],
    queryFn: () =>
      okJson(registry.GET('/insight/tightness', { params: { query: { level, lang } } })),
  });
  const source = tightness.data?.source;
  return (
    <>
      <Heading1>{t('title')}</Heading1>
      <Paragraph data-testid="own-data-note">
        <strong>{t('ownData')}</strong>
        {source ? ` ${source[lang]}` : ''}
      </Paragraph>
      {tightness.data ? (
        <Paragraph className="wt-meta">
          {t('asOf', { date: tightness.data.asOf, n: tightness.data.suppressBelow })}
        </Paragraph>
      ) : null}

      <Section
        id="tightness"
        title={t('tightness.title')}
        figure="tightness"
        query={{ level, lang }}
      >
        <Paragraph>{t('tightness.help')}</Paragraph>
        <div className="wt-row">
          <div>
            <FormLabel htmlFor="tightness-level">{t('tightness.level')}</FormLabel>
            <Select
              id="tightness-level"
              value={level}
              onChange={(e) => setLevel(e.target.value as Level)}
            >
              <SelectOption value="sub-major">{t('tightness.levels.sub-major')}</SelectOption>
              <SelectOption value="minor">{t('tightness.levels.minor')}</SelectOption>
            </Select>
          </div>
        </div>
        {tightness.isPending ? <Loading /> : null}
        {tightness.isError ? <LoadError error={tightness.error} /> : null}
        {tightness.data ? <HeatMap data={tightness.data} /> : null}
      </Section>

      <BlockingSkillsSection lang={lang} />
      <TrendSection lang={lang} />
      <UnservedSection lang={lang} />
      <SchoolLeaversSection lang={lang} />
    </>
  );
}

function Section(props: {
  id: string;
  title: string;
  figure: string;
  query: Record<string, string>;
  children: ReactNode;
}) {
  const { t } = useTranslation('regional');
  const { announce } = useStatus();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadCsv(props.figure, props.query);
      announce(t('downloaded', { title: props.title }));
    } catch {
      announce(t('downloadFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section
      aria-labelledby={`${props.id}-heading`}
      className="wt-card"
      data-testid={`section-${props.id}`}
    >
      <Heading2 id={`${props.id}-heading`}>{props.title}</Heading2>
      {props.children}
      <div className="wt-actions">
        <Button
          appearance="secondary-action-button"
          busy={busy}
          onClick={() => void download()}
          aria-label={t('downloadFor', { title: props.title })}
        >
          {t('download')}
        </Button>
      </div>
    </section>
  );
}

/** Municipalities down, occupation groups across; each cell says its ratio and band in words. */
function HeatMap({ data }: { data: Tightness }) {
  const { t } = useTranslation('regional');
  const { groups, areas, cells } = useMemo(() => {
    const groups = new Map<string, string>();
    const areas = new Map<string, string>();
    const cells = new Map<string, (typeof data.rows)[number]>();
    for (const row of data.rows) {
      const area = str(row.municipality) ?? 'region';
      groups.set(row.group, row.groupLabel);
      areas.set(area, str(row.municipalityName) ?? t('tightness.region'));
      cells.set(`${area}|${row.group}`, row);
    }
    return {
      groups: [...groups].sort((a, b) => a[0].localeCompare(b[0])),
      areas: [...areas].sort((a, b) => a[1].localeCompare(b[1])),
      cells,
    };
  }, [data, t]);
  if (data.rows.length === 0) return <Empty>{t('empty')}</Empty>;
  const leftOutSeekers = num(data.leftOut.seekers);
  return (
    <>
      <ul className="wt-chips" aria-label={t('tightness.legend')}>
        {BANDS.map((band) => (
          <li key={band} className={`wt-chip wt-heat--${band}`}>
            {t(`bands.${band}`)}
          </li>
        ))}
      </ul>
      <div className="wt-table-wrap">
        <table className="wt-table wt-heat" data-testid="heat-map">
          <caption>{t('tightness.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tightness.area')}</th>
              {groups.map(([code, label]) => (
                <th scope="col" key={code}>
                  <abbr title={label}>{code}</abbr>
                  {label !== code ? <div className="wt-meta">{label}</div> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {areas.map(([area, name]) => (
              <tr key={area}>
                <th scope="row">{name}</th>
                {groups.map(([code]) => {
                  const cell = cells.get(`${area}|${code}`);
                  if (!cell) return <td key={code}>–</td>;
                  const band = cell.bandNow;
                  const ratio = num(cell.ratioNow);
                  return (
                    <td key={code} className={band ? `wt-heat--${band}` : undefined}>
                      {cell.suppressed
                        ? t('tightness.suppressed')
                        : ratio !== null
                          ? ratio.toFixed(2)
                          : '–'}
                      <div className="wt-meta">
                        {band ? t(`bands.${band}`) : ''} ·{' '}
                        {t('tightness.positions', { count: cell.openPositions })}
                      </div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Paragraph className="wt-meta">
        {t('tightness.leftOut', {
          vacancies: t('tightness.leftOutVacancies', { count: data.leftOut.vacancies }),
          seekers:
            leftOutSeekers === null
              ? t('tightness.leftOutSeekersFewer', { fewer: t('tightness.fewer') })
              : t('tightness.leftOutSeekers', { count: leftOutSeekers }),
        })}
      </Paragraph>
    </>
  );
}

function BlockingSkillsSection({ lang }: { lang: ApiLang }) {
  const { t } = useTranslation('regional');
  const q = useQuery({
    queryKey: ['registry', 'insight', 'blocking-skills', lang],
    queryFn: () =>
      okJson(
        registry.GET('/insight/blocking-skills', {
          params: { query: { level: 'minor', lang, top: 10 } },
        }),
      ),
  });
  const rows = (q.data?.rows ?? [])
    .slice(0, 15)
    .map((r) => ({ ...r, name: `${r.skillLabel} (${r.groupLabel})` }));
  return (
    <Section
      id="blocking"
      title={t('blocking.title')}
      figure="blocking-skills"
      query={{ level: 'minor', lang }}
    >
      <Paragraph>{t('blocking.help')}</Paragraph>
      {q.isPending ? <Loading /> : null}
      {q.isError ? <LoadError error={q.error} /> : null}
      {q.data && rows.length === 0 ? (
        <Empty>{t('blocking.empty', { count: q.data.suppressedRows })}</Empty>
      ) : null}
      {rows.length > 0 ? (
        <ChartWithTable
          label={t('blocking.chart')}
          caption={t('blocking.title')}
          testId="blocking-table"
          columns={[
            t('blocking.skill'),
            t('blocking.group'),
            t('blocking.seekers'),
            t('blocking.vacancies'),
          ]}
          rows={rows.map((r) => ({
            key: `${r.group}|${r.skill}`,
            head: r.skillLabel,
            cells: [r.groupLabel, r.seekers, r.vacancies],
          }))}
          chart={
            <BarChart
              data={rows}
              layout="vertical"
              margin={{ left: 8, right: 16 }}
              accessibilityLayer={false}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="skillLabel" width={160} />
              <Tooltip />
              <Bar dataKey="seekers" name={t('blocking.seekers')} fill="#00507a" />
            </BarChart>
          }
        />
      ) : null}
    </Section>
  );
}

function TrendSection({ lang }: { lang: ApiLang }) {
  const { t } = useTranslation('regional');
  const tight = useQuery({
    queryKey: ['registry', 'insight', 'trend', 'tightness', lang],
    queryFn: () =>
      okJson(registry.GET('/insight/trend', { params: { query: { figure: 'tightness', lang } } })),
  });
  const unserved = useQuery({
    queryKey: ['registry', 'insight', 'trend', 'unserved-vacancies', lang],
    queryFn: () =>
      okJson(
        registry.GET('/insight/trend', {
          params: { query: { figure: 'unserved-vacancies', lang } },
        }),
      ),
  });
  const points = useMemo(() => {
    const byDay = new Map<
      string,
      { day: string; positions: number; seekers: number; unserved: number }
    >();
    const at = (day: string) => {
      const p = byDay.get(day) ?? { day, positions: 0, seekers: 0, unserved: 0 };
      byDay.set(day, p);
      return p;
    };
    for (const r of tight.data?.rows ?? []) {
      const p = at(String(r.day));
      p.positions += num(r.openPositions) ?? 0;
      p.seekers += num(r.seekersAvailableNow) ?? 0;
    }
    for (const r of unserved.data?.rows ?? []) at(String(r.day)).unserved += num(r.vacancies) ?? 0;
    return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
  }, [tight.data, unserved.data]);
  return (
    <Section
      id="trend"
      title={t('trend.title')}
      figure="trend"
      query={{ figure: 'tightness', lang }}
    >
      <Paragraph>{t('trend.help')}</Paragraph>
      {tight.isPending || unserved.isPending ? <Loading /> : null}
      {tight.isError ? <LoadError error={tight.error} /> : null}
      {points.length === 0 && tight.data ? <Empty>{t('trend.empty')}</Empty> : null}
      {points.length > 0 ? (
        <ChartWithTable
          label={t('trend.chart', { count: points.length })}
          caption={t('trend.title')}
          testId="trend-table"
          columns={[t('trend.day'), t('trend.positions'), t('trend.seekers'), t('trend.unserved')]}
          rows={points.map((p) => ({
            key: p.day,
            head: p.day,
            cells: [p.positions, p.seekers, p.unserved],
          }))}
          chart={
            <LineChart data={points} margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="day" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              {TREND_LINES.map(([key, colour]) => (
                <Line
                  key={key}
                  type="monotone"
                  dataKey={key}
                  name={t(`trend.${key}`)}
                  stroke={colour}
                  dot
                />
              ))}
            </LineChart>
          }
        >
          <Paragraph className="wt-meta">{t('trend.suppressedNote')}</Paragraph>
        </ChartWithTable>
      ) : null}
    </Section>
  );
}

function UnservedSection({ lang }: { lang: ApiLang }) {
  const { t } = useTranslation('regional');
  const q = useQuery({
    queryKey: ['registry', 'insight', 'unserved', lang],
    queryFn: () =>
      okJson(registry.GET('/insight/unserved-vacancies', { params: { query: { lang } } })),
  });
  return (
    <Section id="unserved" title={t('unserved.title')} figure="unserved-vacancies" query={{ lang }}>
      <Paragraph>{t('unserved.help', { score: q.data?.minScore ?? 45 })}</Paragraph>
      {q.isPending ? <Loading /> : null}
      {q.isError ? <LoadError error={q.error} /> : null}
      {q.data && q.data.rows.length === 0 ? <Empty>{t('unserved.empty')}</Empty> : null}
      {q.data && q.data.rows.length > 0 ? (
        <div className="wt-table-wrap">
          <table className="wt-table" data-testid="unserved-table">
            <caption className="wt-visually-hidden">{t('unserved.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('unserved.vacancy')}</th>
                <th scope="col">{t('unserved.daysOpen')}</th>
                <th scope="col">{t('unserved.near')}</th>
                <th scope="col">{t('unserved.obstacles')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.rows.map((r) => {
                const obstacles = Object.entries(r.obstacles)
                  .map(([code, count]) => [code, num(count)] as const)
                  .filter(([, count]) => count !== 0)
                  .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
                return (
                  <tr key={r.vacancyId}>
                    <th scope="row">
                      {r.title}
                      <div className="wt-meta">{str(r.municipalityName) ?? ''}</div>
                    </th>
                    <td>{num(r.daysOpen) ?? '–'}</td>
                    <td>{num(r.nearCandidates) ?? t('fewerThan', { n: q.data.suppressBelow })}</td>
                    <td>
                      {obstacles.length === 0
                        ? '–'
                        : obstacles
                            .map(
                              ([code, count]) =>
                                `${t(`obstacles.${code}`, { defaultValue: code })}: ${count ?? t('fewerThan', { n: q.data.suppressBelow })}`,
                            )
                            .join(', ')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </Section>
  );
}

function SchoolLeaversSection({ lang }: { lang: ApiLang }) {
  const { t } = useTranslation('regional');
  const q = useQuery({
    queryKey: ['registry', 'insight', 'school-leavers', lang],
    queryFn: () => okJson(registry.GET('/insight/school-leavers', { params: { query: { lang } } })),
  });
  return (
    <Section
      id="school-leavers"
      title={t('schoolLeavers.title')}
      figure="school-leavers"
      query={{ lang }}
    >
      <Paragraph>{t('schoolLeavers.help')}</Paragraph>
      {q.isPending ? <Loading /> : null}
      {q.isError ? <LoadError error={q.error} /> : null}
      {q.data && q.data.rows.length === 0 ? <Empty>{t('empty')}</Empty> : null}
      {q.data && q.data.rows.length > 0 ? (
        <TableWrap label={t('schoolLeavers.title')}>
          <table className="wt-table wt-table--wide" data-testid="school-leavers-table">
            <caption className="wt-visually-hidden">{t('schoolLeavers.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('schoolLeavers.area')}</th>
                <th scope="col">{t('schoolLeavers.leavers')}</th>
                <th scope="col">{t('schoolLeavers.mbo')}</th>
                <th scope="col">{t('schoolLeavers.learningWorking')}</th>
                <th scope="col">{t('schoolLeavers.openToLeavers')}</th>
                <th scope="col">{t('schoolLeavers.technical')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.rows.map((r) => (
                <tr key={r.municipality}>
                  <th scope="row">{r.municipalityName}</th>
                  <td>{num(r.leaversTotal) ?? t('fewerThan', { n: q.data.suppressBelow })}</td>
                  <td>{num(r.leaversMbo) ?? t('fewerThan', { n: q.data.suppressBelow })}</td>
                  <td>{r.learningWorkingPositions}</td>
                  <td>{r.schoolLeaverPositions}</td>
                  <td>
                    {r.technicalPositions} (
                    {t('schoolLeavers.technicalLearning', {
                      count: r.technicalLearningWorkingPositions,
                    })}
                    )
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </Section>
  );
}
