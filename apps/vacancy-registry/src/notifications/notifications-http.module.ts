import { Module } from '@nestjs/common';
import { NotificationsModule } from '@wt/notifications';
import { NotificationsController } from './notifications.controller';

/** The inbox and preferences of every role (the registry is the app every role calls). */
@Module({
  imports: [NotificationsModule],
  controllers: [NotificationsController],
})
export class NotificationsHttpModule {}
