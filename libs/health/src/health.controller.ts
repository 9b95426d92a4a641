import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '@wt/auth';
import { DatabaseHealthIndicator, QueueHealthIndicator } from './health.indicators';

/** Open to load balancers and orchestrators: no token, no rate limit, no data. */
@Public()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
    private readonly queue: QueueHealthIndicator,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Readiness: the database and the queue are reachable. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.database.check(), () => this.queue.check()]);
  }
}
