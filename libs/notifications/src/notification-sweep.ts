import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@wt/config';
import { StepNotificationQueue } from '@wt/matching';
import { DigestService } from './digest.service';

/**
 * The worker's notification sweep, every `NOTIFY_SWEEP_SECONDS`: sends the e-mail digests that
 * are due, and the step notifications whose job never reached the queue. Every worker may run it:
 * digests are claimed in the database, and job ids make a repeated enqueue a no-op.
 */
@Injectable()
export class NotificationSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationSweep.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly digests: DigestService,
    private readonly steps: StepNotificationQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.notifications.sweepSeconds;
    if (seconds === 0) return;
    this.timer = setInterval(() => this.run(), seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One sweep (also for tests); a sweep still running is not started twice. */
  run(now: Date = new Date()): Promise<void> {
    this.running ??= this.sweep(now).finally(() => (this.running = undefined));
    return this.running;
  }

  private async sweep(now: Date): Promise<void> {
    try {
      const resent = await this.steps.retryMissed();
      const sent = await this.digests.sendDue(now);
      if (resent + sent > 0) {
        this.logger.log(`notifications: ${sent} digest(s) sent, ${resent} step(s) re-sent`);
      }
    } catch (error) {
      this.logger.error(`notification sweep failed: ${(error as Error).message}`);
    }
  }
}
