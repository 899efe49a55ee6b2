// Lint: typescript-eslint's recommended rules for TS, eslint-plugin-svelte for the UI. The layering rule is
// dependency-cruiser's (.dependency-cruiser.cjs); `npm run lint` runs both.
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
    // The layering itself is dependency-cruiser's (.dependency-cruiser.cjs), on the resolved import graph. It
    // sees only imports whose name is written out: a computed one (import('node:' + 'fs')) is refused here.
    files: ['src/**/*.ts', 'src/**/*.svelte', 'electron/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: 'ImportExpression[source.type!="Literal"][source.type!="TemplateLiteral"]', message: 'import() takes the module name as a plain string, so the layering check sees it.' },
        { selector: 'ImportExpression > TemplateLiteral[expressions.length>0]', message: 'import() takes the module name as a plain string, so the layering check sees it.' },
        { selector: 'CallExpression[callee.name="require"][arguments.0.type!="Literal"]', message: 'require() takes the module name as a plain string, so the layering check sees it.' },
      ],
    },
  },
);
