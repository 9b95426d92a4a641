import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { ok, registry } from '../api/client';
import { UNREAD_KEY } from '../api/notifications';
import '../theme/pages.css';

/** The header's link to the inbox with the number of unread notifications (asked every 30 s). */
export function InboxLink() {
  const { t } = useTranslation('inbox');
  const unread = useQuery({
    queryKey: UNREAD_KEY,
    queryFn: () => ok(registry.GET('/notifications/unread-count')),
    refetchInterval: 30_000,
  });
  const count = unread.data?.unread ?? 0;
  return (
    <NavLink
      to="/inbox"
      className="wt-inbox-link"
      data-testid="inbox-link"
      aria-label={t('link', { count })}
    >
      {t('linkShort')}
      {count > 0 ? (
        <span className="wt-inbox-count" aria-hidden="true">
          {count}
        </span>
      ) : null}
    </NavLink>
  );
}
