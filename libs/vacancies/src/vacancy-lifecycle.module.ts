import { Module } from '@nestjs/common';
import { VacancyPersistenceModule } from './repositories/vacancy-persistence.module';
import { VacancyLifecycleService } from './services/vacancy-lifecycle.service';
import { VacancyMatchQueue } from './services/vacancy-match-queue.service';

/** Publish, close and fill a vacancy: for the workflow, which fills one at the last hire. */
@Module({
  imports: [VacancyPersistenceModule],
  providers: [VacancyLifecycleService, VacancyMatchQueue],
  exports: [VacancyLifecycleService, VacancyMatchQueue],
})
export class VacancyLifecycleModule {}
