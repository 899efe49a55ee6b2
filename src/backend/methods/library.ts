// The library as a whole: its status (what a person should be told on opening), its media files, and its
// backups (listing and restoring: src/backend/safety).
import type { Api, Notice } from '../../core/api.js';
import { backups, restore, type Keeper } from '../safety/recovery.js';
import { mediaFile } from '../storage/media.js';
import { VERSION } from '../version.js';

export type LibraryMethods = Pick<Api, 'status' | 'media' | 'listBackups' | 'restoreBackup'>;

export interface LibraryRoom {
  dataDir: string;
  notices: readonly Notice[];
  reviews(): number;
  keeper: Keeper;
  /** after a restore: what the study methods remember of the library before it no longer holds */
  restored(): void;
}

export function makeLibraryMethods(room: LibraryRoom): LibraryMethods {
  return {
    async status() {
      return { dataDir: room.dataDir, version: VERSION, notices: [...room.notices], reviews: room.reviews() };
    },
    async media({ file }) {
      return mediaFile(room.dataDir, file);
    },
    async listBackups() {
      return backups(room.keeper);
    },
    async restoreBackup({ id }) {
      const r = restore(room.keeper, id);
      room.restored();
      return r;
    },
  };
}
