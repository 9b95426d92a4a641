import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const NATURAL_ROOT = {
  name: 'natural',
  message:
    "Import natural's modules (natural/lib/natural/...): the root reads .env and loads database drivers.",
};

// A lib is used through its barrel (index.ts) only; '@wt/taxonomy/levels' is the one pure sub-entry.
const LIB_INTERNALS = [
  {
    regex: '^(\\.\\./)+(libs/)?[a-z][a-z0-9-]*/src(/|$)',
    message:
      'Import another lib through its barrel (@wt/<lib>), never its src/ by a relative path.',
  },
  {
    regex: '^@wt/[^/]+/(?!levels$)',
    message:
      "Import another lib through its barrel (@wt/<lib>); the one sub-path entry is '@wt/taxonomy/levels'.",
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'data/**', 'node_modules/**', '*.js', '*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
      'no-restricted-imports': ['error', { paths: [NATURAL_ROOT] }],
    },
  },
  {
    // Tests and benchmarks under test/ may reach into a lib for its fixtures or its pure parts.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [NATURAL_ROOT], patterns: LIB_INTERNALS }],
    },
  },
);
