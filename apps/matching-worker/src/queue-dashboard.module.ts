import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@wt/config';
import { MATCHING_QUEUE } from '@wt/queue';
import { queueDashboardAccess } from './queue-dashboard-access';

export const QUEUE_DASHBOARD_ROUTE = '/admin/queues';

/** The queue dashboard (Bull Board) of the worker, for admins; only with BullMQ on Redis. */
@Module({})
export class QueueDashboardModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (!config.queue.redisUrl) return { module: QueueDashboardModule };
    return {
      module: QueueDashboardModule,
      imports: [
        BullBoardModule.forRoot({
          route: QUEUE_DASHBOARD_ROUTE,
          adapter: ExpressAdapter,
          middleware: queueDashboardAccess(config, QUEUE_DASHBOARD_ROUTE),
        }),
        BullBoardModule.forFeature({ name: MATCHING_QUEUE, adapter: BullMQAdapter }),
      ],
    };
  }
}
