import { Navigate, RouteObject, useLocation } from 'react-router';
import { portalPath } from '../api/notifications';
import { useSession } from '../auth/AuthContext';
import { InboxPage } from '../pages/inbox/InboxPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RequireRole } from './RequireRole';

const EVERY_ROLE = ['employer', 'adviser', 'coach', 'admin'] as const;

/**
 * A notification's link names the item as the API does (`/vacancies/<id>/shortlist`,
 * `/job-seekers/<id>/matches`); an e-mail digest carries it after `PORTAL_URL`. Opened in the
 * portal, it goes to the page of that item for the signed-in role.
 */
function NotificationLink() {
  const session = useSession();
  const { pathname } = useLocation();
  const to = session ? portalPath(pathname, session.principal.role) : null;
  return to ? <Navigate to={to} replace /> : <NotFoundPage />;
}

const link = (
  <RequireRole roles={[...EVERY_ROLE]}>
    <NotificationLink />
  </RequireRole>
);

/** The notification inbox, for every role, and the links its notifications carry. */
export const inboxRoutes: RouteObject[] = [
  {
    path: 'inbox',
    element: (
      <RequireRole roles={[...EVERY_ROLE]}>
        <InboxPage />
      </RequireRole>
    ),
  },
  { path: 'vacancies/:id/*', element: link },
  { path: 'job-seekers/:id/*', element: link },
];
