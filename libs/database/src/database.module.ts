import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@wt/config';
import { DataSource } from 'typeorm';
import { acquireDataSource, releaseDataSource } from './shared-data-source';

/**
 * Provides TypeORM's `DataSource` under its own class token, which is the token
 * `TypeOrmModule.forFeature` and `@InjectRepository` resolve, so contexts use the usual API.
 */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DataSource,
          useFactory: (config: AppConfig) => acquireDataSource(config),
          inject: [APP_CONFIG],
        },
      ],
      exports: [DataSource],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource) await releaseDataSource();
  }
}
