import {
  Button,
  Checkbox,
  FormLabel,
  Heading1,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ok, registry } from '../../api/client';
import { searchOccupations } from '../../api/taxonomy';
import { Field } from '../../components/Field';
import { Typeahead } from '../../components/Typeahead';
import { formErrors } from '../../forms/errors';
import { AppButtonLink, AppLink } from '../../layout/links';
import { Empty, Loading } from '../../layout/States';
import '../../theme/pages.css';
import { usePageTitle } from '../usePageTitle';

const FORM = 'search';
const FLAGS = ['banenafspraak', 'schoolLeavers', 'learningWorking'] as const;
const PAGE_SIZE = 25;
const FILTER_FIELDS = ['q', 'occupation', 'country', 'near', 'nearCountry', 'radiusKm', ...FLAGS];

/**
 * The region's vacancies with filters (text, occupation, country, radius around a place,
 * banenafspraak, school leavers, learning-working). The filters live in the address, so a search
 * can be bookmarked and the back button returns to it.
 */
export function VacancySearchPage() {
  const { t, i18n } = useTranslation('adviserTools');
  usePageTitle(t('search.title'));
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState(() =>
    Object.fromEntries(FILTER_FIELDS.map((f) => [f, params.get(f) ?? ''])),
  );
  const [occupationLabel, setOccupationLabel] = useState(params.get('occupationLabel') ?? '');
  const page = Number(params.get('page') ?? '1') || 1;
  const set = (key: string, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const query = {
    page,
    pageSize: PAGE_SIZE,
    status: 'published' as const,
    ...(params.get('q') ? { q: params.get('q')! } : {}),
    ...(params.get('occupation') ? { occupation: params.get('occupation')! } : {}),
    ...(params.get('country') ? { country: params.get('country') as 'NL' | 'DE' } : {}),
    ...(params.get('near')
      ? {
          near: params.get('near')!,
          nearCountry: (params.get('nearCountry') || 'NL') as 'NL' | 'DE',
        }
      : {}),
    ...(params.get('near') && params.get('radiusKm')
      ? { radiusKm: Number(params.get('radiusKm')) }
      : {}),
    ...Object.fromEntries(FLAGS.filter((f) => params.get(f) === 'true').map((f) => [f, true])),
  };
  const vacancies = useQuery({
    queryKey: ['registry', 'vacancies', 'search', query],
    queryFn: () => ok(registry.GET('/vacancies', { params: { query } })),
  });
  const errors = vacancies.isError
    ? formErrors(vacancies.error, FILTER_FIELDS, t)
    : { fields: {}, general: [] };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(draft)) if (value) next.set(key, value);
    if (draft.occupation && occupationLabel) next.set('occupationLabel', occupationLabel);
    setParams(next);
  };
  const goToPage = (n: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(n));
    setParams(next);
  };
  const total = vacancies.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <>
      <Heading1>{t('search.title')}</Heading1>
      <div className="wt-actions">
        <AppButtonLink appearance="secondary-action-button" to="/adviser/vacancies/upload">
          {t('search.upload')}
        </AppButtonLink>
        <AppButtonLink appearance="secondary-action-button" to="/adviser/occupation-review">
          {t('search.review')}
        </AppButtonLink>
      </div>
      <form
        role="search"
        aria-label={t('search.formLabel')}
        onSubmit={submit}
        noValidate
        className="wt-card"
      >
        <div className="wt-filters">
          <Field form={FORM} name="q" label={t('search.fields.q')} errors={errors.fields.q}>
            <Textbox type="search" value={draft.q} onChange={(e) => set('q', e.target.value)} />
          </Field>
          <Field
            form={FORM}
            name="occupation"
            label={t('search.fields.occupation')}
            description={
              draft.occupation
                ? t('search.occupationChosen', { label: occupationLabel })
                : undefined
            }
            errors={errors.fields.occupation}
            extra={
              draft.occupation ? (
                <Button
                  appearance="subtle-button"
                  onClick={() => {
                    set('occupation', '');
                    setOccupationLabel('');
                  }}
                >
                  {t('search.clearOccupation')}
                </Button>
              ) : null
            }
          >
            <Typeahead
              label={t('search.fields.occupation')}
              initialText={occupationLabel}
              search={(q) => searchOccupations(q, i18n.language)}
              onSelect={(o) => {
                set('occupation', o.value);
                setOccupationLabel(o.label);
              }}
            />
          </Field>
          <Field
            form={FORM}
            name="country"
            label={t('search.fields.country')}
            errors={errors.fields.country}
          >
            <Select value={draft.country} onChange={(e) => set('country', e.target.value)}>
              <SelectOption value="">{t('search.anyCountry')}</SelectOption>
              <SelectOption value="NL">{t('countries.NL')}</SelectOption>
              <SelectOption value="DE">{t('countries.DE')}</SelectOption>
            </Select>
          </Field>
          <Field
            form={FORM}
            name="near"
            label={t('search.fields.near')}
            description={t('search.nearHelp')}
            errors={errors.fields.near}
          >
            <Textbox value={draft.near} onChange={(e) => set('near', e.target.value)} />
          </Field>
          <Field
            form={FORM}
            name="nearCountry"
            label={t('search.fields.nearCountry')}
            errors={errors.fields.nearCountry}
          >
            <Select
              value={draft.nearCountry || 'NL'}
              onChange={(e) => set('nearCountry', e.target.value)}
            >
              <SelectOption value="NL">{t('countries.NL')}</SelectOption>
              <SelectOption value="DE">{t('countries.DE')}</SelectOption>
            </Select>
          </Field>
          <Field
            form={FORM}
            name="radiusKm"
            label={t('search.fields.radiusKm')}
            errors={errors.fields.radiusKm}
          >
            <Textbox
              inputMode="numeric"
              value={draft.radiusKm}
              onChange={(e) => set('radiusKm', e.target.value)}
            />
          </Field>
        </div>
        <div className="wt-checks">
          {FLAGS.map((flag) => (
            <span key={flag}>
              <Checkbox
                id={`${FORM}-${flag}`}
                checked={draft[flag] === 'true'}
                onChange={(e) => set(flag, e.target.checked ? 'true' : '')}
              />{' '}
              <FormLabel htmlFor={`${FORM}-${flag}`} type="checkbox">
                {t(`search.fields.${flag}`)}
              </FormLabel>
            </span>
          ))}
        </div>
        <div className="wt-actions">
          <Button type="submit" appearance="primary-action-button">
            {t('search.submit')}
          </Button>
        </div>
      </form>

      {errors.general.length > 0 ? (
        <div role="alert" className="utrecht-alert utrecht-alert--error">
          {errors.general.join(' ')}
        </div>
      ) : null}
      {vacancies.isPending ? <Loading /> : null}
      <Paragraph role="status" aria-live="polite" data-testid="result-count">
        {vacancies.data ? t('search.count', { count: total }) : ''}
      </Paragraph>
      {vacancies.data && vacancies.data.items.length === 0 ? (
        <Empty>{t('search.empty')}</Empty>
      ) : null}
      {vacancies.data && vacancies.data.items.length > 0 ? (
        <div className="wt-table-wrap">
          <table className="wt-table" data-testid="vacancy-results">
            <caption className="wt-visually-hidden">
              {t('search.caption', { count: total })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('search.columns.title')}</th>
                <th scope="col">{t('search.columns.employer')}</th>
                <th scope="col">{t('search.columns.place')}</th>
                <th scope="col">{t('search.columns.marks')}</th>
                <th scope="col">{t('search.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {vacancies.data.items.map((v) => (
                <tr key={v.id}>
                  <td>
                    <AppLink to={`/adviser/vacancies/${v.id}`}>{v.title}</AppLink>
                    {v.occupationLabel ? <div className="wt-meta">{v.occupationLabel}</div> : null}
                  </td>
                  <td>{v.employer.name}</td>
                  <td>
                    {v.locationLabel ?? v.workPlace ?? '–'} ({v.country})
                    {v.distanceKm !== undefined ? (
                      <div className="wt-meta">
                        {t('search.distance', { km: Math.round(v.distanceKm) })}
                      </div>
                    ) : null}
                  </td>
                  <td>
                    {[
                      v.banenafspraakSuitable || v.banenafspraakReserved
                        ? t('search.marks.banenafspraak')
                        : null,
                      v.openToSchoolLeavers ? t('search.marks.schoolLeavers') : null,
                      v.learningWorking ? t('search.marks.learningWorking') : null,
                      v.occupationReview === 'needed' ? t('search.marks.review') : null,
                    ]
                      .filter(Boolean)
                      .join(', ') || '–'}
                  </td>
                  <td>
                    <AppLink
                      to={`/adviser/vacancies/${v.id}/candidate`}
                      aria-label={t('search.checkCandidateFor', { title: v.title })}
                    >
                      {t('search.checkCandidate')}
                    </AppLink>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {pages > 1 ? (
        <nav aria-label={t('search.pages')} className="wt-actions">
          <Button
            appearance="secondary-action-button"
            disabled={page <= 1}
            onClick={() => goToPage(page - 1)}
          >
            {t('search.previous')}
          </Button>
          <span>{t('search.pageOf', { page, pages })}</span>
          <Button
            appearance="secondary-action-button"
            disabled={page >= pages}
            onClick={() => goToPage(page + 1)}
          >
            {t('search.next')}
          </Button>
        </nav>
      ) : null}
    </>
  );
}
