import { RouteObject } from 'react-router';
import { RegionalInsightPage } from '../pages/insight/RegionalInsightPage';
import { NavItem } from './nav';
import { RequireRole } from './RequireRole';

/** Regional insight (tightness, blocking skills, trend, unserved vacancies, school leavers). */
export const regionalInsightNav: NavItem[] = [
  { to: '/insight/region', label: 'regional:nav.region' },
];

export const regionalInsightRoutes: RouteObject[] = [
  {
    path: 'insight/region',
    element: (
      <RequireRole roles={['adviser', 'admin']}>
        <RegionalInsightPage />
      </RequireRole>
    ),
  },
];
