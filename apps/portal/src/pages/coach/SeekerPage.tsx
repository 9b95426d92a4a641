import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ok, profiles } from '../../api/client';
import { JobSeeker, seekerHandle, seekerQuery } from '../../api/seekers';
import { ErrorSummary } from '../../components/Field';
import { useQualification } from '../../components/QualificationSelect';
import { formErrors, FormErrors, NO_ERRORS } from '../../forms/errors';
import { AppButtonLink, AppLink } from '../../layout/links';
import { Loading, LoadError } from '../../layout/States';
import { useStatus } from '../../layout/Status';
import '../../theme/pages.css';
import { usePageTitle } from '../usePageTitle';

/** A job seeker of the coach's caseload: completeness, the double opt-in, availability, links on. */
export function SeekerPage() {
  const { id } = useParams();
  const { t } = useTranslation('caseload');
  const seeker = useQuery(seekerQuery(id!));
  const identity = useQuery({
    queryKey: ['profiles', 'job-seeker', id, 'identity'],
    queryFn: () =>
      ok(profiles.GET('/job-seekers/{id}/identity', { params: { path: { id: id! } } })),
  });
  usePageTitle(t('seeker.title', { handle: seekerHandle(id!) }));
  if (seeker.isPending) return <Loading />;
  if (seeker.isError) return <LoadError error={seeker.error} />;
  const s = seeker.data;
  const name = identity.data ? `${identity.data.givenName} ${identity.data.familyName}` : null;
  return (
    <>
      <Paragraph>
        <AppLink to="/coach/caseload">{t('seeker.back')}</AppLink>
      </Paragraph>
      <Heading1>
        {name
          ? t('seeker.titleWithName', { name, handle: seekerHandle(s.id) })
          : t('seeker.title', { handle: seekerHandle(s.id) })}
      </Heading1>
      <div className="wt-actions">
        <AppButtonLink to={`/coach/job-seekers/${s.id}/edit`}>{t('seeker.edit')}</AppButtonLink>
        <AppButtonLink
          appearance="secondary-action-button"
          to={`/coach/job-seekers/${s.id}/matches`}
        >
          {t('seeker.matches')}
        </AppButtonLink>
        <AppButtonLink
          appearance="secondary-action-button"
          to={`/coach/job-seekers/${s.id}/transitions`}
        >
          {t('seeker.transitions')}
        </AppButtonLink>
      </div>

      <section className="wt-card" aria-labelledby="completeness-heading">
        <Heading2 id="completeness-heading">{t('seeker.completenessTitle')}</Heading2>
        <Paragraph>
          <span className={`wt-band wt-band--${s.completeness.band}`}>
            {t(`bands.${s.completeness.band}`)}
          </span>{' '}
          {t('seeker.score', { score: s.completeness.score })}
        </Paragraph>
        {s.completeness.missing.length > 0 ? (
          <Paragraph data-testid="missing-fields">
            {t('seeker.missing')}{' '}
            {s.completeness.missing.map((f) => t(`fields.${f}`, { defaultValue: f })).join(', ')}
          </Paragraph>
        ) : null}
        {s.completeness.stale.length > 0 ? (
          <Paragraph data-testid="stale-fields">
            {t('seeker.stale')}{' '}
            {s.completeness.stale.map((f) => t(`fields.${f}`, { defaultValue: f })).join(', ')}
          </Paragraph>
        ) : null}
      </section>

      <Education seeker={s} />
      <Availability seeker={s} />
      <Consent key={`${s.version}-${s.consent.seeker.date}-${s.consent.coach.at}`} seeker={s} />
    </>
  );
}

/** The highest qualification (with its EQF level) and the MBO course followed now. */
function Education({ seeker }: { seeker: JobSeeker }) {
  const { t, i18n } = useTranslation('caseload');
  const qualification = useQualification(seeker.highestQualification?.code ?? '');
  const lang = (i18n.language === 'de' || i18n.language === 'en' ? i18n.language : 'nl') as
    'nl' | 'de' | 'en';
  const course = seeker.currentEducation;
  return (
    <section className="wt-card" aria-labelledby="education-heading">
      <Heading2 id="education-heading">{t('seeker.educationTitle')}</Heading2>
      <Paragraph data-testid="highest-qualification">
        {t('seeker.highestQualification')}{' '}
        {seeker.highestQualification
          ? `${qualification?.names[lang] ?? seeker.highestQualification.code} (${t('seeker.eqf', { eqf: seeker.highestQualification.eqf })})`
          : t('seeker.notKnown')}
      </Paragraph>
      <Paragraph data-testid="current-education">
        {t('seeker.currentEducation')}{' '}
        {course
          ? t('seeker.currentEducationValue', {
              level: t(`form.mboLevels.${course.code.slice(-1)}`),
              date: course.expectedEndDate,
            })
          : t('seeker.noCurrentEducation')}
      </Paragraph>
    </section>
  );
}

function Availability({ seeker }: { seeker: JobSeeker }) {
  const { t } = useTranslation('caseload');
  const queryClient = useQueryClient();
  const { announce } = useStatus();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const confirm = useMutation({
    mutationFn: () =>
      ok(
        profiles.POST('/job-seekers/{id}/availability/confirm', {
          params: { path: { id: seeker.id } },
        }),
      ),
    onSuccess: async (result) => {
      setErrors(NO_ERRORS);
      queryClient.setQueryData(['profiles', 'job-seeker', seeker.id], result);
      await queryClient.invalidateQueries({ queryKey: ['profiles', 'caseload'] });
      announce(t('seeker.availabilityConfirmed'));
    },
    onError: (error) => setErrors(formErrors(error, [], t)),
  });
  const stale = seeker.completeness.stale.includes('availability');
  return (
    <section className="wt-card" aria-labelledby="availability-heading">
      <Heading2 id="availability-heading">{t('seeker.availabilityTitle')}</Heading2>
      <ErrorSummary title={t('common:errors.summary')} messages={errors.general} />
      <Paragraph>
        {t(`availability.${seeker.availability}`)}
        {seeker.availableFrom ? ` (${t('seeker.from', { date: seeker.availableFrom })})` : ''}
      </Paragraph>
      <Paragraph
        className={stale ? 'wt-flag wt-flag--stale' : 'wt-meta'}
        data-testid="availability-confirmed"
      >
        {seeker.availabilityConfirmedAt
          ? t('seeker.confirmedAt', { date: seeker.availabilityConfirmedAt.slice(0, 10) })
          : t('seeker.neverConfirmed')}
        {stale ? ` ${t('seeker.staleNote')}` : ''}
      </Paragraph>
      <Button
        appearance="secondary-action-button"
        busy={confirm.isPending}
        onClick={() => confirm.mutate()}
      >
        {t('seeker.confirmAvailability')}
      </Button>
    </section>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

/** The double opt-in: the job seeker's consent (with the day they gave it) and the coach's. */
function Consent({ seeker }: { seeker: JobSeeker }) {
  const { t } = useTranslation('caseload');
  const queryClient = useQueryClient();
  const { announce } = useStatus();
  const c = seeker.consent;
  const [seekerGiven, setSeekerGiven] = useState(c.seeker.given);
  const [seekerDate, setSeekerDate] = useState(c.seeker.date ?? today());
  const [coachGiven, setCoachGiven] = useState(c.coach.given);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const save = useMutation({
    mutationFn: () =>
      ok(
        profiles.PUT('/job-seekers/{id}/consent', {
          params: { path: { id: seeker.id } },
          body: {
            seeker: seekerGiven ? { given: true, date: seekerDate } : { given: false },
            coach: { given: coachGiven },
          },
        }),
      ),
    onSuccess: async (result) => {
      setErrors(NO_ERRORS);
      queryClient.setQueryData(['profiles', 'job-seeker', seeker.id], result);
      await queryClient.invalidateQueries({ queryKey: ['profiles', 'caseload'] });
      announce(
        result.consent.employerVisible ? t('consent.savedVisible') : t('consent.savedHidden'),
      );
    },
    onError: (error) => setErrors(formErrors(error, ['seeker', 'coach'], t)),
  });
  const allErrors = [...errors.general, ...Object.values(errors.fields).flat()];
  return (
    <section className="wt-card" aria-labelledby="consent-heading">
      <Heading2 id="consent-heading">{t('consent.title')}</Heading2>
      <Paragraph>{t('consent.help')}</Paragraph>
      <Paragraph data-testid="employer-visible">
        <strong>{c.employerVisible ? t('consent.visible') : t('consent.hidden')}</strong>
      </Paragraph>
      <form
        className="wt-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <ErrorSummary title={t('common:errors.summary')} messages={allErrors} />
        <Fieldset>
          <FieldsetLegend>{t('consent.seekerLegend')}</FieldsetLegend>
          <div>
            <Checkbox
              id="consent-seeker"
              role="switch"
              checked={seekerGiven}
              onChange={(e) => setSeekerGiven(e.target.checked)}
            />{' '}
            <FormLabel htmlFor="consent-seeker" type="checkbox">
              {t('consent.seekerSwitch')}
            </FormLabel>
          </div>
          <Paragraph className="wt-meta" data-testid="seeker-consent-date">
            {c.seeker.given && c.seeker.date
              ? t('consent.seekerGivenOn', { date: c.seeker.date })
              : t('consent.seekerNotGiven')}
          </Paragraph>
          {seekerGiven ? (
            <div>
              <FormLabel htmlFor="consent-seeker-date">{t('consent.seekerDate')}</FormLabel>
              <Textbox
                id="consent-seeker-date"
                type="date"
                value={seekerDate}
                onChange={(e) => setSeekerDate(e.target.value)}
              />
            </div>
          ) : null}
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{t('consent.coachLegend')}</FieldsetLegend>
          <div>
            <Checkbox
              id="consent-coach"
              role="switch"
              checked={coachGiven}
              onChange={(e) => setCoachGiven(e.target.checked)}
            />{' '}
            <FormLabel htmlFor="consent-coach" type="checkbox">
              {t('consent.coachSwitch')}
            </FormLabel>
          </div>
          <Paragraph className="wt-meta" data-testid="coach-consent-date">
            {c.coach.given && c.coach.at
              ? t('consent.coachGivenOn', { date: c.coach.at.slice(0, 10) })
              : t('consent.coachNotGiven')}
          </Paragraph>
        </Fieldset>
        <div className="wt-actions">
          <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
            {t('consent.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
