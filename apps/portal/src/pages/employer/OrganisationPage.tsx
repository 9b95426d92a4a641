import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ok, registry } from '../../api/client';
import { components } from '../../api/registry';
import { ErrorSummary, Field } from '../../components/Field';
import { FormErrors, formErrors, NO_ERRORS } from '../../forms/errors';
import { AppButtonLink } from '../../layout/links';
import { Loading, LoadError } from '../../layout/States';
import { useStatus } from '../../layout/Status';
import { usePageTitle } from '../usePageTitle';

type CreateEmployer = components['schemas']['CreateEmployerDto'];
const FIELDS = [
  'name',
  'country',
  'kvkNumber',
  'foreignRegistration',
  'street',
  'postcode',
  'place',
  'contactName',
  'contactEmail',
  'contactPhone',
] as const;

/** The employer's organisation: registered once (the token names the organisation), then shown. */
export function OrganisationPage() {
  const { t } = useTranslation('employer');
  usePageTitle(t('organisation.title'));
  const own = useQuery({
    queryKey: ['registry', 'employers', 'own'],
    queryFn: () => ok(registry.GET('/employers', { params: { query: {} } })),
  });
  return (
    <>
      <Heading1>{t('organisation.title')}</Heading1>
      {own.isPending ? <Loading /> : null}
      {own.isError ? <LoadError error={own.error} /> : null}
      {own.data && own.data.items.length > 0 ? <Registered employer={own.data.items[0]} /> : null}
      {own.data && own.data.items.length === 0 ? <RegisterForm /> : null}
    </>
  );
}

function Registered({ employer }: { employer: components['schemas']['EmployerSummaryDto'] }) {
  const { t } = useTranslation('employer');
  return (
    <>
      <Paragraph>{t('organisation.registered')}</Paragraph>
      <DataList>
        <DataListItem>
          <DataListKey>{t('organisation.fields.name')}</DataListKey>
          <DataListValue value={employer.name}>{employer.name}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>
            {employer.country === 'NL'
              ? t('organisation.fields.kvkNumber')
              : t('organisation.fields.foreignRegistration')}
          </DataListKey>
          <DataListValue value={employer.kvkNumber ?? employer.foreignRegistration ?? ''}>
            {employer.kvkNumber ?? employer.foreignRegistration ?? '–'}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('organisation.fields.place')}</DataListKey>
          <DataListValue value={employer.place}>
            {[employer.street, employer.postcode, employer.place].filter(Boolean).join(', ')} (
            {employer.country})
          </DataListValue>
        </DataListItem>
      </DataList>
      <Paragraph>
        <AppButtonLink to="/employer/vacancies/new">{t('vacancies.new')}</AppButtonLink>
      </Paragraph>
    </>
  );
}

function RegisterForm() {
  const { t } = useTranslation('employer');
  const queryClient = useQueryClient();
  const { announce } = useStatus();
  const [form, setForm] = useState<CreateEmployer>({ name: '', country: 'NL', place: '' });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const set = (key: keyof CreateEmployer) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.target.value }));
  const register = useMutation({
    mutationFn: () => {
      const body: CreateEmployer = Object.fromEntries(
        Object.entries(form).filter(([, v]) => v !== '' && v !== undefined),
      ) as CreateEmployer;
      if (body.country === 'NL') delete body.foreignRegistration;
      else delete body.kvkNumber;
      return ok(registry.POST('/employers', { body }));
    },
    onSuccess: async () => {
      setErrors(NO_ERRORS);
      announce(t('organisation.saved'));
      await queryClient.invalidateQueries({ queryKey: ['registry', 'employers'] });
    },
    onError: (error) => setErrors(formErrors(error, FIELDS, t)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate();
  };
  const field = (name: (typeof FIELDS)[number], extra: { type?: string; autoComplete?: string } = {}) => (
    <Field form="employer" name={name} label={t(`organisation.fields.${name}`)} errors={errors.fields[name]}>
      <Textbox value={(form[name] as string | undefined) ?? ''} onChange={set(name)} {...extra} />
    </Field>
  );
  return (
    <form className="wt-form" onSubmit={submit} noValidate aria-labelledby="register-heading">
      <Heading2 id="register-heading">{t('organisation.registerTitle')}</Heading2>
      <Paragraph>{t('organisation.registerText')}</Paragraph>
      <ErrorSummary title={t('common:errors.summary')} messages={errors.general} />
      {field('name', { autoComplete: 'organization' })}
      <Field form="employer" name="country" label={t('organisation.fields.country')} errors={errors.fields.country}>
        <Select value={form.country} onChange={set('country')}>
          <SelectOption value="NL">{t('common:countries.NL')}</SelectOption>
          <SelectOption value="DE">{t('common:countries.DE')}</SelectOption>
        </Select>
      </Field>
      {form.country === 'NL' ? field('kvkNumber') : field('foreignRegistration')}
      {field('street', { autoComplete: 'address-line1' })}
      <div className="wt-row">
        {field('postcode', { autoComplete: 'postal-code' })}
        {field('place', { autoComplete: 'address-level2' })}
      </div>
      <Paragraph className="wt-meta">{t('organisation.contactNote')}</Paragraph>
      {field('contactName', { autoComplete: 'name' })}
      {field('contactEmail', { type: 'email', autoComplete: 'email' })}
      {field('contactPhone', { type: 'tel', autoComplete: 'tel' })}
      <div className="wt-actions">
        <Button type="submit" appearance="primary-action-button" busy={register.isPending}>
          {t('organisation.register')}
        </Button>
      </div>
    </form>
  );
}
