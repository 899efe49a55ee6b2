// electron-vite: main (ESM), preload (CommonJS .cjs, as a sandboxed window requires) and renderer.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          main: resolve(import.meta.dirname, 'electron/main.ts'),
          // The FSRS optimiser's worker thread, loaded by file name next to the main bundle.
          'optimize-worker': resolve(import.meta.dirname, 'src/backend/optimiser/optimize-worker.ts'),
          // The deck generator's worker thread (src/backend/generation.ts), likewise.
          'generate-worker': resolve(import.meta.dirname, 'src/backend/generate-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { preload: resolve(import.meta.dirname, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/ui'),
    plugins: [svelte({ configFile: resolve(import.meta.dirname, 'svelte.config.js') })],
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'src/ui/index.html') } },
    },
  },
});
