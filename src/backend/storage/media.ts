// The library's images and sounds (from Anki packages): media/<content name>, written atomically, never
// changed (a name is its content), shared by every deck that shows the file.
import fs from 'node:fs';
import path from 'node:path';
import type { MediaFile } from '../../core/api.js';
import { MEDIA_FILE } from '../../core/deck.js';
import { InputError } from '../../core/errors.js';
import { MEDIA_TYPES } from '../../core/formats/apkg-media.js';
import type { ImportedMedia } from '../../core/formats/types.js';
import { writeFileAtomic } from './atomic.js';

export function mediaDir(dataDir: string): string {
  return path.join(dataDir, 'media');
}

/** Stores files not already there; returns how many were new. */
export function saveMedia(dataDir: string, files: readonly ImportedMedia[]): number {
  if (files.length === 0) return 0;
  const dir = mediaDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  let added = 0;
  for (const f of files) {
    if (!MEDIA_FILE.test(f.file)) throw new Error(`not a media file name: ${f.file}`);
    const target = path.join(dir, f.file);
    if (fs.existsSync(target)) continue;
    writeFileAtomic(target, f.bytes);
    added++;
  }
  return added;
}

export function readMedia(dataDir: string, file: string): Uint8Array {
  if (!MEDIA_FILE.test(file)) throw new InputError(`not a media file name: ${file}`);
  try {
    return fs.readFileSync(path.join(mediaDir(dataDir), file));
  } catch {
    throw new InputError(`the media file ${file} is not in the library`);
  }
}

export function mediaFile(dataDir: string, file: string): MediaFile {
  const ext = file.slice(file.lastIndexOf('.') + 1);
  return { mimeType: MEDIA_TYPES[ext] ?? 'application/octet-stream', data: Buffer.from(readMedia(dataDir, file)).toString('base64') };
}
