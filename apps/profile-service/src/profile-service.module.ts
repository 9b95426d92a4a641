import { DynamicModule, Module } from '@nestjs/common';
import { ApiDocsModule, HttpSecurityModule, LoggerModule } from '@wt/bootstrap';
import { AppConfig, ConfigModule } from '@wt/config';
import { DatabaseModule } from '@wt/database';
import { HealthModule } from '@wt/health';
import { QueueModule } from '@wt/queue';
import { NotificationsModule } from '@wt/notifications';
import { TaxonomyHttpModule } from '@wt/taxonomy';
import { AuditAdminModule } from './audit/audit-admin.module';
import { FailedJobsAdminModule } from './jobs/failed-jobs-admin.module';
import { JobSeekersHttpModule } from './job-seekers/job-seekers-http.module';
import { SeekerInsightModule } from './insight/seeker-insight.module';
import { SeekerMatchesModule } from './matches/seeker-matches.module';

/** Job-seeker profiles, caseloads and consent: the job coaches' side. */
@Module({})
export class ProfileServiceModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: ProfileServiceModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(config, 'profile-service'),
        HttpSecurityModule.forRoot(config, 'profile-service'),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(config, { worker: false }),
        HealthModule,
        TaxonomyHttpModule,
        AuditAdminModule,
        FailedJobsAdminModule,
        JobSeekersHttpModule,
        SeekerMatchesModule,
        SeekerInsightModule,
        // Records callers in the user table; erasing a seeker erases their notifications.
        NotificationsModule,
        ApiDocsModule.forRoot({
          title: 'Werkplein Twente profile service',
          description:
            'Job-seeker profiles, caseloads and double opt-in consent. Identity and contact details live apart from the profile; there is no BSN anywhere.',
        }),
      ],
    };
  }
}
