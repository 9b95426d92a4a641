import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { HandlesJob, JobHandler, JobPayload } from '@wt/queue';
import { hostname } from 'node:os';
import { Repository } from 'typeorm';
import { PingRecord } from './ping-record.entity';

const MAX_HOLD_MS = 60_000;

/** Proves the whole path producer -> queue -> worker -> database works. */
@Injectable()
@HandlesJob('ping')
export class PingHandler implements JobHandler<'ping'> {
  constructor(@InjectRepository(PingRecord) private readonly pings: Repository<PingRecord>) {}

  async handle({ pingId, holdMs }: JobPayload<'ping'>): Promise<void> {
    if (holdMs) await new Promise((resolve) => setTimeout(resolve, Math.min(holdMs, MAX_HOLD_MS)));
    await this.pings.upsert({ id: pingId, handledBy: `${hostname()}:${process.pid}` }, ['id']);
  }
}
