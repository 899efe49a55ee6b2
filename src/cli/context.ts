// What every command gets: parsed global options and a way to open the library.
import { createBackend, type Backend, type BackendOptions } from '../backend/backend.js';
import { defaultDataDir } from '../backend/paths.js';
import { LibraryLockedError } from '../backend/lock.js';

export interface CliContext {
  dataDir: string;
  args: string[];
  openLibrary(opts?: Pick<BackendOptions, 'readOnly' | 'owner' | 'sync'>): Backend;
  /** for commands that only read: the library for writing when free (so a new one gets its built-in
   * deck), else read-only beside the app that holds it */
  openForReading(): Backend;
}

export function makeContext(dataDirFlag: string | undefined, args: string[]): CliContext {
  const dataDir = dataDirFlag ?? defaultDataDir();
  return {
    dataDir,
    args,
    openLibrary: (opts = {}) => createBackend(dataDir, { owner: 'factdeck ' + (args[0] ?? ''), ...opts }),
    openForReading() {
      try {
        return createBackend(dataDir, { owner: 'factdeck ' + (args[0] ?? '') });
      } catch (e) {
        if (e instanceof LibraryLockedError) return createBackend(dataDir, { readOnly: true });
        throw e;
      }
    },
  };
}
