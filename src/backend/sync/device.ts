// This device's id in the database, and which answer documents are its own. An answer's id is
// a:<device>:<seq>, the device's id and the answer's sequence number in this library's review log, so two
// devices never make the same id. A library copied to another machine (or folder) would share its id with the
// original: the copy makes itself a new one, and the old id stays its own only up to the answers the copy had.
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { answerDocId } from '../../core/sync/docs.js';
import type { SyncState } from './files.js';

export interface Identity {
  device: string;
  /** whether the answer document with this device and sequence number was made by this library */
  own(device: string, seq: number): boolean;
  /** the document id of this library's own log entry n */
  idOf(n: number): string;
}

export function placeOf(dataDir: string): string {
  return `${os.hostname()}:${path.resolve(dataDir)}`;
}

function newDeviceId(): string {
  // 16 characters of base 32: 80 random bits
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return [...crypto.randomBytes(16)].map((b) => alphabet[b & 31]).join('');
}

/** Makes (or remakes, after a move) the device id; returns true when the state changed and must be saved. */
export function ensureDevice(state: SyncState, place: string, lastSeq: number): boolean {
  if (state.device !== null && state.place === place) return false;
  if (state.device !== null) state.former.push({ device: state.device, upTo: lastSeq });
  state.device = newDeviceId();
  state.place = place;
  return true;
}

export function identity(state: SyncState): Identity {
  const device = state.device!;
  const former = [...state.former];
  return {
    device,
    own: (d, seq) => d === device || former.some((f) => f.device === d && seq <= f.upTo),
    idOf(n) {
      for (const f of former) if (n <= f.upTo) return answerDocId(f.device, n);
      return answerDocId(device, n);
    },
  };
}
