import { lazy, ReactNode, Suspense } from 'react';
import { RouteObject } from 'react-router';
import { Loading } from '../layout/States';
import { RequireRole } from './RequireRole';

// The report pages carry the chart library: loaded when first opened, not with the portal.
const OutcomesPage = lazy(() =>
  import('../pages/insight/OutcomesPage').then((m) => ({ default: m.OutcomesPage })),
);

const insight = (page: ReactNode) => (
  <RequireRole roles={['adviser', 'admin']}>
    <Suspense fallback={<Loading />}>{page}</Suspense>
  </RequireRole>
);

export const insightRoutes: RouteObject[] = [
  { path: 'insight/outcomes', element: insight(<OutcomesPage />) },
];
