import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const NATURAL_ROOT = {
  name: 'natural',
  message:
    "Import natural's modules (natural/lib/natural/...): the root reads .env and loads database drivers.",
};

// A lib is used through its barrel (index.ts) only; the pure sub-entries (plain TypeScript, no Nest)
// are '@wt/taxonomy/levels' and '@wt/matching/core'.
const LIB_INTERNALS = [
  {
    regex: '^(\\.\\./)+(libs/)?[a-z][a-z0-9-]*/src(/|$)',
    message:
      'Import another lib through its barrel (@wt/<lib>), never its src/ by a relative path.',
  },
  {
    regex: '^@wt/(?!taxonomy/levels$|matching/core$)[^/]+/',
    message:
      "Import another lib through its barrel (@wt/<lib>); the sub-path entries are '@wt/taxonomy/levels' and '@wt/matching/core'.",
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
