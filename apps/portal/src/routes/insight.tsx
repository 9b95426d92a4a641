import { RouteObject } from 'react-router';
import { PlaceholderPage } from '../pages/PlaceholderPage';
import { RequireRole } from './RequireRole';

export const insightRoutes: RouteObject[] = [
  {
    path: 'insight/outcomes',
    element: (
      <RequireRole roles={['adviser', 'admin']}>
        <PlaceholderPage title="insight:outcomes.title" />
      </RequireRole>
    ),
  },
];
