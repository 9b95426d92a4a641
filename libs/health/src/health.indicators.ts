import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { JobProducer } from '@wt/queue';
import { DataSource } from 'typeorm';

const CHECK_TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(
        () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
        CHECK_TIMEOUT_MS,
      ).unref(),
    ),
  ]);
}

@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  async check(key = 'database') {
    const indicator = this.indicators.check(key);
    try {
      await withTimeout(this.dataSource.query('SELECT 1'));
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}

@Injectable()
export class QueueHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly producer: JobProducer,
  ) {}

  async check(key = 'queue') {
    const indicator = this.indicators.check(key);
    try {
      const ready = await withTimeout(this.producer.isReady());
      return ready
        ? indicator.up({ mode: this.producer.mode })
        : indicator.down({ mode: this.producer.mode });
    } catch (error) {
      return indicator.down({ mode: this.producer.mode, message: (error as Error).message });
    }
  }
}
