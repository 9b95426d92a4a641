import {
  Button,
  Checkbox,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportReport, RowError, uploadErrors } from '../../api/adviser';
import { ApiError } from '../../api/client';
import { sessionStore } from '../../auth/session';
import { Field } from '../../components/Field';
import { AppLink } from '../../layout/links';
import { useStatus } from '../../layout/Status';
import '../../theme/pages.css';
import { usePageTitle } from '../usePageTitle';

const FORM = 'upload';

interface Outcome {
  report?: ImportReport;
  rows: RowError[];
  file: string[];
}

/** Sends the CSV as it is (text/csv): the registry reads and checks it, row by row. */
async function upload(csv: string, partial: boolean): Promise<ImportReport> {
  const session = sessionStore.get();
  const response = await fetch(`/api/registry/vacancies/bulk${partial ? '?partial=true' : ''}`, {
    method: 'POST',
    headers: {
      'content-type': 'text/csv',
      ...(session ? { authorization: `Bearer ${session.token}` } : {}),
    },
    body: csv,
  });
  const body = (await response.json().catch(() => ({}))) as { message?: unknown };
  if (!response.ok) {
    const m = body.message;
    throw new ApiError(
      response.status,
      Array.isArray(m) ? m.map(String) : typeof m === 'string' ? [m] : [],
    );
  }
  return body as ImportReport;
}

/** CSV bulk upload of vacancies with the refused rows and fields in a table. */
export function BulkUploadPage() {
  const { t } = useTranslation('adviserTools');
  usePageTitle(t('upload.title'));
  const queryClient = useQueryClient();
  const { announce } = useStatus();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState('');
  const [partial, setPartial] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const send = useMutation({
    mutationFn: () => upload(csv, partial),
    onSuccess: async (report) => {
      setOutcome({ report, rows: report.errors, file: [] });
      await queryClient.invalidateQueries({ queryKey: ['registry', 'vacancies'] });
      announce(t('upload.stored', { stored: report.created.length, count: report.rows }));
    },
    onError: (error) => {
      const messages = error instanceof ApiError ? error.messages : [t('common:errors.network')];
      const sorted = uploadErrors(messages);
      setOutcome(sorted);
      announce(t('upload.refused', { count: sorted.rows.length }));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };
  return (
    <>
      <Paragraph>
        <AppLink to="/adviser/vacancies">{t('upload.back')}</AppLink>
      </Paragraph>
      <Heading1>{t('upload.title')}</Heading1>
      <Paragraph>{t('upload.help')}</Paragraph>
      <Paragraph className="wt-meta">{t('upload.format')}</Paragraph>
      <form className="wt-form" onSubmit={submit} noValidate aria-label={t('upload.formLabel')}>
        <Field
          form={FORM}
          name="file"
          label={t('upload.file')}
          description={fileName ? t('upload.fileChosen', { name: fileName }) : undefined}
        >
          <input
            type="file"
            accept=".csv,text/csv"
            className="utrecht-textbox"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setFileName(file.name);
              void file.text().then(setCsv);
            }}
          />
        </Field>
        <Field form={FORM} name="csv" label={t('upload.text')} description={t('upload.textHelp')}>
          <Textarea
            value={csv}
            onChange={(e) => setCsv(e.target.value)}
            rows={8}
            spellCheck={false}
          />
        </Field>
        <div>
          <Checkbox
            id={`${FORM}-partial`}
            checked={partial}
            onChange={(e) => setPartial(e.target.checked)}
          />{' '}
          <FormLabel htmlFor={`${FORM}-partial`} type="checkbox">
            {t('upload.partial')}
          </FormLabel>
        </div>
        <div className="wt-actions">
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={send.isPending}
            disabled={!csv.trim()}
          >
            {t('upload.send')}
          </Button>
        </div>
      </form>

      {outcome ? (
        <section aria-labelledby="outcome-heading" data-testid="upload-outcome">
          <Heading2 id="outcome-heading">{t('upload.outcomeTitle')}</Heading2>
          {outcome.report ? (
            <Paragraph data-testid="upload-stored">
              {t('upload.stored', {
                stored: outcome.report.created.length,
                count: outcome.report.rows,
              })}
            </Paragraph>
          ) : null}
          {outcome.file.length > 0 ? (
            <div
              role="alert"
              className="utrecht-alert utrecht-alert--error"
              data-testid="upload-file-errors"
            >
              <ul>
                {outcome.file.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {outcome.rows.length > 0 ? (
            <div className="wt-table-wrap">
              <table className="wt-table" data-testid="upload-errors">
                <caption>{t('upload.errorsCaption', { count: outcome.rows.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('upload.columns.row')}</th>
                    <th scope="col">{t('upload.columns.field')}</th>
                    <th scope="col">{t('upload.columns.message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {outcome.rows.map((e, i) => (
                    <tr key={`${e.row}-${e.field}-${i}`}>
                      <td>{e.row}</td>
                      <td>
                        <code>{e.field}</code>
                      </td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
