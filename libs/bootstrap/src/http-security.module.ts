import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AuditModule } from '@wt/audit';
import { AuthGuard, AuthModule } from '@wt/auth';
import { AppConfig } from '@wt/config';
import { createHash } from 'node:crypto';

interface TrackedRequest {
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * Rate limits count per caller: per bearer token when the request carries one (offices share one
 * address behind NAT), per client address otherwise. The token is hashed, never kept.
 */
export function rateLimitTracker(req: TrackedRequest): string {
  const header = req.headers.authorization;
  const token = /^Bearer\s+(\S+)/i.exec(Array.isArray(header) ? header[0] : (header ?? ''))?.[1];
  if (token) return `token:${createHash('sha256').update(token).digest('hex').slice(0, 32)}`;
  return `ip:${req.ip ?? 'unknown'}`;
}

/**
 * What every HTTP app enforces before a handler runs, in this order: the rate limit (429), then
 * authentication and roles (401, 403); plus the audit trail that handlers and the guard write to.
 */
@Module({})
export class HttpSecurityModule {
  static forRoot(config: AppConfig, app: string): DynamicModule {
    return {
      module: HttpSecurityModule,
      imports: [
        ThrottlerModule.forRoot({
          throttlers: [
            {
              name: 'default',
              ttl: config.rateLimit.ttlSeconds * 1000,
              limit: config.rateLimit.limit,
            },
          ],
          getTracker: (req) => rateLimitTracker(req as TrackedRequest),
          // One budget per caller across all routes, not one per route.
          generateKey: (_context, tracker, name) => `${name}:${tracker}`,
          errorMessage: 'Too many requests; slow down and try again shortly',
        }),
        AuthModule.forRoot(config),
        AuditModule.forRoot(app),
      ],
      providers: [
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    };
  }
}
