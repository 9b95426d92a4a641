export * from './data-source.factory';
export * from './database.module';
export * from './embedded-postgres';
export * from './shared-data-source';
export * from './migrations';
