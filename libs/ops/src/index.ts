export * from './ops.module';
export * from './ping-record.entity';
export * from './failed-jobs-admin.service';
