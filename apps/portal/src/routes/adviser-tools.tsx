import { ReactNode } from 'react';
import { RouteObject } from 'react-router';
import { BulkUploadPage } from '../pages/adviser/BulkUploadPage';
import { CandidateCheckPage } from '../pages/adviser/CandidateCheckPage';
import { OccupationReviewPage } from '../pages/adviser/OccupationReviewPage';
import { VacancySearchPage } from '../pages/adviser/VacancySearchPage';
import { NavItem } from './nav';
import { RequireRole } from './RequireRole';

export const adviserToolsNav: NavItem[] = [
  { to: '/adviser/occupation-review', label: 'adviserTools:nav.review' },
];

const adviser = (page: ReactNode) => <RequireRole roles={['adviser', 'admin']}>{page}</RequireRole>;

/**
 * The region's vacancies with filters, "why not" and adding a candidate by hand, CSV upload and
 * occupation review. Listed before `adviserRoutes`, so `/adviser/vacancies` is the filtered search.
 */
export const adviserToolsRoutes: RouteObject[] = [
  { path: 'adviser/vacancies', element: adviser(<VacancySearchPage />) },
  { path: 'adviser/vacancies/upload', element: adviser(<BulkUploadPage />) },
  { path: 'adviser/vacancies/:id/candidate', element: adviser(<CandidateCheckPage />) },
  { path: 'adviser/occupation-review', element: adviser(<OccupationReviewPage />) },
];
