// Lint, including the layering rule of ARCHITECTURE.md: renderer → shared ← main.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const layer = (message, regex) => ({ regex, message });
const intoMain = layer('renderer/ and shared/ must not import from main/ (renderer → shared ← main).', '(^|/|@)main/');
const featureInternals = layer(
  'A feature may use another feature only through its index.ts (renderer/src/features/<feature>/index.ts).',
  '^((\\.\\./)+(?!app/|ui/|charts/)[a-z]+/(?!index$).+|@renderer/src/features/[a-z]+/(?!index$).+)$',
);
const intoRenderer = layer('main/ and shared/ must not import from renderer/ (renderer → shared ← main).', '(^|/|@)renderer/');

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer has no Electron access; use renderer/src/api.' }],
          patterns: [intoMain, { group: nodeModules, message: 'The renderer has no Node access.' }],
        },
      ],
    },
  },
  {
    // A feature uses another only through that feature's index.ts (its public surface).
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer has no Electron access; use renderer/src/app/api.' }],
          patterns: [
            intoMain,
            { group: nodeModules, message: 'The renderer has no Node access.' },
            featureInternals,
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [intoRenderer] }] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is pure TypeScript: no Electron.' }],
          patterns: [
            intoMain,
            intoRenderer,
            { group: nodeModules, message: 'shared/ is pure TypeScript: no Node APIs (WebCrypto via globalThis.crypto is fine).' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'location', 'process', 'require', 'Buffer', '__dirname', '__filename'].map(
          (name) => ({ name, message: `shared/ must not use ${name}: no DOM or Node APIs.` }),
        ),
      ],
    },
  },
);
