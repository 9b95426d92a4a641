import { Logger } from '@nestjs/common';
import { matchingRowsSkipped } from '@wt/queue';

const logger = new Logger('MatchingRowGuard');

/**
 * Runs `work` for one stored row; when it throws, the row is logged by id (nothing else), counted
 * and skipped, so one malformed profile or vacancy cannot stop a whole job.
 */
export function guardRow<T>(
  kind: 'job-seeker' | 'vacancy',
  id: string,
  work: () => T,
): T | undefined {
  try {
    return work();
  } catch (error) {
    matchingRowsSkipped.inc({ kind });
    const reason = error instanceof Error ? error.message : String(error);
    logger.error(`${kind} ${id} skipped by matching: ${reason}`);
    return undefined;
  }
}
