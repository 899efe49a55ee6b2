// Uploads decoded as they arrive (src/server/upload.ts) give exactly what JSON.parse and a base64 decode of
// the whole body give, however the body is cut into chunks and whatever else the object holds.
import type http from 'node:http';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readUpload } from '../../../src/server/upload.js';

function req(chunks: Buffer[], declare = true): http.IncomingMessage {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  return Object.assign(Readable.from(chunks), { headers: declare ? { 'content-length': String(total) } : {} }) as unknown as http.IncomingMessage;
}

function cut(body: Buffer, at: number[]): Buffer[] {
  const points = [...new Set(at.map((a) => a % (body.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const p of [...points, body.length]) {
    if (p > prev) out.push(body.subarray(prev, p));
    prev = p;
  }
  return out;
}

const others = fc.record({
  name: fc.string({ unit: 'grapheme', maxLength: 30 }),
  title: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
  mapping: fc.option(fc.record({ front: fc.nat(5), back: fc.nat(5), tags: fc.constant(null), header: fc.boolean() }), { nil: undefined }),
});

describe('readUpload', () => {
  it('decodes `data` and keeps the other fields, for any chunking, key order and escaping', async () => {
    await fc.assert(fc.asyncProperty(
      fc.uint8Array({ maxLength: 3000 }), others, fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), fc.boolean(), fc.boolean(),
      async (file, rest, at, dataFirst, escapeSlash, declare) => {
        const data = Buffer.from(file).toString('base64');
        const obj = dataFirst ? { data, ...rest } : { ...rest, data };
        let text = JSON.stringify(obj, null, dataFirst ? 1 : 0);
        if (escapeSlash) text = text.replace(/\//g, '\\/');
        const u = await readUpload(req(cut(Buffer.from(text), at), declare), 1 << 20);
        expect(u.ok).toBe(true);
        if (!u.ok) return;
        expect(Buffer.from(u.bytes).equals(Buffer.from(file))).toBe(true);
        expect({ ...u.arg, data: undefined }).toEqual({ ...(JSON.parse(text) as object), data: undefined });
      },
    ), { numRuns: 300 });
  });

  it('is not fooled by "data" inside other strings or nested objects', async () => {
    const text = JSON.stringify({ name: 'x","data":"QUFB', mapping: { data: 'zzz' }, 'da\\ta': 1, data: 'QkJC' });
    const u = await readUpload(req([Buffer.from(text)]), 1 << 20);
    expect(u.ok && u.bytes.toString()).toBe('BBB');
    expect(u.ok && u.arg['name']).toBe('x","data":"QUFB');
  });

  it('refuses what is not a JSON object, and a body over the limit', async () => {
    for (const bad of ['[1,2]', '{"data":"QUFB"', '{"data":"QU\\"FB"}', 'nonsense', '{"data":"QU\\nFB"}', '{"data":"A","data":"B"}']) {
      const u = await readUpload(req([Buffer.from(bad)]), 1 << 20);
      expect(u, bad).toEqual({ ok: false, why: 'notJson' });
    }
    expect(await readUpload(req([Buffer.alloc(2000, 65)]), 1000)).toEqual({ ok: false, why: 'tooLarge' });
    expect(await readUpload(req([Buffer.alloc(600, 65), Buffer.alloc(600, 65)], false), 1000)).toEqual({ ok: false, why: 'tooLarge' });
  });
});
