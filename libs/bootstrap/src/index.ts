export * from './http-app';
export * from './http-hardening';
export * from './http-security.module';
export * from './error-response.filter';
export * from './logger.module';
export * from './api-docs';
