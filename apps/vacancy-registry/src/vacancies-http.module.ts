import { Module } from '@nestjs/common';
import { MatchingReadModule } from '@wt/matching';
import { VacanciesModule } from '@wt/vacancies';
import { VacancyMatchesController } from './matches/vacancy-matches.controller';
import { MatchWorkflowController } from './matches/match-workflow.controller';
import { OutcomesController } from './insight/outcomes.controller';
import { EmployersController } from './employers/employers.controller';
import { VacancyImportController } from './imports/vacancy-import.controller';
import { VacancyUploadService } from './imports/vacancy-upload.service';
import { JobsucheController } from './jobsuche/jobsuche.controller';
import { VacanciesController } from './vacancies/vacancies.controller';
import { VacancySweepScheduler } from './vacancy-sweep.scheduler';

/** The registry's HTTP API over the vacancies context, and its periodic sweep. */
@Module({
  imports: [VacanciesModule, MatchingReadModule],
  controllers: [
    VacanciesController,
    VacancyImportController,
    JobsucheController,
    EmployersController,
    VacancyMatchesController,
    MatchWorkflowController,
    OutcomesController,
  ],
  providers: [VacancyUploadService, VacancySweepScheduler],
})
export class VacanciesHttpModule {}
