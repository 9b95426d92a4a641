export * from './ops.module';
export * from './ping-record.entity';
