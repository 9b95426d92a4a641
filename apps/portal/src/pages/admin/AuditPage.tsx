import {
  Button,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AUDIT_OBJECT_TYPES } from '../../api/admin';
import { ok, profiles } from '../../api/client';
import { Field } from '../../components/Field';
import { Empty, Loading, LoadError } from '../../layout/States';
import '../../theme/pages.css';
import { usePageTitle } from '../usePageTitle';

const PAGE_SIZE = 20;

/** Who viewed a profile (or another object) and what a user viewed: the audit trail, newest first. */
export function AuditPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('audit.title'));
  const [params, setParams] = useSearchParams();
  const mode = params.get('subject') ? 'actor' : params.get('id') ? 'object' : null;
  const page = Number(params.get('page') ?? '1') || 1;
  const query = { page, pageSize: PAGE_SIZE };
  const events = useQuery({
    queryKey: [
      'profiles',
      'audit',
      mode,
      params.get('subject'),
      params.get('type'),
      params.get('id'),
      page,
    ],
    queryFn: () =>
      mode === 'actor'
        ? ok(
            profiles.GET('/admin/audit/actors/{subject}', {
              params: { path: { subject: params.get('subject')! }, query },
            }),
          )
        : ok(
            profiles.GET('/admin/audit/objects/{type}/{id}', {
              params: {
                path: { type: params.get('type') ?? 'job-seeker', id: params.get('id')! },
                query,
              },
            }),
          ),
    enabled: mode !== null,
  });
  const [type, setType] = useState(params.get('type') ?? 'job-seeker');
  const [id, setId] = useState(params.get('id') ?? '');
  const [subject, setSubject] = useState(params.get('subject') ?? '');
  const searchObject = (e: FormEvent) => {
    e.preventDefault();
    if (id.trim()) setParams({ type, id: id.trim() });
  };
  const searchActor = (e: FormEvent) => {
    e.preventDefault();
    if (subject.trim()) setParams({ subject: subject.trim() });
  };
  const goTo = (n: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(n));
    setParams(next);
  };
  const total = events.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      <Heading1>{t('audit.title')}</Heading1>
      <Paragraph>{t('audit.help')}</Paragraph>
      <div className="wt-tiles">
        <form
          className="wt-card wt-form"
          onSubmit={searchObject}
          noValidate
          aria-labelledby="by-object-heading"
        >
          <Heading2 id="by-object-heading">{t('audit.byObject')}</Heading2>
          <Field form="audit" name="type" label={t('audit.type')}>
            <Select value={type} onChange={(e) => setType(e.target.value)}>
              {AUDIT_OBJECT_TYPES.map((ty) => (
                <SelectOption key={ty} value={ty}>
                  {t(`audit.types.${ty}`)}
                </SelectOption>
              ))}
            </Select>
          </Field>
          <Field form="audit" name="id" label={t('audit.id')} description={t('audit.idHelp')}>
            <Textbox
              value={id}
              onChange={(e) => setId(e.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
          <div className="wt-actions">
            <Button type="submit" appearance="primary-action-button">
              {t('audit.showObject')}
            </Button>
          </div>
        </form>
        <form
          className="wt-card wt-form"
          onSubmit={searchActor}
          noValidate
          aria-labelledby="by-actor-heading"
        >
          <Heading2 id="by-actor-heading">{t('audit.byActor')}</Heading2>
          <Field
            form="audit"
            name="subject"
            label={t('audit.subject')}
            description={t('audit.subjectHelp')}
          >
            <Textbox
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
          <div className="wt-actions">
            <Button type="submit" appearance="primary-action-button">
              {t('audit.showActor')}
            </Button>
          </div>
        </form>
      </div>

      {mode ? (
        <section aria-labelledby="events-heading">
          <Heading2 id="events-heading">
            {mode === 'actor'
              ? t('audit.actorResult', { subject: params.get('subject') })
              : t('audit.objectResult', {
                  type: params.get('type') ?? 'job-seeker',
                  id: params.get('id'),
                })}
          </Heading2>
          {events.isPending ? <Loading /> : null}
          {events.isError ? <LoadError error={events.error} /> : null}
          <Paragraph role="status" aria-live="polite" data-testid="audit-count">
            {events.data ? t('audit.count', { count: total }) : ''}
          </Paragraph>
          {events.data && events.data.items.length === 0 ? <Empty>{t('audit.empty')}</Empty> : null}
          {events.data && events.data.items.length > 0 ? (
            <div className="wt-table-wrap">
              <table className="wt-table" data-testid="audit-table">
                <caption className="wt-visually-hidden">{t('audit.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.columns.when')}</th>
                    <th scope="col">{t('audit.columns.who')}</th>
                    <th scope="col">{t('audit.columns.action')}</th>
                    <th scope="col">{t('audit.columns.object')}</th>
                    <th scope="col">{t('audit.columns.result')}</th>
                    <th scope="col">{t('audit.columns.origin')}</th>
                  </tr>
                </thead>
                <tbody>
                  {events.data.items.map((e) => (
                    <tr key={e.seq}>
                      <td>{new Date(e.occurredAt).toLocaleString()}</td>
                      <td>
                        {e.actorSubject}
                        <div className="wt-meta">{e.actorRole}</div>
                      </td>
                      <td>{e.action}</td>
                      <td>
                        {e.objectType}
                        <div className="wt-meta">{e.objectId}</div>
                      </td>
                      <td>
                        <span
                          className={
                            e.result === 'denied' ? 'wt-badge wt-badge--accent' : 'wt-badge'
                          }
                        >
                          {t(`audit.results.${e.result}`)}
                        </span>
                      </td>
                      <td>
                        {e.origin ?? '–'}
                        <div className="wt-meta">
                          {e.app}
                          {e.clientIp ? ` · ${e.clientIp}` : ''}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {pages > 1 ? (
            <nav aria-label={t('audit.pages')} className="wt-actions">
              <Button
                appearance="secondary-action-button"
                disabled={page <= 1}
                onClick={() => goTo(page - 1)}
              >
                {t('audit.previous')}
              </Button>
              <span>{t('audit.pageOf', { page, pages })}</span>
              <Button
                appearance="secondary-action-button"
                disabled={page >= pages}
                onClick={() => goTo(page + 1)}
              >
                {t('audit.next')}
              </Button>
            </nav>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
