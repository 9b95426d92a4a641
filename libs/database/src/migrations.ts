import { CreateOpsSchema1764306000000 } from '../../../migrations/1764306000000-CreateOpsSchema';
import { CreateJobSeekersSchema1764309000000 } from '../../../migrations/1764309000000-CreateJobSeekersSchema';
import { CreateTaxonomySchema1764310000000 } from '../../../migrations/1764310000000-CreateTaxonomySchema';

/** The migration history, oldest first. Migrations are never edited after they land. */
export const MIGRATIONS = [
  CreateOpsSchema1764306000000,
  CreateJobSeekersSchema1764309000000,
  CreateTaxonomySchema1764310000000,
];
