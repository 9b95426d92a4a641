export * from './test-environment';
export * from './http-test-app';
export * from './tokens';
export * from './routes';
export * from './module-probe';
export * from './openapi-contract';
export * from './contract-recorder';
