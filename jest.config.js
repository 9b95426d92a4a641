/** Jest: a unit project (pure code, next to it) and an e2e project (HTTP, database, queue). */
const swc = [
  '@swc/jest',
  {
    swcrc: false,
    sourceMaps: 'inline',
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // jose ships ESM only; Node requires it natively, Jest (before Node 24.9) needs it compiled.
  transform: { '^.+\\.ts$': swc, '/node_modules/jose/.+\\.js$': swc },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@wt/taxonomy/levels$': '<rootDir>/libs/taxonomy/src/levels',
    '^@wt/matching/core$': '<rootDir>/libs/matching/src/core',
    '^@wt/([^/]+)$': '<rootDir>/libs/$1/src',
    '^@apps/(.*)$': '<rootDir>/apps/$1',
  },
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      setupFilesAfterEnv: ['<rootDir>/test/contract-setup.ts'],
    },
  ],
};
