import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ok, profiles } from '../../api/client';
import { matchLang, MatchView } from '../../api/matches';
import { seekerHandle } from '../../api/seekers';
import { ExplanationDetails } from '../../components/ExplanationDetails';
import { ScoreBar } from '../../components/ScoreBar';
import { formErrors } from '../../forms/errors';
import { AppLink } from '../../layout/links';
import { Empty, Loading, LoadError } from '../../layout/States';
import { useStatus } from '../../layout/Status';
import '../../theme/pages.css';
import { usePageTitle } from '../usePageTitle';

/** A job seeker's matching vacancies with their explanations; the coach shortlists one. */
export function SeekerMatchesPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation('caseload');
  usePageTitle(t('matches.title', { handle: seekerHandle(id!) }));
  const matches = useQuery({
    queryKey: ['profiles', 'job-seeker', id, 'matches', matchLang(i18n.language)],
    queryFn: () =>
      ok(
        profiles.GET('/job-seekers/{id}/matches', {
          params: { path: { id: id! }, query: { lang: matchLang(i18n.language), pageSize: 50 } },
        }),
      ),
  });
  return (
    <>
      <Paragraph>
        <AppLink to={`/coach/job-seekers/${id}`}>
          {t('matches.back', { handle: seekerHandle(id!) })}
        </AppLink>
      </Paragraph>
      <Heading1>{t('matches.title', { handle: seekerHandle(id!) })}</Heading1>
      {matches.isPending ? <Loading /> : null}
      {matches.isError ? <LoadError error={matches.error} /> : null}
      {matches.data && matches.data.items.length === 0 ? <Empty>{t('matches.empty')}</Empty> : null}
      {matches.data && matches.data.items.length > 0 ? (
        <>
          <Paragraph>{t('matches.count', { count: matches.data.total })}</Paragraph>
          <ol className="wt-cards">
            {matches.data.items.map((m) => (
              <li
                key={m.vacancyId}
                className="wt-card"
                data-testid="seeker-match"
                data-vacancy={m.vacancyId}
              >
                <MatchCard seekerId={id!} match={m} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}

function MatchCard({ seekerId, match }: { seekerId: string; match: MatchView }) {
  const { t } = useTranslation('caseload');
  const queryClient = useQueryClient();
  const { announce } = useStatus();
  const shortlist = useMutation({
    mutationFn: () =>
      ok(
        profiles.POST('/job-seekers/{id}/matches/{vacancyId}/shortlist', {
          params: { path: { id: seekerId, vacancyId: match.vacancyId } },
          body: {},
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({
        queryKey: ['profiles', 'job-seeker', seekerId, 'matches'],
      });
      announce(t('matches.shortlisted', { title: match.vacancyTitle ?? '' }));
    },
    onError: (error) => announce(formErrors(error, [], t).general.join(' ')),
  });
  const headingId = `match-${match.vacancyId}`;
  return (
    <article aria-labelledby={headingId}>
      <Heading2 id={headingId}>{match.vacancyTitle ?? t('matches.untitled')}</Heading2>
      <ScoreBar score={match.score} />
      <Paragraph>
        <span className="wt-badge">{t(`matchStatus.${match.status}`)}</span>
        {match.crossBorder ? (
          <span className="wt-badge wt-badge--accent">{t('matches.crossBorder')}</span>
        ) : null}
        {match.scoreChangedSinceStep && match.scoreAtLastStep !== null ? (
          <span className="wt-meta">
            {' '}
            {t('matches.scoreChanged', { score: Math.round(match.scoreAtLastStep) })}
          </span>
        ) : null}
      </Paragraph>
      <details>
        <summary>{t('matches.why')}</summary>
        <ExplanationDetails
          explanation={match.explanation}
          matchedSkills={match.matchedSkills}
          missingEssentialSkills={match.missingEssentialSkills}
        />
      </details>
      {match.status === 'suggested' ? (
        <div className="wt-actions">
          <Button
            appearance="primary-action-button"
            busy={shortlist.isPending}
            onClick={() => shortlist.mutate()}
            aria-label={t('matches.shortlistFor', { title: match.vacancyTitle ?? '' })}
          >
            {t('matches.shortlist')}
          </Button>
        </div>
      ) : null}
    </article>
  );
}
