import { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../auth/AuthContext';
import { Role } from '../auth/session';
import { ForbiddenPage } from '../pages/ForbiddenPage';

/** A role's pages: signed out goes to the sign-in page (and back after), another role sees 403. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  if (!roles.includes(session.principal.role)) return <ForbiddenPage />;
  return <>{children}</>;
}
