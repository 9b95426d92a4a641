import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { MatchableSeekersModule, SeekerErasureHooks } from '@wt/job-seekers';
import { MatchNotificationFactsModule } from '@wt/matching';
import { MatchableVacanciesModule } from '@wt/vacancies';
import { DigestService } from './digest.service';
import { InboxService } from './inbox.service';
import { Mailer } from './mailer';
import { NotificationDelivery } from './notification-delivery.service';
import { NotificationRepository } from './notification.repository';
import { NotificationSweep } from './notification-sweep';
import {
  NotifySeekerMatchesHandler,
  NotifyStepHandler,
  NotifyVacancyMatchesHandler,
} from './notify.handlers';
import { UserDirectoryInterceptor } from './user-directory.interceptor';
import { UserDirectoryService } from './user-directory.service';

/** Erasing a job seeker removes the notifications that refer to them, in the same transaction. */
@Injectable()
export class NotificationErasure implements OnModuleInit {
  constructor(
    private readonly hooks: SeekerErasureHooks,
    private readonly store: NotificationRepository,
  ) {}

  onModuleInit(): void {
    this.hooks.register('notifications', (seekerId, manager) =>
      this.store.deleteForSeeker(seekerId, manager),
    );
  }
}

/**
 * The HTTP side, for both apps: every caller is recorded in the user table (a global
 * interceptor), the inbox and preferences, and the erasure of a seeker's notifications.
 */
@Module({
  imports: [MatchableSeekersModule],
  providers: [
    NotificationRepository,
    UserDirectoryService,
    InboxService,
    NotificationErasure,
    { provide: APP_INTERCEPTOR, useClass: UserDirectoryInterceptor },
  ],
  exports: [InboxService],
})
export class NotificationsModule {}

/** The worker side: the notification jobs, the e-mail digest and the sweep. */
@Module({
  imports: [MatchableSeekersModule, MatchableVacanciesModule, MatchNotificationFactsModule],
  providers: [
    NotificationRepository,
    NotificationDelivery,
    Mailer,
    DigestService,
    NotificationSweep,
    NotifyStepHandler,
    NotifyVacancyMatchesHandler,
    NotifySeekerMatchesHandler,
  ],
  exports: [DigestService, NotificationSweep],
})
export class NotificationJobsModule {}
