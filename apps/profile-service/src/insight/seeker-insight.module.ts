import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@wt/config';
import { InsightModule } from '@wt/insight';
import { SeekerInsightController } from './seeker-insight.controller';

/** `/job-seekers/:id/transitions` and `/one-skill-away`: the coach's view of a seeker's bridges. */
@Module({})
export class SeekerInsightModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: SeekerInsightModule,
      imports: [InsightModule.register(config)],
      controllers: [SeekerInsightController],
    };
  }
}
