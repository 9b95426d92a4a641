import { RouteObject } from 'react-router';
import { InboxPage } from '../pages/inbox/InboxPage';
import { RequireRole } from './RequireRole';

/** The notification inbox, for every role. */
export const inboxRoutes: RouteObject[] = [
  {
    path: 'inbox',
    element: (
      <RequireRole roles={['employer', 'adviser', 'coach', 'admin']}>
        <InboxPage />
      </RequireRole>
    ),
  },
];
