import { Logger as NestLogger } from '@nestjs/common';
import type { Logger, QueryRunner } from 'typeorm';

/**
 * TypeORM's own logger prints a failed query with its parameters, and parameters carry names,
 * e-mail addresses and phone numbers. This one logs the SQL and the database's error only.
 */
export class QueryErrorLogger implements Logger {
  private readonly logger = new NestLogger('Database');

  logQuery(): void {}

  logQueryError(
    error: string | Error,
    query: string,
    _parameters?: unknown[],
    _runner?: QueryRunner,
  ) {
    const reason = error instanceof Error ? error.message : error;
    this.logger.error(`query failed (${reason}): ${query}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow query (${time} ms): ${query}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
