import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ApiError, ok, registry } from '../../api/client';
import { sessionStore } from '../../auth/session';
import { ErrorSummary } from '../../components/Field';
import { Empty, Loading, LoadError } from '../../layout/States';
import { useStatus } from '../../layout/Status';
import { usePageTitle } from '../usePageTitle';
import { TableWrap } from '../../components/TableWrap';

const STEPS = ['shortlisted', 'proposed', 'introduced', 'hired', 'rejected'] as const;
type Step = (typeof STEPS)[number];
type Count = number | null;

/** Twente blue and four colours that keep 3:1 against white and tell apart in grey. */
const COLOURS: Record<Step, string> = {
  shortlisted: '#5a5a64',
  proposed: '#00507a',
  introduced: '#8a4f00',
  hired: '#1d6b34',
  rejected: '#a4161a',
};

/** The outcomes and fairness report: placements per employer, steps per month, rates per group. */
export function OutcomesPage() {
  const { t } = useTranslation('insight');
  usePageTitle(t('outcomes.title'));
  const report = useQuery({
    queryKey: ['registry', 'insight', 'outcomes'],
    queryFn: async () => ok(registry.GET('/insight/outcomes')),
    staleTime: 0,
  });
  const shown = (n: Count) => (n === null ? t('outcomes.suppressed') : String(n));
  return (
    <>
      <Heading1>{t('outcomes.title')}</Heading1>
      <Paragraph>{t('outcomes.intro')}</Paragraph>
      <CsvDownload />
      {report.isPending ? <Loading /> : null}
      {report.isError ? <LoadError error={report.error} /> : null}
      {report.data ? (
        <>
          <section aria-labelledby="placements-heading">
            <Heading2 id="placements-heading">{t('outcomes.placementsTitle')}</Heading2>
            {report.data.employers.length === 0 ? (
              <Empty>{t('outcomes.noPlacements')}</Empty>
            ) : (
              <>
                <figure className="wt-chart" aria-labelledby="placements-caption">
                  <div role="img" aria-label={t('outcomes.placementsChart')}>
                    <ResponsiveContainer width="100%" height={220}>
                      <BarChart data={report.data.employers} accessibilityLayer={false}>
                        <CartesianGrid strokeDasharray="3 3" />
                        <XAxis dataKey="organisationId" />
                        <YAxis allowDecimals={false} />
                        <Tooltip />
                        <Bar
                          dataKey="placements"
                          name={t('outcomes.placements')}
                          fill={COLOURS.hired}
                        />
                      </BarChart>
                    </ResponsiveContainer>
                  </div>
                  <figcaption id="placements-caption" className="wt-meta">
                    {t('outcomes.placementsCaption')}
                  </figcaption>
                </figure>
                <TableWrap label={t('outcomes.placementsTitle')}>
                  <table className="wt-table" data-testid="placements-table">
                    <caption className="wt-visually-hidden">
                      {t('outcomes.placementsTitle')}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('outcomes.organisation')}</th>
                        <th scope="col">{t('outcomes.placements')}</th>
                        <th scope="col">{t('outcomes.banen')}</th>
                        <th scope="col">{t('outcomes.crossBorder')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {report.data.employers.map((e) => (
                        <tr key={e.organisationId}>
                          <th scope="row">{e.organisationId}</th>
                          <td>{e.placements}</td>
                          <td>{e.banen.toFixed(2)}</td>
                          <td>{e.crossBorder}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
              </>
            )}
          </section>
          <section aria-labelledby="period-heading">
            <Heading2 id="period-heading">{t('outcomes.periodTitle')}</Heading2>
            <Paragraph className="wt-meta">{t('outcomes.suppressionNote')}</Paragraph>
            {report.data.byPeriod.length === 0 ? (
              <Empty>{t('outcomes.noMatches')}</Empty>
            ) : (
              <>
                <div role="img" aria-label={t('outcomes.periodChart')}>
                  <ResponsiveContainer width="100%" height={240}>
                    <BarChart
                      accessibilityLayer={false}
                      data={report.data.byPeriod.map((r) => ({ key: r.key, ...r.steps }))}
                    >
                      <CartesianGrid strokeDasharray="3 3" />
                      <XAxis dataKey="key" />
                      <YAxis allowDecimals={false} />
                      <Tooltip />
                      <Legend />
                      {STEPS.map((s) => (
                        <Bar
                          key={s}
                          dataKey={s}
                          name={t(`common:matchStatus.${s}`)}
                          fill={COLOURS[s]}
                        />
                      ))}
                    </BarChart>
                  </ResponsiveContainer>
                </div>
                <TableWrap label={t('outcomes.periodTitle')}>
                  <table className="wt-table">
                    <caption className="wt-visually-hidden">{t('outcomes.periodTitle')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('outcomes.period')}</th>
                        <th scope="col">{t('outcomes.matches')}</th>
                        {STEPS.map((s) => (
                          <th key={s} scope="col">
                            {t(`common:matchStatus.${s}`)}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {report.data.byPeriod.map((r) => (
                        <tr key={r.key}>
                          <th scope="row">{r.key}</th>
                          <td>{shown(r.matches)}</td>
                          {STEPS.map((s) => (
                            <td key={s}>{shown(r.steps[s])}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
              </>
            )}
          </section>
          <section aria-labelledby="groups-heading">
            <Heading2 id="groups-heading">{t('outcomes.groupsTitle')}</Heading2>
            <Paragraph className="wt-meta">{t('outcomes.fourFifths')}</Paragraph>
            <TableWrap label={t('outcomes.groupsTitle')}>
              <table className="wt-table">
                <caption className="wt-visually-hidden">{t('outcomes.groupsTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('outcomes.group')}</th>
                    <th scope="col">{t('outcomes.people')}</th>
                    <th scope="col">{t('outcomes.hiredRate')}</th>
                    <th scope="col">{t('outcomes.ratio')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.data.groups.map((g) => (
                    <tr key={g.group}>
                      <th scope="row">
                        {t(`outcomes.groups.${g.group}`, { defaultValue: g.group })}
                      </th>
                      <td>{shown(g.people)}</td>
                      <td>
                        {g.rates.hired === null ? '–' : `${Math.round(g.rates.hired * 100)}%`}
                      </td>
                      <td>
                        {g.ratioToRest.hired === null ? '–' : g.ratioToRest.hired.toFixed(2)}
                        {g.flagged.includes('hired') ? ` ${t('outcomes.flagged')}` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </section>
        </>
      ) : null}
    </>
  );
}

/** The CSV needs the bearer token, so it is fetched and handed to the browser as a file. */
function CsvDownload() {
  const { t } = useTranslation('insight');
  const { announce } = useStatus();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string[]>([]);
  const download = async () => {
    setBusy(true);
    setError([]);
    try {
      const response = await fetch('/api/registry/insight/outcomes/csv', {
        headers: { Authorization: `Bearer ${sessionStore.get()?.token ?? ''}` },
      });
      if (!response.ok) throw new ApiError(response.status, []);
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `werkplein-twente-outcomes-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      announce(t('outcomes.downloaded'));
    } catch (e) {
      setError([
        e instanceof ApiError
          ? t('common:errors.status', { status: e.status })
          : t('common:errors.network'),
      ]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ErrorSummary title={t('common:errors.summary')} messages={error} />
      <Paragraph>
        <Button appearance="secondary-action-button" busy={busy} onClick={() => void download()}>
          {t('outcomes.downloadCsv')}
        </Button>
      </Paragraph>
    </>
  );
}
