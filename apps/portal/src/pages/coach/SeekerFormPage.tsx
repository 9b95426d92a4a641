import {
  Button,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ok, profiles } from '../../api/client';
import { JobSeeker, seekerHandle, seekerQuery } from '../../api/seekers';
import { searchOccupations, searchSkills, useConceptLabels } from '../../api/taxonomy';
import { ConceptList } from '../../components/ConceptList';
import { CheckboxField, ErrorSummary, Field, FieldGroup } from '../../components/Field';
import { LanguagesField } from '../../components/LanguagesField';
import { QualificationSelect, useQualification } from '../../components/QualificationSelect';
import { focusFirstError, FormErrors, formErrors, NO_ERRORS } from '../../forms/errors';
import { AppLink } from '../../layout/links';
import { Loading, LoadError } from '../../layout/States';
import { useStatus } from '../../layout/Status';
import '../../theme/pages.css';
import { usePageTitle } from '../usePageTitle';
import {
  CLIENT_SYSTEMS,
  COMPLETENESS_FIELD,
  createBody,
  EDUCATION_CODES,
  EducationCode,
  emptySeekerForm,
  conceptUrisOfSeeker,
  formFromSeeker,
  LICENCES,
  profileBody,
  SEEKER_FIELDS,
  SeekerFormState,
  Tri,
} from './seeker-form';

const FORM = 'seeker';

/** `/coach/job-seekers/new` and `/coach/job-seekers/:id/edit`. */
export function SeekerFormPage() {
  const { id } = useParams();
  const { t } = useTranslation('caseload');
  const seeker = useQuery({ ...seekerQuery(id ?? ''), enabled: !!id });
  const labels = useConceptLabels(seeker.data ? conceptUrisOfSeeker(seeker.data) : []);
  usePageTitle(id ? t('form.editTitle') : t('form.newTitle'));
  if (id && (seeker.isPending || labels.waiting)) return <Loading />;
  if (id && seeker.isError) return <LoadError error={seeker.error} />;
  return <SeekerForm key={id ?? 'new'} seeker={seeker.data} />;
}

function SeekerForm({ seeker }: { seeker?: JobSeeker }) {
  const { t, i18n } = useTranslation('caseload');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { announce } = useStatus();
  const [form, setForm] = useState<SeekerFormState>(() =>
    seeker ? formFromSeeker(seeker, t('form.unknownLabel')) : emptySeekerForm(),
  );
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const set = <K extends keyof SeekerFormState>(key: K, value: SeekerFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const text = (key: keyof SeekerFormState) => (event: { target: { value: string } }) =>
    set(key, event.target.value as never);

  // Missing and stale fields of the saved profile, by the form field they belong to.
  const flags = new Map<string, 'missing' | 'stale'>();
  for (const f of seeker?.completeness.missing ?? [])
    flags.set(COMPLETENESS_FIELD[f] ?? f, 'missing');
  for (const f of seeker?.completeness.stale ?? []) flags.set(COMPLETENESS_FIELD[f] ?? f, 'stale');
  const flagNote = (field: string, help?: string) => {
    const flag = flags.get(field);
    const note = flag ? t(`form.flag.${flag}`) : undefined;
    return [note, help].filter(Boolean).join(' ') || undefined;
  };
  const flagged = (field: string, children: ReactNode) => (
    <div
      className={flags.has(field) ? `wt-flag wt-flag--${flags.get(field)}` : undefined}
      data-flag={flags.get(field)}
    >
      {flags.has(field) ? (
        <span className="wt-flag__badge">{t(`form.flagBadge.${flags.get(field)!}`)}</span>
      ) : null}
      {children}
    </div>
  );

  const save = useMutation({
    mutationFn: (): Promise<JobSeeker> =>
      seeker
        ? ok(
            profiles.PATCH('/job-seekers/{id}', {
              params: { path: { id: seeker.id } },
              body: profileBody(form),
            }),
          )
        : ok(profiles.POST('/job-seekers', { body: createBody(form) })),
    onSuccess: async (result) => {
      setErrors(NO_ERRORS);
      queryClient.setQueryData(['profiles', 'job-seeker', result.id], result);
      await queryClient.invalidateQueries({ queryKey: ['profiles', 'caseload'] });
      announce(seeker ? t('form.saved') : t('form.created'));
      navigate(`/coach/job-seekers/${result.id}`);
    },
    onError: (error) => {
      const sorted = formErrors(error, SEEKER_FIELDS, t);
      setErrors(sorted);
      focusFirstError(FORM, SEEKER_FIELDS, sorted);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  const triSelect = (
    key: 'travelsIndependently' | 'ownTransport' | 'availableNow' | 'willingToWorkInGermany',
  ) => (
    <Select value={form[key]} onChange={(e) => set(key, e.target.value as Tri)}>
      <SelectOption value="">{t('form.notKnown')}</SelectOption>
      <SelectOption value="yes">{t('form.yes')}</SelectOption>
      <SelectOption value="no">{t('form.no')}</SelectOption>
    </Select>
  );
  const chosenQualification = useQualification(form.highestQualification);

  return (
    <>
      {seeker ? (
        <Paragraph>
          <AppLink to={`/coach/job-seekers/${seeker.id}`}>
            {t('form.back', { handle: seekerHandle(seeker.id) })}
          </AppLink>
        </Paragraph>
      ) : null}
      <Heading1>{seeker ? t('form.editTitle') : t('form.newTitle')}</Heading1>
      {seeker && flags.size > 0 ? (
        <Paragraph data-testid="flag-summary">
          {t('form.flagSummary', {
            count: seeker.completeness.missing.length + seeker.completeness.stale.length,
            missing: seeker.completeness.missing.length,
            stale: seeker.completeness.stale.length,
          })}
        </Paragraph>
      ) : null}
      <form className="wt-form" onSubmit={submit} noValidate aria-label={t('form.label')}>
        <ErrorSummary title={t('common:errors.summary')} messages={errors.general} />

        {!seeker ? (
          <FieldGroup
            form={FORM}
            name="identity"
            legend={t('form.identityTitle')}
            description={t('form.identityHelp')}
            errors={errors.fields.identity}
          >
            <div className="wt-row">
              <Field form={FORM} name="givenName" label={t('form.fields.givenName')}>
                <Textbox value={form.givenName} onChange={text('givenName')} autoComplete="off" />
              </Field>
              <Field form={FORM} name="familyName" label={t('form.fields.familyName')}>
                <Textbox value={form.familyName} onChange={text('familyName')} autoComplete="off" />
              </Field>
            </div>
            <div className="wt-row">
              <Field form={FORM} name="email" label={t('form.fields.email')}>
                <Textbox
                  type="email"
                  value={form.email}
                  onChange={text('email')}
                  autoComplete="off"
                />
              </Field>
              <Field form={FORM} name="phone" label={t('form.fields.phone')}>
                <Textbox
                  type="tel"
                  value={form.phone}
                  onChange={text('phone')}
                  autoComplete="off"
                />
              </Field>
            </div>
            <div className="wt-row">
              <Field form={FORM} name="clientSystem" label={t('form.fields.clientSystem')}>
                <Select value={form.clientSystem} onChange={text('clientSystem')}>
                  {CLIENT_SYSTEMS.map((s) => (
                    <SelectOption key={s} value={s}>
                      {t(`clientSystems.${s}`)}
                    </SelectOption>
                  ))}
                </Select>
              </Field>
              <Field
                form={FORM}
                name="clientReference"
                label={t('form.fields.clientReference')}
                description={t('form.clientReferenceHelp')}
              >
                <Textbox
                  value={form.clientReference}
                  onChange={text('clientReference')}
                  autoComplete="off"
                />
              </Field>
            </div>
          </FieldGroup>
        ) : null}

        <Heading2>{t('form.workTitle')}</Heading2>
        {flagged(
          'wantedOccupations',
          <Field
            form={FORM}
            name="wantedOccupations"
            label={t('form.fields.wantedOccupations')}
            description={flagNote('wantedOccupations', t('form.typeaheadHelp'))}
            errors={errors.fields.wantedOccupations}
          >
            <ConceptList
              label={t('form.fields.wantedOccupations')}
              value={form.wantedOccupations}
              onChange={(v) => set('wantedOccupations', v)}
              search={(q) => searchOccupations(q, i18n.language)}
            />
          </Field>,
        )}
        <Field
          form={FORM}
          name="wantedOccupationText"
          label={t('form.fields.wantedOccupationText')}
          description={t('form.wantedOccupationTextHelp')}
          errors={errors.fields.wantedOccupationText}
        >
          <Textbox value={form.wantedOccupationText} onChange={text('wantedOccupationText')} />
        </Field>
        {flagged(
          'skills',
          <Field
            form={FORM}
            name="skills"
            label={t('form.fields.skills')}
            description={flagNote('skills', t('form.typeaheadHelp'))}
            errors={errors.fields.skills}
          >
            <ConceptList
              label={t('form.fields.skills')}
              value={form.skills}
              onChange={(v) => set('skills', v)}
              search={(q) => searchSkills(q, i18n.language)}
            />
          </Field>,
        )}
        {flagged(
          'highestQualification',
          <Field
            form={FORM}
            name="highestQualification"
            label={t('form.fields.highestQualification')}
            description={flagNote(
              'highestQualification',
              chosenQualification
                ? t('form.eqfShown', { eqf: chosenQualification.eqf })
                : t('form.qualificationHelp'),
            )}
            errors={errors.fields.highestQualification}
          >
            <QualificationSelect
              value={form.highestQualification}
              onChange={(code) => set('highestQualification', code)}
              emptyLabel={t('form.notKnown')}
            />
          </Field>,
        )}
        <Field
          form={FORM}
          name="certificates"
          label={t('form.fields.certificates')}
          description={t('form.certificatesHelp')}
          errors={errors.fields.certificates}
        >
          <Textbox value={form.certificates} onChange={text('certificates')} />
        </Field>

        {flagged(
          'schoolLeaver',
          <FieldGroup
            form={FORM}
            name="schoolLeaver"
            legend={t('form.schoolLeaverTitle')}
            description={flagNote('schoolLeaver')}
            errors={errors.fields.schoolLeaver}
          >
            <div className="wt-row">
              <Field form={FORM} name="schoolType" label={t('form.fields.schoolType')}>
                <Select value={form.schoolType} onChange={text('schoolType')}>
                  <SelectOption value="">{t('form.noSchoolLeaver')}</SelectOption>
                  <SelectOption value="VSO">{t('form.schoolTypes.VSO')}</SelectOption>
                  <SelectOption value="PrO">{t('form.schoolTypes.PrO')}</SelectOption>
                </Select>
              </Field>
              {form.schoolType === 'VSO' ? (
                <Field form={FORM} name="exitProfile" label={t('form.fields.exitProfile')}>
                  <Select value={form.exitProfile} onChange={text('exitProfile')}>
                    <SelectOption value="">{t('form.notKnown')}</SelectOption>
                    {(['vervolgonderwijs', 'arbeidsmarkt', 'dagbesteding'] as const).map((p) => (
                      <SelectOption key={p} value={p}>
                        {t(`form.exitProfiles.${p}`)}
                      </SelectOption>
                    ))}
                  </Select>
                </Field>
              ) : null}
              {form.schoolType ? (
                <Field
                  form={FORM}
                  name="expectedLeavingDate"
                  label={t('form.fields.expectedLeavingDate')}
                >
                  <Textbox
                    type="date"
                    value={form.expectedLeavingDate}
                    onChange={text('expectedLeavingDate')}
                  />
                </Field>
              ) : null}
            </div>
          </FieldGroup>,
        )}
        <FieldGroup
          form={FORM}
          name="currentEducation"
          legend={t('form.currentEducationTitle')}
          description={t('form.currentEducationHelp')}
          errors={errors.fields.currentEducation}
        >
          <div className="wt-row">
            <Field form={FORM} name="educationCode" label={t('form.fields.educationCode')}>
              <Select
                value={form.educationCode}
                onChange={(e) => set('educationCode', e.target.value as EducationCode | '')}
              >
                <SelectOption value="">{t('form.noCurrentEducation')}</SelectOption>
                {EDUCATION_CODES.map((code) => (
                  <SelectOption key={code} value={code}>
                    {t(`form.mboLevels.${code.slice(-1)}`)}
                  </SelectOption>
                ))}
              </Select>
            </Field>
            {form.educationCode ? (
              <Field form={FORM} name="educationEndDate" label={t('form.fields.educationEndDate')}>
                <Textbox
                  type="date"
                  value={form.educationEndDate}
                  onChange={text('educationEndDate')}
                />
              </Field>
            ) : null}
          </div>
        </FieldGroup>

        <Heading2>{t('form.availabilityTitle')}</Heading2>
        {flagged(
          'availableNow',
          <div className="wt-row">
            <Field
              form={FORM}
              name="availableNow"
              label={t('form.fields.availableNow')}
              description={flagNote('availableNow')}
              errors={errors.fields.availableNow}
            >
              {triSelect('availableNow')}
            </Field>
            <Field
              form={FORM}
              name="availableFrom"
              label={t('form.fields.availableFrom')}
              errors={errors.fields.availableFrom}
            >
              <Textbox type="date" value={form.availableFrom} onChange={text('availableFrom')} />
            </Field>
          </div>,
        )}
        {flagged(
          'hoursPerWeek',
          <FieldGroup
            form={FORM}
            name="hoursPerWeek"
            legend={t('form.fields.hoursPerWeek')}
            description={flagNote('hoursPerWeek')}
            errors={errors.fields.hoursPerWeek}
          >
            <div className="wt-row">
              <Field form={FORM} name="hoursMin" label={t('form.fields.hoursMin')}>
                <Textbox inputMode="numeric" value={form.hoursMin} onChange={text('hoursMin')} />
              </Field>
              <Field form={FORM} name="hoursMax" label={t('form.fields.hoursMax')}>
                <Textbox inputMode="numeric" value={form.hoursMax} onChange={text('hoursMax')} />
              </Field>
            </div>
          </FieldGroup>,
        )}

        <Heading2>{t('form.travelTitle')}</Heading2>
        {flagged(
          'homeLocation',
          <FieldGroup
            form={FORM}
            name="homeLocation"
            legend={t('form.fields.homeLocation')}
            description={flagNote('homeLocation', t('form.homeHelp'))}
            errors={errors.fields.homeLocation}
          >
            <div className="wt-row">
              <Field form={FORM} name="postcode" label={t('form.fields.postcode')}>
                <Textbox value={form.postcode} onChange={text('postcode')} autoComplete="off" />
              </Field>
              <Field form={FORM} name="place" label={t('form.fields.place')}>
                <Textbox value={form.place} onChange={text('place')} autoComplete="off" />
              </Field>
              <Field form={FORM} name="homeCountry" label={t('form.fields.homeCountry')}>
                <Select value={form.homeCountry} onChange={text('homeCountry')}>
                  <SelectOption value="NL">{t('countries.NL')}</SelectOption>
                  <SelectOption value="DE">{t('countries.DE')}</SelectOption>
                </Select>
              </Field>
            </div>
          </FieldGroup>,
        )}
        <div className="wt-row">
          {flagged(
            'maxTravelKm',
            <Field
              form={FORM}
              name="maxTravelKm"
              label={t('form.fields.maxTravelKm')}
              description={flagNote('maxTravelKm')}
              errors={errors.fields.maxTravelKm}
            >
              <Textbox
                inputMode="numeric"
                value={form.maxTravelKm}
                onChange={text('maxTravelKm')}
              />
            </Field>,
          )}
          {flagged(
            'travelsIndependently',
            <Field
              form={FORM}
              name="travelsIndependently"
              label={t('form.fields.travelsIndependently')}
              description={flagNote('travelsIndependently')}
              errors={errors.fields.travelsIndependently}
            >
              {triSelect('travelsIndependently')}
            </Field>,
          )}
          <Field
            form={FORM}
            name="ownTransport"
            label={t('form.fields.ownTransport')}
            errors={errors.fields.ownTransport}
          >
            {triSelect('ownTransport')}
          </Field>
        </div>
        <FieldGroup
          form={FORM}
          name="drivingLicences"
          legend={t('form.fields.drivingLicences')}
          errors={errors.fields.drivingLicences}
        >
          <div className="wt-checks">
            {LICENCES.map((licence) => (
              <CheckboxField
                key={licence}
                form={FORM}
                name={`licence-${licence}`}
                label={t(`form.licences.${licence}`)}
                checked={form.drivingLicences.includes(licence)}
                onChange={(checked) =>
                  set(
                    'drivingLicences',
                    checked
                      ? [...form.drivingLicences, licence]
                      : form.drivingLicences.filter((l) => l !== licence),
                  )
                }
              />
            ))}
          </div>
        </FieldGroup>
        {flagged(
          'willingToWorkInGermany',
          <Field
            form={FORM}
            name="willingToWorkInGermany"
            label={t('form.fields.willingToWorkInGermany')}
            description={flagNote('willingToWorkInGermany')}
            errors={errors.fields.willingToWorkInGermany}
          >
            {triSelect('willingToWorkInGermany')}
          </Field>,
        )}

        {flagged(
          'languages',
          <LanguagesField
            form={FORM}
            legend={t('form.fields.languages')}
            addLabel={t('form.addLanguage')}
            value={form.languages}
            onChange={(languages) => set('languages', languages)}
            newLanguage="nl"
            description={flagNote('languages')}
            errors={errors.fields.languages}
          />,
        )}

        <FieldGroup
          form={FORM}
          name="targetGroups"
          legend={t('form.targetGroupsTitle')}
          description={t('form.targetGroupsHelp')}
          errors={errors.fields.targetGroups}
        >
          <CheckboxField
            form={FORM}
            name="banenafspraak"
            label={t('form.fields.banenafspraak')}
            checked={form.banenafspraak}
            onChange={(checked) => set('banenafspraak', checked)}
          />
          <Field form={FORM} name="benefit" label={t('form.fields.benefit')}>
            <Select value={form.benefit} onChange={text('benefit')}>
              <SelectOption value="">{t('form.notKnown')}</SelectOption>
              {(['participatiewet', 'ww', 'wajong', 'none'] as const).map((b) => (
                <SelectOption key={b} value={b}>
                  {t(`form.benefits.${b}`)}
                </SelectOption>
              ))}
            </Select>
          </Field>
        </FieldGroup>
        <Field
          form={FORM}
          name="supportNeeded"
          label={t('form.fields.supportNeeded')}
          description={t('form.supportNeededHelp')}
          errors={errors.fields.supportNeeded}
        >
          <Textarea value={form.supportNeeded} onChange={text('supportNeeded')} rows={3} />
        </Field>

        <div className="wt-actions">
          <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
            {seeker ? t('form.save') : t('form.create')}
          </Button>
        </div>
      </form>
    </>
  );
}
