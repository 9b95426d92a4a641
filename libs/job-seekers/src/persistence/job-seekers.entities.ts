import { JobSeekerIdentity } from './job-seeker-identity.entity';
import { JobSeekerProfile } from './job-seeker-profile.entity';

/** The entities of schema `job_seekers`, for the one data source (`@wt/database`). */
export const JOB_SEEKERS_ENTITIES = [JobSeekerProfile, JobSeekerIdentity] as const;
