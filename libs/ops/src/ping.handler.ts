import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { HandlesJob, JobHandler, JobPayload } from '@wt/queue';
import { hostname } from 'node:os';
import { Repository } from 'typeorm';
import { PingRecord } from './ping-record.entity';

/** Proves the whole path producer -> queue -> worker -> database works. */
@Injectable()
@HandlesJob('ping')
export class PingHandler implements JobHandler<'ping'> {
  constructor(@InjectRepository(PingRecord) private readonly pings: Repository<PingRecord>) {}

  async handle({ pingId }: JobPayload<'ping'>): Promise<void> {
    await this.pings.upsert({ id: pingId, handledBy: `${hostname()}:${process.pid}` }, ['id']);
  }
}
