import { loadConfigFromProcess, runMain } from '@wt/config';
import { openDataSource, runMigrations } from './data-source.factory';

/** `npm run migrate`: the one step that changes the schema. */
runMain(async () => {
  const config = loadConfigFromProcess();
  const target = config.database.url
    ? 'PostgreSQL'
    : `embedded PGlite (${config.database.pgliteDataDir})`;
  const { dataSource, close } = await openDataSource(config);
  try {
    const applied = await runMigrations(dataSource);
    process.stdout.write(
      applied.length
        ? `Applied ${applied.length} migration(s) to ${target}: ${applied.join(', ')}\n`
        : `${target} is up to date\n`,
    );
  } finally {
    await close();
  }
});
