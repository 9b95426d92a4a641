import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ok, registry } from '../../api/client';
import {
  qualifications,
  rememberLabel,
  searchOccupations,
  searchSkills,
  useConceptLabels,
} from '../../api/taxonomy';
import { ErrorSummary, Field } from '../../components/Field';
import { Typeahead } from '../../components/Typeahead';
import { errorId, FormErrors, formErrors, NO_ERRORS } from '../../forms/errors';
import { Loading, LoadError } from '../../layout/States';
import { useStatus } from '../../layout/Status';
import { usePageTitle } from '../usePageTitle';
import {
  bodyOf,
  CEFR_LEVELS,
  Concept,
  CONTRACT_TYPES,
  emptyForm,
  formFromVacancy,
  skillUrisOfVacancy,
  Vacancy,
  VACANCY_FIELDS,
  VacancyFormState,
  WORK_LANGUAGES,
} from './vacancy-form';

const FORM = 'vacancy';

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
  const quals = useQuery({
    queryKey: ['portal', 'qualifications'],
    queryFn: qualifications,
    staleTime: Infinity,
  });
  const set = <K extends keyof VacancyFormState>(key: K, value: VacancyFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const text = (key: keyof VacancyFormState) => (event: { target: { value: string } }) =>
    set(key, event.target.value as never);
  const editable = !saved || saved.status === 'draft' || saved.status === 'published';

  const save = useMutation({
    mutationFn: async (publish: boolean): Promise<Vacancy> => {
      const body = bodyOf(form);
      if (!saved) {
        return ok(registry.POST('/vacancies', { body: { ...body, publish } }));
      }
      const { country: _c, ...update } = body;
      const patched = await ok(
        registry.PATCH('/vacancies/{id}', {
          params: { path: { id: saved.id } },
          body: saved.status === 'draft' ? { ...update, country: body.country } : update,
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
      // Focus moves to the first field the API named, or to the summary.
      window.setTimeout(() => {
        const first = VACANCY_FIELDS.find((f) => sorted.fields[f]);
        const target = first
          ? document
              .getElementById(errorId(FORM, first))
              ?.parentElement?.querySelector<HTMLElement>('input, select, textarea')
          : document.querySelector<HTMLElement>('[data-testid="form-errors"]');
        target?.focus();
      }, 0);
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

  const qualificationOptions = useMemo(
    () => (quals.data ?? []).filter((q) => q.eqf > 0 || q.code.endsWith('ENTRY')),
    [quals.data],
  );
  const chosenQualification = quals.data?.find((q) => q.code === form.minimumQualificationCode);
  const lang = (i18n.language === 'de' || i18n.language === 'en' ? i18n.language : 'nl') as
    'nl' | 'de' | 'en';

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

        <Fieldset
          aria-describedby={errors.fields.languages ? errorId(FORM, 'languages') : undefined}
        >
          <FieldsetLegend>{t('form.fields.languages')}</FieldsetLegend>
          {errors.fields.languages ? (
            <p
              className="wt-error"
              id={errorId(FORM, 'languages')}
              role="alert"
              data-field-error="languages"
            >
              {errors.fields.languages.join(' ')}
            </p>
          ) : null}
          {form.languages.map((entry, index) => (
            <div className="wt-row" key={index}>
              <div>
                <FormLabel htmlFor={`${FORM}-language-${index}`}>
                  {t('form.workLanguage', { n: index + 1 })}
                </FormLabel>
                <Select
                  id={`${FORM}-language-${index}`}
                  value={entry.language}
                  onChange={(e) =>
                    set(
                      'languages',
                      form.languages.map((l, i) =>
                        i === index ? { ...l, language: e.target.value } : l,
                      ),
                    )
                  }
                >
                  {WORK_LANGUAGES.map((l) => (
                    <SelectOption key={l} value={l}>
                      {t(`common:languages.${l}`)}
                    </SelectOption>
                  ))}
                </Select>
              </div>
              <div>
                <FormLabel htmlFor={`${FORM}-level-${index}`}>
                  {t('form.cefrLevel', { n: index + 1 })}
                </FormLabel>
                <Select
                  id={`${FORM}-level-${index}`}
                  value={entry.level}
                  onChange={(e) =>
                    set(
                      'languages',
                      form.languages.map((l, i) =>
                        i === index ? { ...l, level: e.target.value as typeof l.level } : l,
                      ),
                    )
                  }
                >
                  {CEFR_LEVELS.map((level) => (
                    <SelectOption key={level} value={level}>
                      {t(`common:cefr.${level}`)}
                    </SelectOption>
                  ))}
                </Select>
              </div>
              <div>
                <Button
                  appearance="subtle-button"
                  onClick={() =>
                    set(
                      'languages',
                      form.languages.filter((_, i) => i !== index),
                    )
                  }
                >
                  {t('form.removeLanguage', { n: index + 1 })}
                </Button>
              </div>
            </div>
          ))}
          <Button
            appearance="secondary-action-button"
            data-action="add-language"
            onClick={() =>
              set('languages', [
                ...form.languages,
                { language: form.country === 'DE' ? 'de' : 'nl', level: 'B1' },
              ])
            }
          >
            {t('form.addLanguage')}
          </Button>
        </Fieldset>

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
          <Select value={form.minimumQualificationCode} onChange={text('minimumQualificationCode')}>
            <SelectOption value="">{t('form.noMinimum')}</SelectOption>
            {(['NL', 'DE'] as const).map((country) => (
              <optgroup key={country} label={t(`form.framework.${country}`)}>
                {qualificationOptions
                  .filter((q) => q.country === country)
                  .map((q) => (
                    <SelectOption key={q.code} value={q.code}>
                      {t('form.qualificationOption', { name: q.names[lang], eqf: q.eqf })}
                    </SelectOption>
                  ))}
              </optgroup>
            ))}
          </Select>
        </Field>

        {form.country === 'NL' ? (
          <Fieldset>
            <FieldsetLegend>{t('form.inclusiveTitle')}</FieldsetLegend>
            <Paragraph className="wt-meta">{t('form.inclusiveHelp')}</Paragraph>
            {(
              [
                'banenafspraakSuitable',
                'banenafspraakReserved',
                'jobcarving',
                'supervisionOffered',
                'openToSchoolLeavers',
              ] as const
            ).map((key) => (
              <div key={key} className={errors.fields[key] ? 'wt-field--invalid' : undefined}>
                <Checkbox
                  id={`${FORM}-${key}`}
                  checked={form[key]}
                  onChange={(e) => set(key, e.target.checked)}
                  aria-describedby={errors.fields[key] ? errorId(FORM, key) : undefined}
                />{' '}
                <FormLabel htmlFor={`${FORM}-${key}`} type="checkbox">
                  {t(`form.fields.${key}`)}
                </FormLabel>
                {errors.fields[key] ? (
                  <p
                    className="wt-error"
                    id={errorId(FORM, key)}
                    role="alert"
                    data-field-error={key}
                  >
                    {errors.fields[key].join(' ')}
                  </p>
                ) : null}
              </div>
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
          </Fieldset>
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
