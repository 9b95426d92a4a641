import { loadConfigFromProcess, runMain } from '@wt/config';
import { openDataSource, runMigrations } from '@wt/database';
import { enqueueDetached } from '@wt/queue';

/**
 * `npm run --silent rematch`: queues a re-match of every open vacancy, with progress in the
 * matching store's run table (and on the queue dashboard). A worker takes it up; in the embedded
 * mode, the standalone process when it next starts.
 */
runMain(async () => {
  const config = loadConfigFromProcess();
  const { dataSource, close } = await openDataSource(config);
  try {
    if (!config.database.url) await runMigrations(dataSource);
    const jobId = await enqueueDetached(config, dataSource, 'rematch-all', {
      reason: 'requested by an operator',
      requestedAt: new Date().toISOString(),
    }).catch((error: unknown) => {
      process.stderr.write(
        `Re-match not queued: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    });
    process.stdout.write(
      `Re-match of all vacancies queued (${jobId})${config.queue.redisUrl ? '' : '; it runs when the standalone process starts'}\n`,
    );
  } finally {
    await close();
  }
});
