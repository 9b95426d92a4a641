import { Module } from '@nestjs/common';
import { InsightModule } from '@wt/insight';
import { SeekerInsightController } from './seeker-insight.controller';

/** `/job-seekers/:id/transitions` and `/one-skill-away`: the coach's view of a seeker's bridges. */
@Module({
  imports: [InsightModule],
  controllers: [SeekerInsightController],
})
export class SeekerInsightModule {}
