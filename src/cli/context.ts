// What every command gets: parsed global options and a way to the Api. Commands call only the Api (through
// localApi: the same argument checks as the HTTP and IPC shells); the backend is loaded when a command opens
// it, so `--help` and `--version` load none of it.
import type { Api } from '../core/api.js';
import type { ArticleMethods } from '../backend/methods/articles.js';
import type { Backend, BackendOptions } from '../backend/backend.js';

export interface OpenLibrary {
  api: Api;
  /** the backend itself, for a shell of its own (`factdeck serve` hands it to the HTTP server) */
  backend: Backend;
  close(): void;
}

export interface CliContext {
  args: string[];
  openLibrary(opts?: Pick<BackendOptions, 'readOnly' | 'owner' | 'sync' | 'readAhead'>): Promise<OpenLibrary>;
  /** for commands that only read: the library for writing when free (so a new one gets its built-in
   * deck), else read-only beside the app that holds it */
  openForReading(): Promise<OpenLibrary>;
  /** the article methods alone: reading articles and generating decks needs no library */
  articles(): Promise<{ api: ArticleMethods; close(): void }>;
}

export function makeContext(dataDirFlag: string | undefined, args: string[]): CliContext {
  const owner = 'factdeck ' + (args[0] ?? '');
  const dataDir = async () => dataDirFlag ?? (await import('../backend/storage/paths.js')).defaultDataDir();
  const opened = async (backend: Backend): Promise<OpenLibrary> => {
    const { localApi } = await import('../core/dispatch.js');
    return { api: localApi<keyof Api>(backend), backend, close: () => backend.close() };
  };
  const ctx: CliContext = {
    args,
    async openLibrary(opts = {}) {
      const { createBackend } = await import('../backend/backend.js');
      return opened(createBackend(await dataDir(), { owner, ...opts }));
    },
    async openForReading() {
      const [{ createBackend }, { LibraryLockedError }] = await Promise.all([import('../backend/backend.js'), import('../backend/safety/lock.js')]);
      const dir = await dataDir();
      try {
        return await opened(createBackend(dir, { owner }));
      } catch (e) {
        if (e instanceof LibraryLockedError) return opened(createBackend(dir, { readOnly: true }));
        throw e;
      }
    },
    async articles() {
      const [{ createArticleApi }, { localApi }] = await Promise.all([import('../backend/backend.js'), import('../core/dispatch.js')]);
      const impl = createArticleApi();
      return { api: localApi<keyof ArticleMethods>(impl), close: () => impl.close() };
    },
  };
  return ctx;
}
