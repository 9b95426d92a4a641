export * from './http-app';
export * from './logger.module';
