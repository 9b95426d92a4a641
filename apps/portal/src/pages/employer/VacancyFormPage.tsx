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
import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ok, registry } from '../../api/client';
import {
  Qualification,
  rememberLabel,
  searchOccupations,
  searchSkills,
  useConceptLabels,
} from '../../api/taxonomy';
import { CheckboxField, ErrorSummary, Field, FieldGroup } from '../../components/Field';
import { LanguagesField } from '../../components/LanguagesField';
import { QualificationSelect, useQualification } from '../../components/QualificationSelect';
import { Typeahead } from '../../components/Typeahead';
import { focusFirstError, FormErrors, formErrors, NO_ERRORS } from '../../forms/errors';
import { Loading, LoadError } from '../../layout/States';
import { useStatus } from '../../layout/Status';
import { usePageTitle } from '../usePageTitle';
import {
  bodyOf,
  changeOf,
  Concept,
  CONTRACT_TYPES,
  emptyForm,
  formFromVacancy,
  skillUrisOfVacancy,
  Vacancy,
  VACANCY_FIELDS,
  VacancyFormState,
} from './vacancy-form';

const FORM = 'vacancy';
/** A minimum below EQF 1 asks for nothing; the entry levels (EQF 0) are offered all the same. */
const asMinimum = (q: Qualification) => q.eqf > 0 || q.code.endsWith('ENTRY');
const INCLUSIVE = [
  'banenafspraakSuitable',
  'banenafspraakReserved',
  'jobcarving',
  'supervisionOffered',
  'openToSchoolLeavers',
] as const;

/** `/employer/vacancies/new` and `/employer/vacancies/:id/edit`. */
export function VacancyFormPage() {
  const { id } = useParams();
  const { t } = useTranslation('employer');
  const vacancy = useQuery({
    queryKey: ['registry', 'vacancy', id],
    queryFn: () => ok(registry.GET('/vacancies/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
  });
  const labels = useConceptLabels(vacancy.data ? skillUrisOfVacancy(vacancy.data) : []);
  usePageTitle(id ? t('form.editTitle') : t('form.newTitle'));
  if (id && (vacancy.isPending || labels.waiting)) return <Loading />;
  if (id && vacancy.isError) return <LoadError error={vacancy.error} />;
  return <VacancyForm key={id ?? 'new'} vacancy={vacancy.data} />;
}

function VacancyForm({ vacancy }: { vacancy?: Vacancy }) {
  const { t, i18n } = useTranslation('employer');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { announce } = useStatus();
  const [form, setForm] = useState<VacancyFormState>(() =>
    vacancy ? formFromVacancy(vacancy, t('form.skillUnknown')) : emptyForm(i18n.language),
  );
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState<Vacancy | undefined>(vacancy);
  const set = <K extends keyof VacancyFormState>(key: K, value: VacancyFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const text = (key: keyof VacancyFormState) => (event: { target: { value: string } }) =>
    set(key, event.target.value as never);
  const editable = !saved || saved.status === 'draft' || saved.status === 'published';

  const save = useMutation({
    mutationFn: async (publish: boolean): Promise<Vacancy> => {
      if (!saved) {
        return ok(registry.POST('/vacancies', { body: { ...bodyOf(form), publish } }));
      }
      const patched = await ok(
        registry.PATCH('/vacancies/{id}', {
          params: { path: { id: saved.id } },
          body: changeOf(form, saved),
        }),
      );
      if (publish && patched.status === 'draft') {
        return ok(registry.POST('/vacancies/{id}/publish', { params: { path: { id: saved.id } } }));
      }
      return patched;
    },
    onSuccess: async (result, publish) => {
      setErrors(NO_ERRORS);
      setSaved(result);
      for (const s of result.skillSuggestions) rememberLabel(s.uri, s.label);
      queryClient.setQueryData(['registry', 'vacancy', result.id], result);
      await queryClient.invalidateQueries({ queryKey: ['registry', 'vacancies'] });
      if (publish) {
        announce(t('form.published'));
        navigate(`/employer/vacancies/${result.id}`);
      } else {
        announce(
          result.skillSuggestions.length > 0 ? t('form.savedWithSuggestions') : t('form.saved'),
        );
        if (!vacancy) navigate(`/employer/vacancies/${result.id}/edit`, { replace: true });
      }
    },
    onError: (error) => {
      const sorted = formErrors(error, VACANCY_FIELDS, t);
      setErrors(sorted);
      focusFirstError(FORM, VACANCY_FIELDS, sorted);
    },
  });

  const submit = (publish: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    save.mutate(publish);
  };

  const chosen = new Set([...form.requiredSkills, ...form.optionalSkills].map((s) => s.uri));
  const suggestions = (saved?.skillSuggestions ?? []).filter((s) => !chosen.has(s.uri));
  const addSkill = (list: 'requiredSkills' | 'optionalSkills', skill: Concept) => {
    if (chosen.has(skill.uri)) return;
    setForm((f) => ({ ...f, [list]: [...f[list], skill] }));
    announce(t('form.skillAdded', { label: skill.label, list: t(`form.fields.${list}`) }));
  };
  const removeSkill = (list: 'requiredSkills' | 'optionalSkills', uri: string) =>
    setForm((f) => ({ ...f, [list]: f[list].filter((s) => s.uri !== uri) }));

  const chosenQualification = useQualification(form.minimumQualificationCode);

  useEffect(() => {
    if (!editable) setErrors({ fields: {}, general: [t('form.notEditable')] });
  }, [editable, t]);

  const skillList = (list: 'requiredSkills' | 'optionalSkills') => (
    <Field
      form={FORM}
      name={list}
      label={t(`form.fields.${list}`)}
      description={t('form.skillHelp')}
      errors={errors.fields[list]}
      extra={
        form[list].length > 0 ? (
          <ul className="wt-chips" aria-label={t(`form.fields.${list}`)}>
            {form[list].map((skill) => (
              <li key={skill.uri} className="wt-chip">
                {skill.label}
                <button
                  type="button"
                  aria-label={t('form.removeSkill', { label: skill.label })}
                  onClick={() => removeSkill(list, skill.uri)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null
      }
    >
      <Typeahead
        label={t(`form.fields.${list}`)}
        search={(q) => searchSkills(q, i18n.language)}
        clearOnSelect
        onSelect={(o) => addSkill(list, { uri: o.value, label: o.label })}
      />
    </Field>
  );

  return (
    <>
      <Heading1>{saved ? t('form.editTitle') : t('form.newTitle')}</Heading1>
      {saved ? (
        <Paragraph className="wt-meta">
          {t('form.statusLine', { status: t(`common:vacancyStatus.${saved.status}`) })}
        </Paragraph>
      ) : null}
      <form className="wt-form" onSubmit={submit(false)} noValidate aria-label={t('form.label')}>
        <ErrorSummary title={t('common:errors.summary')} messages={errors.general} />

        <Field form={FORM} name="title" label={t('form.fields.title')} errors={errors.fields.title}>
          <Textbox value={form.title} onChange={text('title')} />
        </Field>
        <Field
          form={FORM}
          name="description"
          label={t('form.fields.description')}
          description={t('form.descriptionHelp')}
          errors={errors.fields.description}
        >
          <Textarea value={form.description} onChange={text('description')} rows={6} />
        </Field>
        <Field
          form={FORM}
          name="language"
          label={t('form.fields.language')}
          errors={errors.fields.language}
        >
          <Select value={form.language} onChange={text('language')}>
            {(['nl', 'de', 'en'] as const).map((l) => (
              <SelectOption key={l} value={l}>
                {t(`common:languages.${l}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field
          form={FORM}
          name="occupationUri"
          label={t('form.fields.occupation')}
          description={
            form.occupation
              ? t('form.occupationChosen', { label: form.occupation.label })
              : t('form.occupationHelp')
          }
          errors={errors.fields.occupationUri}
        >
          <Typeahead
            label={t('form.fields.occupation')}
            initialText={form.occupation?.label ?? ''}
            search={(q) => searchOccupations(q, i18n.language)}
            onSelect={(o) => set('occupation', { uri: o.value, label: o.label })}
          />
        </Field>

        {suggestions.length > 0 ? (
          <section
            className="wt-card"
            aria-labelledby="suggestions-heading"
            data-testid="skill-suggestions"
          >
            <Heading2 id="suggestions-heading">{t('form.suggestionsTitle')}</Heading2>
            <Paragraph>{t('form.suggestionsText')}</Paragraph>
            <ul className="wt-chips">
              {suggestions.map((s) => (
                <li key={s.uri} className="wt-card">
                  <strong>{s.label}</strong>{' '}
                  <span className="wt-meta">({t('form.foundAs', { text: s.matchedText })})</span>
                  <div className="wt-actions">
                    <Button
                      appearance="secondary-action-button"
                      onClick={() => addSkill('requiredSkills', { uri: s.uri, label: s.label })}
                      aria-label={t('form.confirmRequired', { label: s.label })}
                    >
                      {t('form.asRequired')}
                    </Button>
                    <Button
                      appearance="subtle-button"
                      onClick={() => addSkill('optionalSkills', { uri: s.uri, label: s.label })}
                      aria-label={t('form.confirmOptional', { label: s.label })}
                    >
                      {t('form.asOptional')}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {skillList('requiredSkills')}
        {skillList('optionalSkills')}

        <div className="wt-row">
          <Field
            form={FORM}
            name="hoursMin"
            label={t('form.fields.hoursMin')}
            errors={errors.fields.hoursMin}
          >
            <Textbox inputMode="numeric" value={form.hoursMin} onChange={text('hoursMin')} />
          </Field>
          <Field
            form={FORM}
            name="hoursMax"
            label={t('form.fields.hoursMax')}
            errors={errors.fields.hoursMax}
          >
            <Textbox inputMode="numeric" value={form.hoursMax} onChange={text('hoursMax')} />
          </Field>
          <Field
            form={FORM}
            name="positions"
            label={t('form.fields.positions')}
            errors={errors.fields.positions}
          >
            <Textbox inputMode="numeric" value={form.positions} onChange={text('positions')} />
          </Field>
        </div>
        <div className="wt-row">
          <Field
            form={FORM}
            name="contractType"
            label={t('form.fields.contractType')}
            errors={errors.fields.contractType}
          >
            <Select value={form.contractType} onChange={text('contractType')}>
              <SelectOption value="">{t('form.notSaid')}</SelectOption>
              {CONTRACT_TYPES.map((c) => (
                <SelectOption key={c} value={c}>
                  {t(`common:contractTypes.${c}`)}
                </SelectOption>
              ))}
            </Select>
          </Field>
          <Field
            form={FORM}
            name="startDate"
            label={t('form.fields.startDate')}
            errors={errors.fields.startDate}
          >
            <Textbox type="date" value={form.startDate} onChange={text('startDate')} />
          </Field>
          <Field
            form={FORM}
            name="closingDate"
            label={t('form.fields.closingDate')}
            errors={errors.fields.closingDate}
          >
            <Textbox type="date" value={form.closingDate} onChange={text('closingDate')} />
          </Field>
        </div>
        <div className="wt-row">
          <Field
            form={FORM}
            name="country"
            label={t('form.fields.country')}
            errors={errors.fields.country}
          >
            <Select
              value={form.country}
              onChange={text('country')}
              disabled={!!saved && saved.status !== 'draft'}
            >
              <SelectOption value="NL">{t('common:countries.NL')}</SelectOption>
              <SelectOption value="DE">{t('common:countries.DE')}</SelectOption>
            </Select>
          </Field>
          <Field
            form={FORM}
            name="workPlace"
            label={t('form.fields.workPlace')}
            errors={errors.fields.workPlace}
          >
            <Textbox
              value={form.workPlace}
              onChange={text('workPlace')}
              autoComplete="address-level2"
            />
          </Field>
          <Field
            form={FORM}
            name="workPostcode"
            label={t('form.fields.workPostcode')}
            errors={errors.fields.workPostcode}
          >
            <Textbox
              value={form.workPostcode}
              onChange={text('workPostcode')}
              autoComplete="postal-code"
            />
          </Field>
        </div>

        <LanguagesField
          form={FORM}
          legend={t('form.fields.languages')}
          addLabel={t('form.addLanguage')}
          value={form.languages}
          onChange={(languages) => set('languages', languages)}
          newLanguage={form.country === 'DE' ? 'de' : 'nl'}
          errors={errors.fields.languages}
        />

        <Field
          form={FORM}
          name="minimumQualificationCode"
          label={t('form.fields.minimumQualification')}
          description={
            chosenQualification
              ? t('form.eqfShown', { eqf: chosenQualification.eqf })
              : t('form.qualificationHelp')
          }
          errors={errors.fields.minimumQualificationCode}
        >
          <QualificationSelect
            value={form.minimumQualificationCode}
            onChange={(code) => set('minimumQualificationCode', code)}
            emptyLabel={t('form.noMinimum')}
            include={asMinimum}
          />
        </Field>

        {form.country === 'NL' ? (
          <FieldGroup
            form={FORM}
            name="inclusive"
            legend={t('form.inclusiveTitle')}
            description={t('form.inclusiveHelp')}
          >
            {INCLUSIVE.map((key) => (
              <CheckboxField
                key={key}
                form={FORM}
                name={key}
                label={t(`form.fields.${key}`)}
                checked={form[key]}
                onChange={(checked) => set(key, checked)}
                errors={errors.fields[key]}
              />
            ))}
            {form.supervisionOffered ? (
              <Field
                form={FORM}
                name="supervision"
                label={t('form.fields.supervision')}
                errors={errors.fields.supervision}
              >
                <Textarea value={form.supervision} onChange={text('supervision')} rows={3} />
              </Field>
            ) : null}
          </FieldGroup>
        ) : (
          <Paragraph className="wt-meta">{t('form.germanNote')}</Paragraph>
        )}

        <div className="wt-actions">
          <Button
            type="submit"
            appearance="secondary-action-button"
            busy={save.isPending}
            disabled={!editable}
          >
            {saved && saved.status !== 'draft' ? t('form.saveChanges') : t('form.saveDraft')}
          </Button>
          {!saved || saved.status === 'draft' ? (
            <Button
              appearance="primary-action-button"
              busy={save.isPending}
              disabled={!editable}
              data-action="publish"
              onClick={() => submit(true)()}
            >
              {t('form.saveAndPublish')}
            </Button>
          ) : null}
        </div>
      </form>
    </>
  );
}
