// The library's preferences file, preferences.json: settings, presets, the imports already seen, the optimiser's
// last run. Small, rewritten whole (atomically, through the write seam, fsio.ts) on a change. The format is
// conf's (electron-store's): one JSON object, tab-indented; keys this version does not know are kept. Read
// here rather than through conf, which cost 150 ms of every command's start and wrote outside the seam.
import fs from 'node:fs';
import path from 'node:path';
import type { Preset } from '../../core/schedule/presets.js';
import type { SchedulerSettings } from '../../core/schedule/settings.js';
import type { OptimizationRun } from '../optimiser/optimize-job.js';
import { writeFileAtomic } from './atomic.js';
import { nodeFs, type FileSystem } from './fsio.js';

export interface PrefsShape {
  seeded?: boolean;
  scheduler?: Partial<SchedulerSettings>;
  /** sha-256 of an imported file -> the deck it became */
  imports?: Record<string, string>;
  optimizer?: OptimizationRun;
  /** deck option presets other than Default (which is `scheduler`), by id */
  presets?: Record<string, Preset>;
  /** deck id -> preset id, for decks not on Default */
  deckPresets?: Record<string, string>;
}

export const PREFS_FILE = 'preferences.json';

export class Prefs {
  private data: Record<string, unknown>;
  readonly file: string;

  /** Reads `dir`/preferences.json (none yet: empty); throws when the file does not hold a JSON object. */
  constructor(dir: string, private readonly fsys: FileSystem = nodeFs) {
    this.file = path.join(dir, PREFS_FILE);
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      text = '{}';
    }
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new SyntaxError(`${PREFS_FILE} does not hold an object`);
    this.data = data as Record<string, unknown>;
  }

  get<K extends keyof PrefsShape>(key: K): PrefsShape[K] {
    return Object.prototype.hasOwnProperty.call(this.data, key) ? (this.data[key] as PrefsShape[K]) : undefined;
  }

  /** Stores the file with `key` changed; on a refused write the file and this object stay as they were. */
  set<K extends keyof PrefsShape>(key: K, value: PrefsShape[K]): void {
    const next = { ...this.data, [key]: value };
    writeFileAtomic(this.file, JSON.stringify(next, undefined, '\t'), this.fsys);
    this.data = next;
  }

  /** The deck a file (by its hash) was imported as, if it was. */
  imported(hash: string): string | undefined {
    const imports = this.get('imports');
    return imports && Object.prototype.hasOwnProperty.call(imports, hash) ? imports[hash] : undefined;
  }

  rememberImport(hash: string, deckId: string): void {
    this.set('imports', Object.assign(Object.create(null) as Record<string, string>, this.get('imports'), { [hash]: deckId }));
  }
}
