export * from './ops.module';
export * from './ping-record.entity';
export { OPS_ENTITIES } from './ops.entities';
export * from './failed-jobs-admin.service';
