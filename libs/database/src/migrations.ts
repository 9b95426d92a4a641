import { CreateOpsSchema1764306000000 } from '../../../migrations/1764306000000-CreateOpsSchema';

/** The migration history, oldest first. Migrations are never edited after they land. */
export const MIGRATIONS = [CreateOpsSchema1764306000000];
