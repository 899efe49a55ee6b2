// The layering rule for every folder, checked on the import graph dependency-cruiser resolves (static,
// re-exports, dynamic import() and type-only imports alike): `npm run lint` runs it. Data flows one way:
//   ui ──(types only, and its client)──▶ core ◀── backend ◀── server, cli, electron
// A dynamic import whose name is not a plain string cannot be seen here: eslint refuses those
// (no-restricted-syntax in eslint.config.js).
/** @type {import('dependency-cruiser').IConfiguration} */
const NODE_IO = ['core']; // node:fs, fs/promises, path, ... as dependency-cruiser names Node's own modules
const SHELLS = '^src/(cli|server|ui)/|^electron/';
const DESKTOP = '(^|/)node_modules/(electron|electron-store|svelte)/';

module.exports = {
  forbidden: [
    {
      name: 'charts-stay-light',
      comment:
        'The UI takes values from core/reports/charts.ts and core/cards/budget.ts alone: they may import nothing but types, or they would carry core into the renderer.',
      severity: 'error',
      from: { path: '^src/core/(reports/charts|cards/budget)[.]ts$' },
      to: { dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-node-io',
      comment:
        'src/core is pure TypeScript (time and storage come in as arguments) and src/ui runs sandboxed in a browser: ' +
        'neither takes a Node module (node:fs, fs/promises, path, ...).',
      severity: 'error',
      from: { path: '^src/(core|ui)/' },
      to: { dependencyTypes: NODE_IO },
    },
    {
      name: 'core-knows-no-shell',
      comment:
        'Dependencies point into core, never out: not to the backend, a shell, the UI, Electron, Svelte or conf.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: ['^src/(backend|cli|server|ui)/', '^electron/', DESKTOP, '(^|/)node_modules/conf/'] },
    },
    {
      name: 'backend-knows-no-shell',
      comment:
        'The backend implements the contract; the shells (CLI, HTTP server, Electron) and the UI sit on top of it.',
      severity: 'error',
      from: { path: '^src/backend/' },
      to: { path: [SHELLS, DESKTOP] },
    },
    {
      name: 'server-is-a-shell',
      comment: 'The HTTP server depends on core and the backend only.',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: ['^src/(cli|ui)/', '^electron/', DESKTOP] },
    },
    {
      name: 'cli-is-a-shell',
      comment: 'The command line depends on core, the backend and (for `serve`) the server: never the UI or Electron.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: ['^src/ui/', '^electron/', DESKTOP] },
    },
    {
      name: 'cli-calls-the-api',
      comment:
        'The command line calls only the Api (core/api.ts through localApi): from the backend it may open a library ' +
        '(backend.ts), find its folder, tell a disk or lock error, write its own output files, and (`parse`) load the ' +
        'syntax model. The Api methods themselves are off limits.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: {
        path: '^src/backend/',
        pathNot: [
          '^src/backend/(backend|version|syntax-model)[.]ts$',
          '^src/backend/storage/(paths|fsio|atomic)[.]ts$',
          '^src/backend/safety/lock[.]ts$',
          '^src/backend/files/limits[.]ts$',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'ui-is-a-renderer',
      comment: 'The UI reaches the backend only through its Api client: no backend, shell, Electron or Node I/O.',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: ['^src/(backend|cli|server)/', '^electron/', '(^|/)node_modules/(electron|electron-store|conf)/'] },
    },
    {
      name: 'ui-imports-types-from-core',
      comment:
        "The UI imports only types from core: the backend checks, the UI shows (a value import would bundle core's zod schemas into the renderer).",
      severity: 'error',
      from: { path: '^src/ui/' },
      // charts.ts (where each chart's marks go, drawn by the report and the Stats screen alike) and budget.ts (how many
      // cards a deck may have, kept by the generator and said by the create screen) are pure and light
      to: {
        path: '^src/core/',
        pathNot: '^src/core/(reports/charts|cards/budget)[.]ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'electron-is-a-shell',
      comment:
        'Electron main and preload sit on the backend and the contract; never the CLI, the HTTP server or the UI source.',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^src/(cli|server|ui)/' },
    },
    {
      name: 'no-circular',
      comment:
        'A module that ends up importing itself has two jobs or one in the wrong place (a cycle of types only is no cycle at run time).',
      severity: 'error',
      from: { path: '^(src|electron)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to no file: a typo, or a module not in package.json.',
      severity: 'error',
      from: { path: '^(src|electron)/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.tests.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.svelte', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
