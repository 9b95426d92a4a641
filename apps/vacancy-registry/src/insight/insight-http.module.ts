import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@wt/config';
import { InsightModule } from '@wt/insight';
import { InsightSnapshotScheduler } from './insight-snapshot.scheduler';
import { InsightController } from './insight.controller';

/** `/insight`: regional figures for advisers and admins, and the daily snapshot. */
@Module({})
export class InsightHttpModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: InsightHttpModule,
      imports: [InsightModule.register(config)],
      controllers: [InsightController],
      providers: [InsightSnapshotScheduler],
    };
  }
}
