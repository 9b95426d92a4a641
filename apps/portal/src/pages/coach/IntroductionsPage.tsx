import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  RadioButton,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { wholeCaseload } from '../../api/job-seekers';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ok, profiles } from '../../api/client';
import { matchLang, MatchView } from '../../api/matches';
import { ErrorSummary, Field } from '../../components/Field';
import { ScoreBar } from '../../components/ScoreBar';
import { errorId, FormErrors, formErrors, NO_ERRORS } from '../../forms/errors';
import { Empty, Loading, LoadError } from '../../layout/States';
import { useStatus } from '../../layout/Status';
import { usePageTitle } from '../usePageTitle';

interface Pending {
  match: MatchView;
  name: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Introductions an employer asked for, for the job seekers of this coach's caseload: the coach
 * asks the job seeker and records the answer (agreed: the employer gets the contact details).
 */
export function IntroductionsPage() {
  const { t, i18n } = useTranslation('coach');
  usePageTitle(t('introductions.title'));
  const pending = useQuery({
    queryKey: ['profiles', 'introductions', i18n.language],
    queryFn: async (): Promise<Pending[]> => {
      const caseload = await wholeCaseload();
      const found: Pending[] = [];
      for (const seeker of caseload) {
        if (!seeker.employerVisible) continue;
        const matches = await ok(
          profiles.GET('/job-seekers/{id}/matches', {
            params: {
              path: { id: seeker.id },
              query: { lang: matchLang(i18n.language), pageSize: 100 },
            },
          }),
        );
        const asked = matches.items.filter(
          (m) => m.status === 'proposed' && m.introductionRequested,
        );
        if (asked.length === 0) continue;
        const identity = await ok(
          profiles.GET('/job-seekers/{id}/identity', { params: { path: { id: seeker.id } } }),
        );
        for (const match of asked)
          found.push({ match, name: `${identity.givenName} ${identity.familyName}` });
      }
      return found;
    },
  });
  return (
    <>
      <Heading1>{t('introductions.title')}</Heading1>
      <Paragraph>{t('introductions.intro')}</Paragraph>
      {pending.isPending ? <Loading /> : null}
      {pending.isError ? <LoadError error={pending.error} /> : null}
      {pending.data && pending.data.length === 0 ? <Empty>{t('introductions.empty')}</Empty> : null}
      {pending.data && pending.data.length > 0 ? (
        <ul className="wt-cards">
          {pending.data.map((p) => (
            <li
              key={`${p.match.seekerId}-${p.match.vacancyId}`}
              className="wt-card"
              data-testid="introduction-request"
            >
              <Request pending={p} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function Request({ pending }: { pending: Pending }) {
  const { t } = useTranslation('coach');
  const { announce } = useStatus();
  const queryClient = useQueryClient();
  const { match, name } = pending;
  const [agreed, setAgreed] = useState<'' | 'yes' | 'no'>('');
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const form = `agreement-${match.seekerId}-${match.vacancyId}`;
  const record = useMutation({
    mutationFn: () =>
      ok(
        profiles.POST('/job-seekers/{id}/matches/{vacancyId}/introduction-agreement', {
          params: { path: { id: match.seekerId, vacancyId: match.vacancyId } },
          body: {
            agreed: (agreed === '' ? undefined : agreed === 'yes') as boolean,
            date,
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        }),
      ),
    onSuccess: async () => {
      setErrors(NO_ERRORS);
      announce(
        agreed === 'yes'
          ? t('introductions.done.agreed', { name })
          : t('introductions.done.declined', { name }),
      );
      await queryClient.invalidateQueries({ queryKey: ['profiles', 'introductions'] });
    },
    onError: (e) => setErrors(formErrors(e, ['agreed', 'date', 'note'], t)),
  });
  const headingId = `${form}-heading`;
  return (
    <article aria-labelledby={headingId}>
      <Heading2 id={headingId}>
        {t('introductions.request', { name, vacancy: match.vacancyTitle ?? '' })}
      </Heading2>
      <ScoreBar score={match.score} />
      <Paragraph className="wt-meta">
        {t('introductions.skills', {
          skills: match.matchedSkills.map((s) => s.label).join(', ') || '–',
        })}
      </Paragraph>
      <form
        className="wt-form"
        noValidate
        aria-labelledby={headingId}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          record.mutate();
        }}
      >
        <ErrorSummary title={t('common:errors.summary')} messages={errors.general} />
        <Fieldset aria-describedby={errors.fields.agreed ? errorId(form, 'agreed') : undefined}>
          <FieldsetLegend>{t('introductions.question', { name })}</FieldsetLegend>
          {errors.fields.agreed ? (
            <p
              className="wt-error"
              id={errorId(form, 'agreed')}
              role="alert"
              data-field-error="agreed"
            >
              {errors.fields.agreed.join(' ')}
            </p>
          ) : null}
          {(['yes', 'no'] as const).map((value) => (
            <div key={value}>
              <RadioButton
                id={`${form}-${value}`}
                name={`${form}-agreed`}
                value={value}
                checked={agreed === value}
                onChange={() => setAgreed(value)}
              />{' '}
              <FormLabel htmlFor={`${form}-${value}`} type="radio">
                {t(`introductions.answer.${value}`)}
              </FormLabel>
            </div>
          ))}
        </Fieldset>
        <Field form={form} name="date" label={t('introductions.date')} errors={errors.fields.date}>
          <Textbox type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <Field form={form} name="note" label={t('introductions.note')} errors={errors.fields.note}>
          <Textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
        </Field>
        <div className="wt-actions">
          <Button type="submit" appearance="primary-action-button" busy={record.isPending}>
            {t('introductions.record')}
          </Button>
        </div>
      </form>
    </article>
  );
}
