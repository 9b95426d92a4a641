import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { DynamicModule, Module } from '@nestjs/common';
import { TokenVerifier } from '@wt/auth';
import { AppConfig } from '@wt/config';
import { MATCHING_QUEUE } from '@wt/queue';
import type { NextFunction, Request, Response } from 'express';

export const QUEUE_DASHBOARD_ROUTE = '/admin/queues';

/** Bull Board mounts outside Nest's routing, so the admin check is its own middleware. */
function adminsOnly(config: AppConfig) {
  const verifier = TokenVerifier.fromConfig(config);
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    verifier
      .verify(token)
      .then((principal) => {
        if (principal.role === 'admin') return next();
        res.status(403).json({
          statusCode: 403,
          error: 'Forbidden',
          message: 'the queue dashboard is for admins',
        });
      })
      .catch(() =>
        res.status(401).json({
          statusCode: 401,
          error: 'Unauthorized',
          message: 'a valid admin token is required',
        }),
      );
  };
}

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
          middleware: adminsOnly(config),
        }),
        BullBoardModule.forFeature({ name: MATCHING_QUEUE, adapter: BullMQAdapter }),
      ],
    };
  }
}
