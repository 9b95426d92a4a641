export * from './ops.module';
export * from './ping-record.entity';
export { OPS_ENTITIES } from './ops.entities';
