export * from './test-environment';
export * from './http-test-app';
