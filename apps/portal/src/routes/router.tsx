import { createBrowserRouter, Navigate } from 'react-router';
import { useSession } from '../auth/AuthContext';
import { Layout } from '../layout/Layout';
import { AuthCallbackPage, SilentCallbackPage } from '../pages/AuthCallbackPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SignInPage } from '../pages/SignInPage';
import { adminRoutes } from './admin';
import { adviserRoutes } from './adviser';
import { adviserToolsRoutes } from './adviser-tools';
import { coachRoutes } from './coach';
import { coachSeekerRoutes } from './coach-seekers';
import { employerRoutes } from './employer';
import { insightRoutes } from './insight';
import { regionalInsightRoutes } from './insight-region';
import { inboxRoutes } from './inbox';
import { HOME } from './nav';

function Home() {
  const session = useSession();
  return <Navigate to={session ? HOME[session.principal.role] : '/sign-in'} replace />;
}

/** One routes module per role or area; the layout wraps them all. */
export const router = createBrowserRouter([
  { path: '/auth/silent', element: <SilentCallbackPage /> },
  {
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'auth/callback', element: <AuthCallbackPage /> },
      ...employerRoutes,
      ...adviserToolsRoutes,
      ...adviserRoutes,
      ...coachRoutes,
      ...coachSeekerRoutes,
      ...adminRoutes,
      ...insightRoutes,
      ...regionalInsightRoutes,
      ...inboxRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
