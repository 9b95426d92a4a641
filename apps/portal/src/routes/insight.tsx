import { ReactNode } from 'react';
import { RouteObject } from 'react-router';
import { OutcomesPage } from '../pages/insight/OutcomesPage';
import { RequireRole } from './RequireRole';

const insight = (page: ReactNode) => <RequireRole roles={['adviser', 'admin']}>{page}</RequireRole>;

export const insightRoutes: RouteObject[] = [
  { path: 'insight/outcomes', element: insight(<OutcomesPage />) },
];
