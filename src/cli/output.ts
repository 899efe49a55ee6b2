// Everything a command prints on stdout goes through here. A pipe takes 64 KB at a time: a write is done
// when its callback says so, and every command awaits its writes before returning its exit code (the
// process then ends by itself, never with output pending). A reader that goes away early (`| head`) ends
// the output quietly; a disk that refuses a redirected stdout (`> file` on a full disk) is one line.
import { asDiskError } from '../backend/storage/fsio.js';

let readerGone = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // The write's own callback reports the error; this listener only keeps it from being thrown again.
  if (e.code === 'EPIPE') readerGone = true;
});

export function writeOut(data: string | Uint8Array): Promise<void> {
  if (readerGone || data.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    process.stdout.write(data, (e) => {
      if (!e) return resolve();
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') {
        readerGone = true;
        return resolve();
      }
      reject(asDiskError(e, 'the output was not written whole', 'run the command again'));
    });
  });
}
