import { createHttpApp } from '@wt/bootstrap';
import { loadConfigFromProcess, runMain } from '@wt/config';
import { VacancyRegistryModule } from './vacancy-registry.module';

runMain(async () => {
  const config = loadConfigFromProcess();
  await createHttpApp(VacancyRegistryModule.register(config), {
    listen: { host: config.http.host, port: config.http.vacancyRegistryPort },
  });
});
