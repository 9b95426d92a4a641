import { createHttpApp } from '@wt/bootstrap';
import { loadConfigFromProcess, runMain } from '@wt/config';
import { MatchingWorkerModule } from './matching-worker.module';

/** Never runs migrations: `npm run migrate` (or the compose `migrate` service) does. */
runMain(async () => {
  const config = loadConfigFromProcess();
  await createHttpApp(MatchingWorkerModule.register(config), {
    listen: { host: config.http.host, port: config.http.workerHealthPort },
  });
});
