import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ok, profiles } from '../../api/client';
import { apiLang, seekerHandle } from '../../api/seekers';
import { AppLink } from '../../layout/links';
import { Empty, Loading, LoadError } from '../../layout/States';
import '../../theme/pages.css';
import { usePageTitle } from '../usePageTitle';

const asText = (value: unknown): string =>
  value === null || value === undefined ? '–' : String(value);

/** Transition occupations and "one skill away" for a job seeker of the coach's caseload. */
export function SeekerTransitionsPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation('caseload');
  const lang = apiLang(i18n.language);
  usePageTitle(t('transitions.title', { handle: seekerHandle(id!) }));
  const transitions = useQuery({
    queryKey: ['profiles', 'job-seeker', id, 'transitions', lang],
    queryFn: () =>
      ok(
        profiles.GET('/job-seekers/{id}/transitions', {
          params: { path: { id: id! }, query: { lang } },
        }),
      ),
  });
  const oneSkill = useQuery({
    queryKey: ['profiles', 'job-seeker', id, 'one-skill-away', lang],
    queryFn: () =>
      ok(
        profiles.GET('/job-seekers/{id}/one-skill-away', {
          params: { path: { id: id! }, query: { lang } },
        }),
      ),
  });
  const source = transitions.data?.source ?? oneSkill.data?.source;
  return (
    <>
      <Paragraph>
        <AppLink to={`/coach/job-seekers/${id}`}>
          {t('matches.back', { handle: seekerHandle(id!) })}
        </AppLink>
      </Paragraph>
      <Heading1>{t('transitions.title', { handle: seekerHandle(id!) })}</Heading1>
      {source ? (
        <Paragraph className="wt-meta" data-testid="source-note">
          {source[lang]}
        </Paragraph>
      ) : null}

      <section aria-labelledby="transitions-heading">
        <Heading2 id="transitions-heading">{t('transitions.occupationsTitle')}</Heading2>
        <Paragraph>{t('transitions.occupationsHelp')}</Paragraph>
        {transitions.isPending ? <Loading /> : null}
        {transitions.isError ? <LoadError error={transitions.error} /> : null}
        {transitions.data && transitions.data.rows.length === 0 ? (
          <Empty>{t('transitions.noOccupations')}</Empty>
        ) : null}
        {transitions.data && transitions.data.rows.length > 0 ? (
          <div className="wt-table-wrap">
            <table className="wt-table" data-testid="transitions-table">
              <caption className="wt-visually-hidden">{t('transitions.occupationsTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('transitions.columns.occupation')}</th>
                  <th scope="col">{t('transitions.columns.overlap')}</th>
                  <th scope="col">{t('transitions.columns.missing')}</th>
                  <th scope="col">{t('transitions.columns.tightness')}</th>
                  <th scope="col">{t('transitions.columns.bbl')}</th>
                </tr>
              </thead>
              <tbody>
                {transitions.data.rows.map((row) => (
                  <tr key={row.occupation}>
                    <th scope="row">{row.occupationLabel}</th>
                    <td>
                      {t('transitions.overlapValue', {
                        shared: row.sharedEssential,
                        total: row.essentialTotal,
                        percent: Math.round(row.overlap * 100),
                      })}
                    </td>
                    <td>{row.missingSkills.map((s) => s.label).join(', ') || '–'}</td>
                    <td>
                      {row.tightness.bandNow ? t(`tightnessBands.${row.tightness.bandNow}`) : '–'}{' '}
                      <span className="wt-meta">
                        ({t('transitions.positions', { count: row.tightness.openPositions })},{' '}
                        {asText(row.tightness.ratioNow)})
                      </span>
                    </td>
                    <td>
                      {row.learningWorkingPlaces.length === 0 ? (
                        '–'
                      ) : (
                        <ul className="wt-plain-list">
                          {row.learningWorkingPlaces.map((p) => (
                            <li key={p.vacancyId}>
                              {p.title}
                              {p.municipalityName ? ` (${asText(p.municipalityName)})` : ''}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="one-skill-heading">
        <Heading2 id="one-skill-heading">{t('transitions.oneSkillTitle')}</Heading2>
        <Paragraph>{t('transitions.oneSkillHelp')}</Paragraph>
        {oneSkill.isPending ? <Loading /> : null}
        {oneSkill.isError ? <LoadError error={oneSkill.error} /> : null}
        {oneSkill.data && oneSkill.data.rows.length === 0 ? (
          <Empty>{t('transitions.noOneSkill')}</Empty>
        ) : null}
        {oneSkill.data && oneSkill.data.rows.length > 0 ? (
          <div className="wt-table-wrap">
            <table className="wt-table" data-testid="one-skill-table">
              <caption className="wt-visually-hidden">{t('transitions.oneSkillTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('transitions.columns.vacancy')}</th>
                  <th scope="col">{t('transitions.columns.skills')}</th>
                  <th scope="col">{t('transitions.columns.score')}</th>
                </tr>
              </thead>
              <tbody>
                {oneSkill.data.rows.map((row) => (
                  <tr key={row.vacancyId}>
                    <th scope="row">
                      {row.title}
                      {row.municipalityName ? (
                        <div className="wt-meta">{asText(row.municipalityName)}</div>
                      ) : null}
                    </th>
                    <td>{row.missingSkills.map((s) => s.label).join(', ')}</td>
                    <td>
                      {t('transitions.scoreChange', {
                        now: Math.round(row.score),
                        with: Math.round(row.scoreWithSkills),
                      })}
                      {row.opens ? (
                        <span className="wt-badge">{t('transitions.opens')}</span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </>
  );
}
