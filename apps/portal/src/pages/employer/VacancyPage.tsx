import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ok, registry } from '../../api/client';
import { useConceptLabels } from '../../api/taxonomy';
import {
  CandidateCard,
  candidateHandle,
  CandidatePage,
  matchLang,
  REJECT_REASONS,
  RejectReason,
} from '../../api/matches';
import { ErrorSummary, Field } from '../../components/Field';
import { ScoreBar } from '../../components/ScoreBar';
import { FormErrors, formErrors, NO_ERRORS } from '../../forms/errors';
import { AppButtonLink, AppLink } from '../../layout/links';
import { Empty, Loading, LoadError } from '../../layout/States';
import { useStatus } from '../../layout/Status';
import { usePageTitle } from '../usePageTitle';
import { Vacancy } from './vacancy-form';

/** An employer's vacancy: what it asks, its lifecycle (publish, close, fill) and its candidates. */
export function EmployerVacancyPage() {
  const { id } = useParams();
  const { t } = useTranslation('employer');
  const vacancy = useQuery({
    queryKey: ['registry', 'vacancy', id],
    queryFn: () => ok(registry.GET('/vacancies/{id}', { params: { path: { id: id! } } })),
  });
  usePageTitle(vacancy.data?.title ?? t('vacancy.title'));
  if (vacancy.isPending) return <Loading />;
  if (vacancy.isError) return <LoadError error={vacancy.error} />;
  return (
    <>
      <Paragraph>
        <AppLink to="/employer/vacancies">{t('vacancy.back')}</AppLink>
      </Paragraph>
      <Heading1>{vacancy.data.title}</Heading1>
      <Lifecycle vacancy={vacancy.data} />
      <Summary vacancy={vacancy.data} />
      <Candidates vacancy={vacancy.data} />
    </>
  );
}

function Lifecycle({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useTranslation('employer');
  const queryClient = useQueryClient();
  const { announce } = useStatus();
  const [error, setError] = useState<string[]>([]);
  const act = useMutation({
    mutationFn: (action: 'publish' | 'close' | 'fill') =>
      ok(registry.POST(`/vacancies/{id}/${action}`, { params: { path: { id: vacancy.id } } })),
    onSuccess: async (result, action) => {
      setError([]);
      queryClient.setQueryData(['registry', 'vacancy', vacancy.id], result);
      await queryClient.invalidateQueries({ queryKey: ['registry', 'vacancies'] });
      announce(t(`vacancy.done.${action}`));
    },
    onError: (e) => setError(formErrors(e, [], t).general),
  });
  const open = vacancy.status === 'draft' || vacancy.status === 'published';
  return (
    <section aria-label={t('vacancy.lifecycle')}>
      <Paragraph>
        {t('vacancy.status')}:{' '}
        <span className="wt-badge" data-testid="vacancy-status">
          {t(`common:vacancyStatus.${vacancy.status}`)}
        </span>
      </Paragraph>
      <ErrorSummary title={t('common:errors.summary')} messages={error} />
      {open ? (
        <div className="wt-actions">
          <AppButtonLink
            appearance="secondary-action-button"
            to={`/employer/vacancies/${vacancy.id}/edit`}
          >
            {t('vacancy.edit')}
          </AppButtonLink>
          {vacancy.status === 'draft' ? (
            <Button
              appearance="primary-action-button"
              busy={act.isPending}
              onClick={() => act.mutate('publish')}
            >
              {t('vacancy.publish')}
            </Button>
          ) : null}
          {vacancy.status === 'published' ? (
            <Button
              appearance="secondary-action-button"
              busy={act.isPending}
              onClick={() => act.mutate('fill')}
            >
              {t('vacancy.fill')}
            </Button>
          ) : null}
          <Button
            appearance="subtle-button"
            busy={act.isPending}
            onClick={() => act.mutate('close')}
          >
            {t('vacancy.close')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

function Summary({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useTranslation('employer');
  const labels = useConceptLabels([...vacancy.requiredSkills, ...vacancy.optionalSkills]);
  const skills = (uris: string[]) =>
    uris
      .map((uri) => labels.labelOf(uri) ?? (labels.waiting ? '…' : t('form.skillUnknown')))
      .join(', ') || '–';
  const { hoursMin: min, hoursMax: max } = vacancy;
  const hours =
    min !== null && max !== null
      ? t('vacancy.hours', { min, max })
      : min !== null
        ? t('vacancy.hoursFrom', { min })
        : max !== null
          ? t('vacancy.hoursUpTo', { max })
          : '–';
  const rows: Array<[string, string]> = [
    [t('form.fields.occupation'), vacancy.occupationLabel ?? '–'],
    [t('form.fields.requiredSkills'), skills(vacancy.requiredSkills)],
    [t('form.fields.optionalSkills'), skills(vacancy.optionalSkills)],
    [
      t('form.fields.workPlace'),
      `${vacancy.locationLabel ?? vacancy.workPlace ?? '–'} (${vacancy.country})`,
    ],
    [t('vacancy.hoursLabel'), hours],
    [t('form.fields.positions'), String(vacancy.positions)],
    [
      t('form.fields.minimumQualification'),
      vacancy.minimumEqf !== null
        ? t('vacancy.eqf', {
            code: vacancy.minimumQualificationCode ?? '',
            eqf: vacancy.minimumEqf,
          })
        : '–',
    ],
    [
      t('form.fields.languages'),
      vacancy.languages
        .map(
          (l) => `${t(`common:languages.${l.language}`, { defaultValue: l.language })} ${l.level}`,
        )
        .join(', ') || '–',
    ],
    [t('form.fields.closingDate'), vacancy.closingDate ?? '–'],
  ];
  return (
    <section aria-labelledby="summary-heading">
      <Heading2 id="summary-heading">{t('vacancy.summary')}</Heading2>
      <DataList>
        {rows.map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{key}</DataListKey>
            <DataListValue value={value}>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
    </section>
  );
}

function Candidates({ vacancy }: { vacancy: Vacancy }) {
  const { t, i18n } = useTranslation('employer');
  const candidates = useQuery({
    queryKey: ['registry', 'vacancy', vacancy.id, 'candidates', i18n.language],
    // The vacancy's employer gets candidate cards, never the full list.
    queryFn: async () =>
      (await ok(
        registry.GET('/vacancies/{id}/matches', {
          params: {
            path: { id: vacancy.id },
            query: { lang: matchLang(i18n.language) },
          },
        }),
      )) as CandidatePage,
    enabled: vacancy.status === 'published',
  });
  return (
    <section aria-labelledby="candidates-heading">
      <Heading2 id="candidates-heading">{t('candidates.title')}</Heading2>
      <Paragraph className="wt-meta">{t('candidates.anonymous')}</Paragraph>
      {vacancy.status !== 'published' ? (
        <Empty>{t(`candidates.notOpen.${vacancy.status}`)}</Empty>
      ) : null}
      {candidates.isPending && vacancy.status === 'published' ? <Loading /> : null}
      {candidates.isError ? <LoadError error={candidates.error} /> : null}
      {candidates.data && candidates.data.items.length === 0 ? (
        <Empty>{t('candidates.empty')}</Empty>
      ) : null}
      {candidates.data && candidates.data.items.length > 0 ? (
        <ul className="wt-cards">
          {candidates.data.items.map((card) => (
            <li
              key={card.candidateId}
              className="wt-card"
              data-testid="candidate-card"
              data-candidate={card.candidateId}
            >
              <CandidateCardView vacancyId={vacancy.id} card={card} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function CandidateCardView({ vacancyId, card }: { vacancyId: string; card: CandidateCard }) {
  const { t } = useTranslation('employer');
  const handle = candidateHandle(card.candidateId);
  const stepText =
    card.status === 'proposed'
      ? card.introductionRequested
        ? t('candidates.step.requested')
        : t('candidates.step.proposed')
      : t(`candidates.step.${card.status}`);
  return (
    <article aria-labelledby={`cand-${card.candidateId}`}>
      <Heading3 id={`cand-${card.candidateId}`}>{t('candidates.handle', { handle })}</Heading3>
      <ScoreBar score={card.score} />
      <Paragraph>
        <span className="wt-badge">{stepText}</span>
      </Paragraph>
      <DataList>
        <DataListItem>
          <DataListKey>{t('candidates.wants')}</DataListKey>
          <DataListValue>
            {card.occupationsWanted.map((o) => o.label).join(', ') || '–'}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('candidates.matchedSkills')}</DataListKey>
          <DataListValue>{card.matchedSkills.map((s) => s.label).join(', ') || '–'}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('candidates.missingSkills')}</DataListKey>
          <DataListValue>
            {card.missingEssentialSkills.map((s) => s.label).join(', ') || '–'}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('candidates.level')}</DataListKey>
          <DataListValue>
            {card.educationEqf !== null ? t('candidates.eqf', { eqf: card.educationEqf }) : '–'}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('candidates.distance')}</DataListKey>
          <DataListValue>{card.distanceBand ?? '–'}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('candidates.hours')}</DataListKey>
          <DataListValue>
            {card.hoursPerWeek
              ? t('vacancy.hours', { min: card.hoursPerWeek.min, max: card.hoursPerWeek.max })
              : '–'}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('candidates.availability')}</DataListKey>
          <DataListValue>
            {card.availableNow
              ? t('candidates.availableNow')
              : t('candidates.availableFrom', { date: card.availableFrom ?? '?' })}
          </DataListValue>
        </DataListItem>
      </DataList>
      {card.status === 'proposed' && !card.introductionRequested ? (
        <ProposedActions vacancyId={vacancyId} card={card} />
      ) : null}
      {card.status === 'introduced' ? (
        <IntroducedActions vacancyId={vacancyId} card={card} />
      ) : null}
    </article>
  );
}

function useRefreshCandidates(vacancyId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['registry', 'vacancy', vacancyId] });
}

function ProposedActions({ vacancyId, card }: { vacancyId: string; card: CandidateCard }) {
  const { t } = useTranslation('employer');
  const { announce } = useStatus();
  const refresh = useRefreshCandidates(vacancyId);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<RejectReason | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const handle = candidateHandle(card.candidateId);
  const path = { id: vacancyId, seekerId: card.candidateId };
  const ask = useMutation({
    mutationFn: () =>
      ok(
        registry.POST('/vacancies/{id}/matches/{seekerId}/introduction-request', {
          params: { path },
          body: {},
        }),
      ),
    onSuccess: async () => {
      announce(t('candidates.done.requested', { handle }));
      await refresh();
    },
    onError: (e) => setErrors(formErrors(e, [], t)),
  });
  const decline = useMutation({
    mutationFn: () =>
      ok(
        registry.POST('/vacancies/{id}/matches/{seekerId}/reject', {
          params: { path },
          body: { reason: reason as RejectReason, ...(note.trim() ? { note: note.trim() } : {}) },
        }),
      ),
    onSuccess: async () => {
      announce(t('candidates.done.declined', { handle }));
      await refresh();
    },
    onError: (e) => setErrors(formErrors(e, ['reason', 'note'], t)),
  });
  const form = `decline-${card.candidateId}`;
  return (
    <>
      <ErrorSummary title={t('common:errors.summary')} messages={errors.general} />
      <div className="wt-actions">
        <Button
          appearance="primary-action-button"
          busy={ask.isPending}
          onClick={() => ask.mutate()}
        >
          {t('candidates.askIntroduction')}
        </Button>
        <Button
          appearance="secondary-action-button"
          aria-expanded={declining}
          onClick={() => setDeclining((d) => !d)}
        >
          {t('candidates.decline')}
        </Button>
      </div>
      {declining ? (
        <form
          className="wt-form"
          noValidate
          aria-label={t('candidates.declineForm', { handle })}
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            decline.mutate();
          }}
        >
          <Field
            form={form}
            name="reason"
            label={t('candidates.reason')}
            errors={errors.fields.reason}
          >
            <Select value={reason} onChange={(e) => setReason(e.target.value as RejectReason)}>
              <SelectOption value="">{t('candidates.chooseReason')}</SelectOption>
              {REJECT_REASONS.map((r) => (
                <SelectOption key={r} value={r}>
                  {t(`common:rejectReasons.${r}`)}
                </SelectOption>
              ))}
            </Select>
          </Field>
          <Field form={form} name="note" label={t('candidates.note')} errors={errors.fields.note}>
            <Textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
          </Field>
          <div className="wt-actions">
            <Button type="submit" appearance="primary-action-button" busy={decline.isPending}>
              {t('candidates.confirmDecline')}
            </Button>
          </div>
        </form>
      ) : null}
    </>
  );
}

function IntroducedActions({ vacancyId, card }: { vacancyId: string; card: CandidateCard }) {
  const { t } = useTranslation('employer');
  const { announce } = useStatus();
  const refresh = useRefreshCandidates(vacancyId);
  const handle = candidateHandle(card.candidateId);
  const path = { id: vacancyId, seekerId: card.candidateId };
  const [showContact, setShowContact] = useState(false);
  const contact = useQuery({
    queryKey: ['registry', 'contact', vacancyId, card.candidateId],
    queryFn: () =>
      ok(registry.GET('/vacancies/{id}/matches/{seekerId}/contact', { params: { path } })),
    enabled: showContact,
    staleTime: 0,
    gcTime: 0,
  });
  const [hire, setHire] = useState({ startDate: '', hoursPerWeek: '', contractType: '' });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const record = useMutation({
    mutationFn: () =>
      ok(
        registry.POST('/vacancies/{id}/matches/{seekerId}/hire', {
          params: { path },
          body: {
            startDate: hire.startDate,
            hoursPerWeek: (/^\d+([.,]\d+)?$/.test(hire.hoursPerWeek)
              ? Number(hire.hoursPerWeek.replace(',', '.'))
              : hire.hoursPerWeek) as number,
            contractType: (hire.contractType || undefined) as 'permanent',
          },
        }),
      ),
    onSuccess: async () => {
      setErrors(NO_ERRORS);
      announce(t('candidates.done.hired', { handle }));
      await refresh();
    },
    onError: (e) => setErrors(formErrors(e, ['startDate', 'hoursPerWeek', 'contractType'], t)),
  });
  const form = `hire-${card.candidateId}`;
  return (
    <>
      <section aria-label={t('candidates.contactTitle', { handle })}>
        {!showContact ? (
          <Button appearance="secondary-action-button" onClick={() => setShowContact(true)}>
            {t('candidates.showContact')}
          </Button>
        ) : null}
        {contact.isPending && showContact ? <Loading /> : null}
        {contact.isError ? <LoadError error={contact.error} /> : null}
        {contact.data ? (
          <DataList data-testid="contact-details">
            <DataListItem>
              <DataListKey>{t('candidates.contactName')}</DataListKey>
              <DataListValue>{`${contact.data.givenName} ${contact.data.familyName}`}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('candidates.contactEmail')}</DataListKey>
              <DataListValue>{contact.data.email ?? '–'}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('candidates.contactPhone')}</DataListKey>
              <DataListValue>{contact.data.phone ?? '–'}</DataListValue>
            </DataListItem>
          </DataList>
        ) : null}
      </section>
      <form
        className="wt-form"
        noValidate
        aria-label={t('candidates.hireForm', { handle })}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          record.mutate();
        }}
      >
        <Heading3>{t('candidates.hireTitle')}</Heading3>
        <ErrorSummary title={t('common:errors.summary')} messages={errors.general} />
        <Field
          form={form}
          name="startDate"
          label={t('candidates.startDate')}
          errors={errors.fields.startDate}
        >
          <Textbox
            type="date"
            value={hire.startDate}
            onChange={(e) => setHire((h) => ({ ...h, startDate: e.target.value }))}
          />
        </Field>
        <Field
          form={form}
          name="hoursPerWeek"
          label={t('candidates.hoursPerWeek')}
          errors={errors.fields.hoursPerWeek}
        >
          <Textbox
            inputMode="numeric"
            value={hire.hoursPerWeek}
            onChange={(e) => setHire((h) => ({ ...h, hoursPerWeek: e.target.value }))}
          />
        </Field>
        <Field
          form={form}
          name="contractType"
          label={t('candidates.contractType')}
          errors={errors.fields.contractType}
        >
          <Select
            value={hire.contractType}
            onChange={(e) => setHire((h) => ({ ...h, contractType: e.target.value }))}
          >
            <SelectOption value="">{t('candidates.chooseContract')}</SelectOption>
            {(
              ['permanent', 'fixed-term', 'temporary-agency', 'apprenticeship', 'other'] as const
            ).map((c) => (
              <SelectOption key={c} value={c}>
                {t(`common:contractTypes.${c}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <div className="wt-actions">
          <Button type="submit" appearance="primary-action-button" busy={record.isPending}>
            {t('candidates.recordHire')}
          </Button>
        </div>
      </form>
    </>
  );
}
