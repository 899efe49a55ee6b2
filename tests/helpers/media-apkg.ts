// An Anki package as Anki (schema 11) writes one, with a picture on a card's front and a sound on its back:
// the collection built with sql.js, the zip with fflate, the PNG and WAV files made here byte by byte.
import { zipSync, zlibSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A w x h RGB picture: a red disc on white (Japan's flag). */
export function flagPng(w = 120, h = 80): Uint8Array {
  const raw = new Uint8Array(h * (1 + 3 * w));
  for (let y = 0; y < h; y++) {
    raw[y * (1 + 3 * w)] = 0;
    for (let x = 0; x < w; x++) {
      const red = (x - w / 2) ** 2 + (y - h / 2) ** 2 < (h * 0.3) ** 2;
      raw.set(red ? [188, 0, 45] : [255, 255, 255], y * (1 + 3 * w) + 1 + 3 * x);
    }
  }
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, w);
  v.setUint32(4, h);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw)), chunk('IEND', new Uint8Array())];
  return concat(parts);
}

/** A short beep: 16-bit mono PCM WAV. */
export function beepWav(seconds = 0.4, rate = 8000, hz = 660): Uint8Array {
  const n = Math.round(seconds * rate);
  const out = new Uint8Array(44 + 2 * n);
  const v = new DataView(out.buffer);
  const text = (o: number, s: string) => out.set(new TextEncoder().encode(s), o);
  text(0, 'RIFF');
  v.setUint32(4, 36 + 2 * n, true);
  text(8, 'WAVEfmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true);
  v.setUint16(22, 1, true);
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * 2, true);
  v.setUint16(32, 2, true);
  v.setUint16(34, 16, true);
  text(36, 'data');
  v.setUint32(40, 2 * n, true);
  for (let i = 0; i < n; i++) v.setInt16(44 + 2 * i, Math.round(8000 * Math.sin((2 * Math.PI * hz * i) / rate)), true);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null,
  factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);`;

/** "Flags of Asia": one Basic note, a flag picture on the front, the country's name and a sound on the back;
 * and one plain note, so the package has a card without media too. */
export function mediaApkg(SQL: SqlJsStatic): Uint8Array {
  const db = new SQL.Database();
  db.exec(SCHEMA);
  const mid = 1342697561419;
  const models = {
    [mid]: {
      id: mid, name: 'Basic', type: 0, flds: [{ name: 'Front', ord: 0 }, { name: 'Back', ord: 1 }],
      tmpls: [{ name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}' }],
    },
  };
  const decks = { 1: { id: 1, name: 'Default' }, 1700000000123: { id: 1700000000123, name: 'Flags of Asia' } };
  db.run('INSERT INTO col VALUES (1, 1600000000, 0, 0, 11, 0, 0, 0, ?, ?, ?, ?, ?)', ['{}', JSON.stringify(models), JSON.stringify(decks), '{}', '{}']);
  db.run('INSERT INTO notes VALUES (1, ?, ?, 0, -1, ?, ?, ?, 0, 0, ?)', ['flagJP', mid, ' flags ', 'Which country flies this flag?<br><img src="japan flag.png">\x1fJapan [sound:nihon.wav]', 'Which country', '']);
  db.run('INSERT INTO notes VALUES (2, ?, ?, 0, -1, ?, ?, ?, 0, 0, ?)', ['capKR', mid, ' capitals ', 'Capital of South Korea?\x1fSeoul', 'Capital', '']);
  db.run('INSERT INTO cards VALUES (11, 1, 1700000000123, 0, 0, -1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, ?)', ['']);
  db.run('INSERT INTO cards VALUES (12, 2, 1700000000123, 0, 0, -1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, ?)', ['']);
  const collection = db.export();
  db.close();
  return zipSync({
    'collection.anki2': collection,
    media: new TextEncoder().encode(JSON.stringify({ 0: 'japan flag.png', 1: 'nihon.wav' })),
    0: flagPng(),
    1: beepWav(),
  });
}
