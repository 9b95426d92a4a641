export { NotificationsModule, NotificationJobsModule } from './notifications.module';
export { InboxService } from './inbox.service';
export { DigestService } from './digest.service';
export { NotificationSweep } from './notification-sweep';
export type { InboxItem, InboxPage, Preference } from './notification.repository';
export * from './notification-kinds';
export { notificationsDemoSeeder } from './notifications-demo.seeder';
