import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ok, registry } from '../../api/client';
import { candidateHandle, MatchPage, matchLang, MatchView, textIn } from '../../api/matches';
import { ErrorSummary } from '../../components/Field';
import { ScoreBar } from '../../components/ScoreBar';
import { formErrors } from '../../forms/errors';
import { AppLink } from '../../layout/links';
import { Empty, Loading, LoadError } from '../../layout/States';
import { useStatus } from '../../layout/Status';
import { usePageTitle } from '../usePageTitle';
import { TableWrap } from '../../components/TableWrap';

/**
 * A vacancy's shortlist for an adviser: per candidate the score bar, the components, matched and
 * missing skills by label, the level comparison, distance and the cross-border and recognition
 * notes; shortlist and propose move a candidate on.
 */
export function ShortlistPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation('adviser');
  const vacancy = useQuery({
    queryKey: ['registry', 'vacancy', id],
    queryFn: () => ok(registry.GET('/vacancies/{id}', { params: { path: { id: id! } } })),
  });
  const list = useQuery({
    queryKey: ['registry', 'vacancy', id, 'shortlist', i18n.language],
    // An adviser's list is the full one; only the vacancy's employer gets candidate cards.
    queryFn: async () =>
      (await ok(
        registry.GET('/vacancies/{id}/matches', {
          params: {
            path: { id: id! },
            query: { lang: matchLang(i18n.language), pageSize: 50 },
          },
        }),
      )) as MatchPage,
    // Right after publication the engine is still scoring: look again every few seconds.
    refetchInterval: (query) =>
      query.state.data && query.state.data.offered && query.state.data.items.length === 0
        ? 2_000
        : false,
  });
  usePageTitle(t('shortlist.title', { title: vacancy.data?.title ?? '' }));
  return (
    <>
      <Paragraph>
        <AppLink to="/adviser/vacancies">{t('shortlist.back')}</AppLink>
      </Paragraph>
      <Heading1>{t('shortlist.title', { title: vacancy.data?.title ?? '…' })}</Heading1>
      {vacancy.data ? (
        <Paragraph className="wt-meta">
          {[
            vacancy.data.employer.name,
            vacancy.data.occupationLabel,
            vacancy.data.locationLabel ?? vacancy.data.workPlace,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Paragraph>
      ) : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} /> : null}
      {list.data && !list.data.offered ? <Empty>{t('shortlist.notOpen')}</Empty> : null}
      {list.data && list.data.offered && list.data.items.length === 0 ? (
        <Empty>{t('shortlist.empty')}</Empty>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <Paragraph>{t('shortlist.count', { count: list.data.total })}</Paragraph>
          <ol className="wt-stack">
            {list.data.items.map((match) => (
              <li
                key={match.seekerId}
                className="wt-card"
                data-testid="shortlist-candidate"
                data-seeker={match.seekerId}
              >
                <Candidate match={match} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}

function Candidate({ match }: { match: MatchView }) {
  const { t, i18n } = useTranslation('adviser');
  const e = match.explanation;
  const handle = candidateHandle(match.seekerId);
  const headingId = `m-${match.seekerId}`;
  return (
    <article aria-labelledby={headingId}>
      <Heading2 id={headingId}>{t('shortlist.candidate', { handle })}</Heading2>
      <ScoreBar score={match.score} />
      {match.scoreChangedSinceStep && match.scoreAtLastStep !== null ? (
        <Paragraph className="wt-meta">
          {t('shortlist.scoreChanged', { before: match.scoreAtLastStep })}
        </Paragraph>
      ) : null}
      <Paragraph>
        <span className="wt-badge" data-testid="match-status">
          {t(`common:matchStatus.${match.status}`)}
        </span>{' '}
        {match.crossBorder ? <span className="wt-badge">{t('shortlist.crossBorder')}</span> : null}
      </Paragraph>
      {match.consentWithdrawn ? (
        <div role="note">
          <Alert type="warning">{t('shortlist.consentWithdrawn')}</Alert>
        </div>
      ) : null}
      <Paragraph>
        <strong>{t('shortlist.matchedSkills')}:</strong>{' '}
        {match.matchedSkills.map((s) => s.label).join(', ') || '–'}
        <br />
        <strong>{t('shortlist.missingSkills')}:</strong>{' '}
        {match.missingEssentialSkills.map((s) => s.label).join(', ') || '–'}
      </Paragraph>
      <details>
        <summary>{t('shortlist.explanation')}</summary>
        <Heading3>{t('shortlist.components')}</Heading3>
        <TableWrap label={t('shortlist.components')}>
          <table className="wt-table">
            <thead>
              <tr>
                <th scope="col">{t('shortlist.component')}</th>
                <th scope="col">{t('shortlist.points')}</th>
                <th scope="col">{t('shortlist.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {e.components.map((c) => (
                <tr key={c.name}>
                  <th scope="row">{t(`common:components.${c.name}`)}</th>
                  <td>
                    {t('shortlist.pointsOf', { points: c.points.toFixed(1), weight: c.weight })}
                  </td>
                  <td>{textIn(c.detail, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        <Heading3>{t('shortlist.level')}</Heading3>
        <Paragraph>
          {t(`shortlist.verdict.${e.level.verdict}`, {
            seeker: e.level.seekerEqf ?? '?',
            required: e.level.requiredEqf ?? '?',
          })}
          {e.level.seekerQualification || e.level.requiredQualification ? (
            <span className="wt-meta">
              {' '}
              (
              {[e.level.seekerQualification, e.level.requiredQualification]
                .map((q) => q ?? '–')
                .join(' / ')}
              )
            </span>
          ) : null}
        </Paragraph>
        <Heading3>{t('shortlist.distance')}</Heading3>
        <Paragraph>
          {e.distance.km !== null
            ? t('shortlist.distanceText', {
                km: Math.round(e.distance.km),
                max: e.distance.maxKm ?? '?',
              })
            : t('shortlist.distanceUnknown')}
        </Paragraph>
        {e.languages.length > 0 ? (
          <>
            <Heading3>{t('shortlist.languages')}</Heading3>
            <ul>
              {e.languages.map((l) => (
                <li key={l.language}>
                  {t('shortlist.languageLine', {
                    language: t(`common:languages.${l.language}`, { defaultValue: l.language }),
                    required: l.required,
                    have: l.have ?? '–',
                  })}{' '}
                  {l.ok ? '✓' : t('shortlist.languageShort')}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {e.knockOuts.length > 0 ? (
          <>
            <Heading3>{t('shortlist.knockOuts')}</Heading3>
            <ul>
              {e.knockOuts.map((k) => (
                <li key={k.code}>{textIn(k.reason, i18n.language)}</li>
              ))}
            </ul>
          </>
        ) : null}
        {e.notes.length > 0 ? (
          <>
            <Heading3>{t('shortlist.notes')}</Heading3>
            <ul>
              {e.notes.map((n, i) => (
                <li key={i}>{textIn(n, i18n.language)}</li>
              ))}
            </ul>
          </>
        ) : null}
      </details>
      <Actions match={match} />
    </article>
  );
}

function Actions({ match }: { match: MatchView }) {
  const { t } = useTranslation('adviser');
  const { announce } = useStatus();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string[]>([]);
  const handle = candidateHandle(match.seekerId);
  const step = useMutation({
    mutationFn: (action: 'shortlist' | 'propose') =>
      ok(
        registry.POST(`/vacancies/{id}/matches/{seekerId}/${action}`, {
          params: { path: { id: match.vacancyId, seekerId: match.seekerId } },
          body: {},
        }),
      ),
    onSuccess: async (_r, action) => {
      setError([]);
      announce(t(`shortlist.done.${action}`, { handle }));
      await queryClient.invalidateQueries({ queryKey: ['registry', 'vacancy', match.vacancyId] });
    },
    onError: (e) => setError(formErrors(e, [], t).general),
  });
  return (
    <>
      <ErrorSummary title={t('common:errors.summary')} messages={error} />
      <div className="wt-actions">
        {match.status === 'suggested' ? (
          <Button
            appearance="secondary-action-button"
            busy={step.isPending}
            onClick={() => step.mutate('shortlist')}
            aria-label={t('shortlist.shortlistLabel', { handle })}
          >
            {t('shortlist.shortlist')}
          </Button>
        ) : null}
        {match.status === 'shortlisted' ? (
          <Button
            appearance="primary-action-button"
            busy={step.isPending}
            onClick={() => step.mutate('propose')}
            aria-label={t('shortlist.proposeLabel', { handle })}
          >
            {t('shortlist.propose')}
          </Button>
        ) : null}
      </div>
    </>
  );
}
