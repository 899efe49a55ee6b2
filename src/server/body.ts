// Request bodies: read with a limit per request, stopping at the limit (a body declared larger is
// refused before a byte of it is read), into one buffer of the declared size. Large bodies (imports,
// long articles) pass one at a time through a gate, so four of them at once do not take four times the
// memory: the others wait, unread, while TCP holds their bytes back.
import type http from 'node:http';

/** Bodies up to this size never wait at the gate: answers, settings, a card edit. */
export const SMALL_BODY_BYTES = 1024 * 1024;

export type Body = { bytes: Buffer } | { tooLarge: true };

export function declaredLength(req: http.IncomingMessage): number | null {
  const v = req.headers['content-length'];
  const n = v === undefined ? NaN : Number(v);
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

export function readBody(req: http.IncomingMessage, limit: number): Promise<Body> {
  const declared = declaredLength(req);
  if (declared !== null && declared > limit) return Promise.resolve({ tooLarge: true });
  return new Promise((resolve, reject) => {
    // With a declared length the bytes go straight into one buffer; without, into chunks joined once.
    const whole = declared !== null ? Buffer.allocUnsafe(declared) : null;
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.pause();
    };
    const onData = (c: Buffer) => {
      if (size + c.length > limit || (whole && size + c.length > whole.length)) {
        stop();
        resolve({ tooLarge: true });
        return;
      }
      if (whole) c.copy(whole, size);
      else chunks.push(c);
      size += c.length;
    };
    const onEnd = () => resolve({ bytes: whole ? whole.subarray(0, size) : Buffer.concat(chunks) });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

/** One holder at a time, in arrival order. */
export class Gate {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves when it is this caller's turn, with the function that ends the turn. */
  enter(): Promise<() => void> {
    let leave!: () => void;
    const turn = new Promise<void>((resolve) => (leave = resolve));
    const ready = this.tail.then(() => leave);
    this.tail = this.tail.then(() => turn);
    return ready;
  }
}
