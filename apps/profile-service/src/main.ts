import { createHttpApp } from '@wt/bootstrap';
import { loadConfigFromProcess, runMain } from '@wt/config';
import { ProfileServiceModule } from './profile-service.module';

runMain(async () => {
  const config = loadConfigFromProcess();
  await createHttpApp(ProfileServiceModule.register(config), {
    listen: { host: config.http.host, port: config.http.profileServicePort },
  });
});
