import { PingRecord } from './ping-record.entity';

/** The entities of schema `ops`, for the one data source (`@wt/database`). */
export const OPS_ENTITIES = [PingRecord] as const;
