import { CreateOpsSchema1764306000000 } from '../../../migrations/1764306000000-CreateOpsSchema';
import { CreateAuditTrail1764307000000 } from '../../../migrations/1764307000000-CreateAuditTrail';
import { CreateVacanciesSchema1764308000000 } from '../../../migrations/1764308000000-CreateVacanciesSchema';
import { CreateJobSeekersSchema1764309000000 } from '../../../migrations/1764309000000-CreateJobSeekersSchema';
import { CreateTaxonomySchema1764310000000 } from '../../../migrations/1764310000000-CreateTaxonomySchema';
import { CreateMatchingSchema1764311000000 } from '../../../migrations/1764311000000-CreateMatchingSchema';
import { CreateQueuedJobs1764312000000 } from '../../../migrations/1764312000000-CreateQueuedJobs';
import { CreateErasedSeekers1796159149954 } from '../../../migrations/1796159149954-CreateErasedSeekers';
import { CreateFailedJobs1796159977998 } from '../../../migrations/1796159977998-CreateFailedJobs';
import { CreateMatchWorkflow1796160999602 } from '../../../migrations/1796160999602-CreateMatchWorkflow';
import { CreateNotifications1796161000000 } from '../../../migrations/1796161000000-CreateNotifications';
import { CreateErasedPlacementTally1796161100000 } from '../../../migrations/1796161100000-CreateErasedPlacementTally';
import { CreateOccupationNearness1796161150000 } from '../../../migrations/1796161150000-CreateOccupationNearness';
import { AddCurrentEducation1796161300000 } from '../../../migrations/1796161300000-AddCurrentEducation';
import { AddVacancyOccupationReview1796159696470 } from '../../../migrations/1796159696470-AddVacancyOccupationReview';
import { CreateInsightSnapshots1796159619028 } from '../../../migrations/1796159619028-CreateInsightSnapshots';
import { CreateMatchListStamps1796162433117 } from '../../../migrations/1796162433117-CreateMatchListStamps';
import { AddVacancyListOrderIndex1796162433118 } from '../../../migrations/1796162433118-AddVacancyListOrderIndex';
import { AddChangedSinceIndexes1796162433119 } from '../../../migrations/1796162433119-AddChangedSinceIndexes';
import { CreateListRefills1796162500000 } from '../../../migrations/1796162500000-CreateListRefills';
import { AddMatchMissingEssential1796162600000 } from '../../../migrations/1796162600000-AddMatchMissingEssential';

/** The migration history, oldest first. Migrations are never edited after they land. */
export const MIGRATIONS = [
  CreateOpsSchema1764306000000,
  CreateAuditTrail1764307000000,
  CreateVacanciesSchema1764308000000,
  CreateJobSeekersSchema1764309000000,
  CreateTaxonomySchema1764310000000,
  CreateMatchingSchema1764311000000,
  CreateQueuedJobs1764312000000,
  CreateErasedSeekers1796159149954,
  CreateInsightSnapshots1796159619028,
  AddVacancyOccupationReview1796159696470,
  CreateFailedJobs1796159977998,
  CreateMatchWorkflow1796160999602,
  CreateNotifications1796161000000,
  CreateErasedPlacementTally1796161100000,
  CreateOccupationNearness1796161150000,
  AddCurrentEducation1796161300000,
  CreateMatchListStamps1796162433117,
  AddVacancyListOrderIndex1796162433118,
  AddChangedSinceIndexes1796162433119,
  CreateListRefills1796162500000,
  AddMatchMissingEssential1796162600000,
];
