import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/AuthContext';
import { ok, registry } from '../../api/client';
import { Notification, portalPath, UNREAD_KEY } from '../../api/notifications';
import { AppLink } from '../../layout/links';
import { Empty, Loading, LoadError } from '../../layout/States';
import { useStatus } from '../../layout/Status';
import '../../theme/pages.css';
import { usePageTitle } from '../usePageTitle';

const PAGE_SIZE = 25;

/** The signed-in person's notifications, newest first: open one, mark it read, or all of them. */
export function InboxPage() {
  const { t } = useTranslation('inbox');
  usePageTitle(t('title'));
  const session = useSession();
  const queryClient = useQueryClient();
  const { announce } = useStatus();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['registry', 'notifications', 'list', unreadOnly, page],
    queryFn: () =>
      ok(
        registry.GET('/notifications', {
          params: { query: { page, pageSize: PAGE_SIZE, ...(unreadOnly ? { unread: true } : {}) } },
        }),
      ),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['registry', 'notifications'] });
  const markRead = useMutation({
    mutationFn: (id: string) =>
      ok(registry.POST('/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: async () => {
      await refresh();
      announce(t('markedOne'));
    },
  });
  const readAll = useMutation({
    mutationFn: () => ok(registry.POST('/notifications/read-all')),
    onSuccess: async (result) => {
      await refresh();
      await queryClient.invalidateQueries({ queryKey: UNREAD_KEY });
      announce(t('markedAll', { count: (result as { marked?: number }).marked ?? 0 }));
    },
  });
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      <Heading1>{t('title')}</Heading1>
      <Paragraph role="status" aria-live="polite" data-testid="inbox-unread">
        {list.data ? t('unread', { count: list.data.unread }) : ''}
      </Paragraph>
      <div className="wt-actions">
        <Button
          appearance="secondary-action-button"
          aria-pressed={unreadOnly}
          onClick={() => {
            setUnreadOnly((u) => !u);
            setPage(1);
          }}
        >
          {t('unreadOnly')}
        </Button>
        <Button
          appearance="secondary-action-button"
          busy={readAll.isPending}
          disabled={!list.data || list.data.unread === 0}
          onClick={() => readAll.mutate()}
        >
          {t('readAll')}
        </Button>
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <Empty>{unreadOnly ? t('emptyUnread') : t('empty')}</Empty>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <ol className="wt-cards" aria-label={t('listLabel')}>
          {list.data.items.map((n) => (
            <li
              key={n.id}
              className={`wt-card${n.readAt ? '' : ' wt-unread'}`}
              data-testid="notification"
              data-read={n.readAt ? 'yes' : 'no'}
            >
              <Item
                notification={n}
                role={session?.principal.role}
                onRead={() => markRead.mutate(n.id)}
                busy={markRead.isPending}
              />
            </li>
          ))}
        </ol>
      ) : null}
      {pages > 1 ? (
        <nav aria-label={t('pages')} className="wt-actions">
          <Button
            appearance="secondary-action-button"
            disabled={page <= 1}
            onClick={() => setPage(page - 1)}
          >
            {t('previous')}
          </Button>
          <span>{t('pageOf', { page, pages })}</span>
          <Button
            appearance="secondary-action-button"
            disabled={page >= pages}
            onClick={() => setPage(page + 1)}
          >
            {t('next')}
          </Button>
        </nav>
      ) : null}
    </>
  );
}

function Item(props: {
  notification: Notification;
  role?: Parameters<typeof portalPath>[1];
  onRead: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation('inbox');
  const n = props.notification;
  const to = props.role ? portalPath(n.link, props.role) : null;
  return (
    <>
      <Paragraph>
        {n.readAt ? null : <span className="wt-badge">{t('new')}</span>}{' '}
        {to ? <AppLink to={to}>{n.title}</AppLink> : n.title}
      </Paragraph>
      <Paragraph className="wt-meta">
        {t(`kinds.${n.kind}`)} · {new Date(n.createdAt).toLocaleString()}
      </Paragraph>
      {n.readAt ? null : (
        <Button
          appearance="subtle-button"
          busy={props.busy}
          onClick={props.onRead}
          aria-label={t('markReadFor', { title: n.title })}
        >
          {t('markRead')}
        </Button>
      )}
    </>
  );
}
