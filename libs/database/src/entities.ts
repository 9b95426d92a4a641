import { PingRecord } from '../../ops/src/ping-record.entity';

/** Every entity of every bounded context: one database, one migration history. */
export const ENTITIES = [PingRecord];
