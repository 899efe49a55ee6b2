// Lint: typescript-eslint's recommended rules for TS, eslint-plugin-svelte for the UI, and the
// layering rule (core stays pure) which scripts/check-layers.js also enforces for imports eslint cannot see.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'release/', 'test-results/', 'playwright-report/', '.tmp*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
    rules: { 'svelte/no-at-html-tags': 'error' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'crypto'], message: 'src/core is pure: no Node I/O.' },
          { group: ['electron', 'electron-store', 'svelte', 'svelte/*', 'conf'], message: 'src/core knows no shell.' },
          { group: ['**/backend/**', '**/cli/**', '**/server/**', '**/ui/**'], message: 'dependencies point into core, never out.' },
        ],
      }],
    },
  },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.svelte'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/backend/**', '**/cli/**', '**/server/**', 'node:*', 'electron'], message: 'the UI reaches the backend only through its Api client.' }],
      }],
    },
  },
);
