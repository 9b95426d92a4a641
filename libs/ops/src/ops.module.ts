import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PingHandler } from './ping.handler';
import { PingRecord } from './ping-record.entity';

/** Operational jobs of the worker. */
@Module({
  imports: [TypeOrmModule.forFeature([PingRecord])],
  providers: [PingHandler],
})
export class OpsModule {}
