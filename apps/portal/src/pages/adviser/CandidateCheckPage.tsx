import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Paragraph,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PairExplanation } from '../../api/adviser';
import { ok, registry } from '../../api/client';
import { candidateHandle, textIn } from '../../api/matches';
import { ExplanationDetails } from '../../components/ExplanationDetails';
import { ErrorSummary, Field } from '../../components/Field';
import { ScoreBar } from '../../components/ScoreBar';
import { formErrors, FormErrors, NO_ERRORS } from '../../forms/errors';
import { AppLink } from '../../layout/links';
import { Loading, LoadError } from '../../layout/States';
import { useStatus } from '../../layout/Status';
import '../../theme/pages.css';
import { usePageTitle } from '../usePageTitle';

const FORM = 'candidate';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * "Why not?" for a job seeker who is not on a vacancy's shortlist (the coach gives the adviser the
 * pseudonymous id), and adding that job seeker by hand: the engine suggests, a person decides.
 */
export function CandidateCheckPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation('adviserTools');
  const [params, setParams] = useSearchParams();
  const seekerId = params.get('seeker') ?? '';
  const [draft, setDraft] = useState(seekerId);
  const [idError, setIdError] = useState<string[] | undefined>();
  usePageTitle(t('candidate.title'));
  const vacancy = useQuery({
    queryKey: ['registry', 'vacancy', id],
    queryFn: () => ok(registry.GET('/vacancies/{id}', { params: { path: { id: id! } } })),
  });
  const explain = useQuery({
    queryKey: ['registry', 'vacancy', id, 'explain', seekerId],
    queryFn: async () =>
      await ok(
        registry.GET('/vacancies/{id}/matches/{seekerId}/explain', {
          params: { path: { id: id!, seekerId } },
        }),
      ),
    enabled: UUID.test(seekerId),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!UUID.test(draft.trim())) {
      setIdError([t('candidate.idInvalid')]);
      return;
    }
    setIdError(undefined);
    setParams({ seeker: draft.trim() });
  };
  return (
    <>
      <Paragraph>
        <AppLink to={`/adviser/vacancies/${id}`}>{t('candidate.back')}</AppLink>
      </Paragraph>
      <Heading1>{t('candidate.title')}</Heading1>
      {vacancy.data ? (
        <Paragraph className="wt-meta">
          {[
            vacancy.data.title,
            vacancy.data.employer.name,
            vacancy.data.locationLabel ?? vacancy.data.workPlace,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Paragraph>
      ) : null}
      <Paragraph>{t('candidate.help')}</Paragraph>
      <form className="wt-form" onSubmit={submit} noValidate aria-label={t('candidate.formLabel')}>
        <Field
          form={FORM}
          name="seekerId"
          label={t('candidate.seekerId')}
          description={t('candidate.seekerIdHelp')}
          errors={idError}
        >
          <Textbox
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        <div className="wt-actions">
          <Button type="submit" appearance="primary-action-button">
            {t('candidate.check')}
          </Button>
        </div>
      </form>
      {explain.isFetching && !explain.data ? <Loading /> : null}
      {explain.isError ? <LoadError error={explain.error} /> : null}
      {explain.data ? (
        <Verdict key={seekerId} vacancyId={id!} pair={explain.data} language={i18n.language} />
      ) : null}
    </>
  );
}

function Verdict({
  vacancyId,
  pair,
  language,
}: {
  vacancyId: string;
  pair: PairExplanation;
  language: string;
}) {
  const { t } = useTranslation('adviserTools');
  const queryClient = useQueryClient();
  const { announce } = useStatus();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const add = useMutation({
    mutationFn: () =>
      ok(
        registry.POST('/vacancies/{id}/matches/{seekerId}/shortlist', {
          params: { path: { id: vacancyId, seekerId: pair.seekerId } },
          body: note.trim() ? { note: note.trim() } : {},
        }),
      ),
    onSuccess: async () => {
      setErrors(NO_ERRORS);
      await queryClient.invalidateQueries({ queryKey: ['registry', 'vacancy', vacancyId] });
      announce(t('candidate.added', { handle: candidateHandle(pair.seekerId) }));
    },
    onError: (error) => setErrors(formErrors(error, ['note'], t)),
  });
  const canAdd = pair.status === null || pair.status === 'suggested';
  return (
    <section className="wt-card" aria-labelledby="verdict-heading" data-testid="verdict">
      <Heading2 id="verdict-heading">
        {t('candidate.verdictTitle', { handle: candidateHandle(pair.seekerId) })}
      </Heading2>
      <Alert type={pair.onShortlist ? 'ok' : 'warning'}>{textIn(pair.verdict, language)}</Alert>
      <ScoreBar score={pair.explanation.score} />
      {pair.status ? (
        <Paragraph>
          <span className="wt-badge" data-testid="pair-status">
            {t(`status.${pair.status}`)}
          </span>
          {pair.rank ? ` ${t('candidate.rank', { rank: pair.rank })}` : ''}
        </Paragraph>
      ) : null}
      {pair.humanOverride ? (
        <Paragraph data-testid="override">{t('candidate.override')}</Paragraph>
      ) : null}
      <ExplanationDetails explanation={pair.explanation} />
      {canAdd ? (
        <form
          className="wt-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
        >
          <Heading2>{t('candidate.addTitle')}</Heading2>
          <Paragraph>
            {pair.explanation.knockOuts.length > 0
              ? t('candidate.addOverrideHelp')
              : t('candidate.addHelp')}
          </Paragraph>
          <ErrorSummary title={t('common:errors.summary')} messages={errors.general} />
          <Field
            form={FORM}
            name="note"
            label={t('candidate.note')}
            description={t('candidate.noteHelp')}
            errors={errors.fields.note}
          >
            <Textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
          </Field>
          <div className="wt-actions">
            <Button type="submit" appearance="primary-action-button" busy={add.isPending}>
              {t('candidate.add')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
