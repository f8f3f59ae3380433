// Lint: the recommended JS and TypeScript rules; generated output stays out; no import against
// the layers of scripts/layers.mjs (core ← emulator ← suite). The TypeScript
// sources are also linted with their types, for the promise rules: a promise nobody awaits, or
// one handed where nothing waits for it (a listener, a callback), is how an event-driven suite
// acts out of order without a failing test.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { layerZones } from './scripts/layers.mjs';

export default tseslint.config(
  { ignores: ['node_modules/', 'reports/', '.cache/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['vitest.config.ts'] }, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'mocks/**/*.ts', 'steps/**/*.ts', 'reference-participant/**/*.ts'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones() }] },
  },
);
