import { Module } from '@nestjs/common';
import { InsightModule } from '@wt/insight';
import { InsightSnapshotScheduler } from './insight-snapshot.scheduler';
import { InsightController } from './insight.controller';

/** `/insight`: regional figures for advisers and admins, and the daily snapshot. */
@Module({
  imports: [InsightModule],
  controllers: [InsightController],
  providers: [InsightSnapshotScheduler],
})
export class InsightHttpModule {}
