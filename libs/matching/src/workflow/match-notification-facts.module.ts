import { Module } from '@nestjs/common';
import { MatchNotificationRepository } from '../store/match-notification.repository';
import { StepNotificationQueue } from './step-notification.queue';

/**
 * What the notifications context reads of matching (steps, strong matches) and the re-sending of
 * step notifications the queue missed; no audit trail needed, so the worker imports it.
 */
@Module({
  providers: [MatchNotificationRepository, StepNotificationQueue],
  exports: [MatchNotificationRepository, StepNotificationQueue],
})
export class MatchNotificationFactsModule {}
