import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { ApiExtension } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { NOT_RATE_LIMITED } from '@wt/bootstrap';
import { Public } from '@wt/auth';
import { DatabaseHealthIndicator, QueueHealthIndicator } from './health.indicators';

/** Open to load balancers and orchestrators: no token, no rate limit, no data. */
@Public()
@SkipThrottle()
@ApiExtension(NOT_RATE_LIMITED, true)
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
