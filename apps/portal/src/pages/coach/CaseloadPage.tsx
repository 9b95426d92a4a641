import { wholeCaseload } from '../../api/job-seekers';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ok, profiles } from '../../api/client';
import { AVAILABILITIES, BANDS, seekerHandle } from '../../api/seekers';
import { AppButtonLink, AppLink } from '../../layout/links';
import { Empty, Loading, LoadError } from '../../layout/States';
import '../../theme/pages.css';
import { usePageTitle } from '../usePageTitle';

/** The coach's caseload at a glance: completeness bands, availability, the fields missing most. */
export function CaseloadPage() {
  const { t } = useTranslation('caseload');
  usePageTitle(t('caseload.title'));
  const overview = useQuery({
    queryKey: ['profiles', 'caseload', 'overview'],
    queryFn: () => ok(profiles.GET('/caseload')),
  });
  const list = useQuery({
    queryKey: ['profiles', 'caseload', 'list'],
    queryFn: wholeCaseload,
  });
  const o = overview.data;
  return (
    <>
      <Heading1>{t('caseload.title')}</Heading1>
      <Paragraph>
        <AppButtonLink to="/coach/job-seekers/new">{t('caseload.new')}</AppButtonLink>
      </Paragraph>
      {overview.isPending ? <Loading /> : null}
      {overview.isError ? <LoadError error={overview.error} /> : null}
      {o ? (
        <section aria-labelledby="glance-heading">
          <Heading2 id="glance-heading">{t('caseload.glance', { count: o.total })}</Heading2>
          <div className="wt-tiles">
            <div className="wt-card" data-testid="bands">
              <h3 className="wt-tile__title">{t('caseload.bandsTitle')}</h3>
              <dl className="wt-counts">
                {BANDS.map((band) => (
                  <div key={band}>
                    <dt>
                      <span className={`wt-band wt-band--${band}`}>{t(`bands.${band}`)}</span>
                    </dt>
                    <dd>{o.byCompleteness[band]}</dd>
                  </div>
                ))}
              </dl>
            </div>
            <div className="wt-card" data-testid="availability">
              <h3 className="wt-tile__title">{t('caseload.availabilityTitle')}</h3>
              <dl className="wt-counts">
                {AVAILABILITIES.map((a) => (
                  <div key={a}>
                    <dt>{t(`availability.${a}`)}</dt>
                    <dd>{o.byAvailability[a]}</dd>
                  </div>
                ))}
                <div>
                  <dt>{t('caseload.stale')}</dt>
                  <dd>{o.availabilityStale}</dd>
                </div>
              </dl>
            </div>
            <div className="wt-card" data-testid="most-missing">
              <h3 className="wt-tile__title">{t('caseload.missingTitle')}</h3>
              {o.mostMissing.length === 0 ? (
                <Paragraph>{t('caseload.nothingMissing')}</Paragraph>
              ) : (
                <ol className="wt-plain-list">
                  {o.mostMissing.map((m) => (
                    <li key={m.field}>
                      {t(`fields.${m.field}`, { defaultValue: m.field })}: {m.count}
                    </li>
                  ))}
                </ol>
              )}
            </div>
            <div className="wt-card">
              <h3 className="wt-tile__title">{t('caseload.visibilityTitle')}</h3>
              <dl className="wt-counts">
                <div>
                  <dt>{t('caseload.employerVisible')}</dt>
                  <dd>{o.employerVisible}</dd>
                </div>
                <div>
                  <dt>{t('caseload.flagged')}</dt>
                  <dd>{o.flaggedForReview}</dd>
                </div>
              </dl>
            </div>
          </div>
        </section>
      ) : null}

      <Heading2>{t('caseload.listTitle')}</Heading2>
      <Paragraph className="wt-meta">{t('caseload.pseudonymous')}</Paragraph>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} /> : null}
      {list.data && list.data.length === 0 ? <Empty>{t('caseload.empty')}</Empty> : null}
      {list.data && list.data.length > 0 ? (
        <div className="wt-table-wrap">
          <table className="wt-table" data-testid="caseload-table">
            <caption className="wt-visually-hidden">
              {t('caseload.caption', { count: list.data.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('caseload.columns.seeker')}</th>
                <th scope="col">{t('caseload.columns.completeness')}</th>
                <th scope="col">{t('caseload.columns.availability')}</th>
                <th scope="col">{t('caseload.columns.missing')}</th>
                <th scope="col">{t('caseload.columns.visible')}</th>
              </tr>
            </thead>
            <tbody>
              {[...list.data]
                .sort((a, b) => a.completenessScore - b.completenessScore)
                .map((s) => (
                  <tr key={s.id}>
                    <td>
                      <AppLink to={`/coach/job-seekers/${s.id}`}>{seekerHandle(s.id)}</AppLink>
                    </td>
                    <td>
                      <span className={`wt-band wt-band--${s.completenessBand}`}>
                        {t(`bands.${s.completenessBand}`)}
                      </span>{' '}
                      {s.completenessScore}%
                    </td>
                    <td>{t(`availability.${s.availability}`)}</td>
                    <td>
                      {[
                        ...s.missing.map((f) => t(`fields.${f}`, { defaultValue: f })),
                        ...s.stale.map((f) =>
                          t('caseload.staleField', {
                            field: t(`fields.${f}`, { defaultValue: f }),
                          }),
                        ),
                      ].join(', ') || '–'}
                    </td>
                    <td>{s.employerVisible ? t('caseload.yes') : t('caseload.no')}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
