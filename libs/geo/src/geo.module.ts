import { Logger, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ConfigError } from '@wt/config';
import { GeoService, sharedGeoService } from './geo.service';

function provideGeoService(config: AppConfig): GeoService {
  let service: GeoService;
  try {
    service = sharedGeoService(config.geo.dataDir);
  } catch (error) {
    // A set but unusable GEO_DATA_DIR is a configuration error: one line, naming the variable.
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`Invalid configuration: GEO_DATA_DIR cannot be loaded: ${reason}`, {
      cause: error,
    });
  }
  new Logger('GeoModule').log(service.describe());
  return service;
}

/** Provides {@link GeoService} from `GEO_DATA_DIR`; the data is loaded once per process. */
@Module({
  providers: [{ provide: GeoService, inject: [APP_CONFIG], useFactory: provideGeoService }],
  exports: [GeoService],
})
export class GeoModule {}
