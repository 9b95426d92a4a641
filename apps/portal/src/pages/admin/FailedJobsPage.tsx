import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ok, profiles } from '../../api/client';
import { usePortalConfig } from '../../auth/AuthContext';
import { sessionStore } from '../../auth/session';
import { Empty, Loading, LoadError } from '../../layout/States';
import { useStatus } from '../../layout/Status';
import '../../theme/pages.css';
import { usePageTitle } from '../usePageTitle';

/**
 * A link sends no bearer token, so the dashboard would answer 401: the admin's token (in memory)
 * goes to the dashboard's `/session` in a form posted to a new tab, which sets a short-lived
 * HttpOnly cookie for the dashboard's path and opens it. False when there is no token to send.
 */
function openQueueDashboard(dashboardUrl: string): boolean {
  const token = sessionStore.get()?.token;
  if (!token) return false;
  const form = document.createElement('form');
  form.method = 'post';
  form.action = `${dashboardUrl.replace(/\/+$/, '')}/session`;
  form.target = '_blank';
  form.rel = 'noopener noreferrer';
  form.hidden = true;
  const field = document.createElement('input');
  field.type = 'hidden';
  field.name = 'token';
  field.value = token;
  form.append(field);
  document.body.append(form);
  form.submit();
  form.remove();
  return true;
}

/** Jobs that failed for good: see them and queue them all again after a fix; the queue dashboard. */
export function FailedJobsPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('jobs.title'));
  const queryClient = useQueryClient();
  const { announce } = useStatus();
  // The worker's queue dashboard (Bull Board, with Redis), where PORTAL_QUEUE_DASHBOARD_URL says.
  const { queueDashboardUrl } = usePortalConfig();
  const jobs = useQuery({
    queryKey: ['profiles', 'failed-jobs'],
    queryFn: () => ok(profiles.GET('/admin/jobs/failed', { params: { query: { pageSize: 100 } } })),
  });
  const retry = useMutation({
    mutationFn: () => ok(profiles.POST('/admin/jobs/failed/retry')),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['profiles', 'failed-jobs'] });
      announce(t('jobs.retried', { count: result.retried }));
    },
    onError: () => announce(t('jobs.retryFailed')),
  });
  return (
    <>
      <Heading1>{t('jobs.title')}</Heading1>
      <Paragraph>{t('jobs.help')}</Paragraph>
      {queueDashboardUrl ? (
        <section className="wt-card" aria-labelledby="dashboard-heading">
          <Heading2 id="dashboard-heading">{t('jobs.dashboardTitle')}</Heading2>
          <Paragraph>{t('jobs.dashboardHelp')}</Paragraph>
          <Paragraph>
            <a
              className="utrecht-link utrecht-link--html-a"
              href={queueDashboardUrl}
              target="_blank"
              rel="noreferrer"
              data-testid="queue-dashboard"
              onClick={(event) => {
                if (openQueueDashboard(queueDashboardUrl)) event.preventDefault();
              }}
            >
              {t('jobs.dashboardLink')}
            </a>
          </Paragraph>
        </section>
      ) : null}
      {jobs.isPending ? <Loading /> : null}
      {jobs.isError ? <LoadError error={jobs.error} /> : null}
      {jobs.data ? (
        <Paragraph role="status" aria-live="polite" data-testid="failed-count">
          {t('jobs.count', { count: jobs.data.total })}
        </Paragraph>
      ) : null}
      {jobs.data && jobs.data.items.length === 0 ? <Empty>{t('jobs.empty')}</Empty> : null}
      {jobs.data && jobs.data.items.length > 0 ? (
        <>
          <div className="wt-table-wrap">
            <table className="wt-table" data-testid="failed-jobs">
              <caption className="wt-visually-hidden">{t('jobs.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('jobs.columns.job')}</th>
                  <th scope="col">{t('jobs.columns.payload')}</th>
                  <th scope="col">{t('jobs.columns.attempts')}</th>
                  <th scope="col">{t('jobs.columns.error')}</th>
                  <th scope="col">{t('jobs.columns.failedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {jobs.data.items.map((j) => (
                  <tr key={j.jobId}>
                    <td>
                      {j.name}
                      <div className="wt-meta">{j.jobId}</div>
                    </td>
                    <td>
                      <code>{JSON.stringify(j.payload)}</code>
                    </td>
                    <td>{j.attempts}</td>
                    <td>{j.error}</td>
                    <td>{new Date(j.failedAt).toLocaleString()}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="wt-actions">
            <Button
              appearance="primary-action-button"
              busy={retry.isPending}
              onClick={() => retry.mutate()}
            >
              {t('jobs.retry')}
            </Button>
          </div>
        </>
      ) : null}
    </>
  );
}
