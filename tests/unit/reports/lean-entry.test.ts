import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { leanEntry, LEAN_STATE } from '../../../src/backend/storage/lean-entry.js';

const state = fc.record({
  due: fc.integer({ min: 0, max: 2 ** 45 }), stab: fc.double({ min: 0, max: 1e5, noNaN: true }), diff: fc.double({ min: 1, max: 10, noNaN: true }),
  state: fc.constantFrom(0, 1, 2, 3), reps: fc.nat(), lapses: fc.nat(), step: fc.nat(), last: fc.option(fc.nat()), sched: fc.nat(),
}, { requiredKeys: ['due', 'stab', 'diff', 'state', 'reps', 'lapses', 'step', 'last', 'sched'] }).chain((s) =>
  fc.record({ susp: fc.boolean(), leech: fc.boolean() }, { requiredKeys: [] }).map((x) => ({ ...s, ...x })));
const text = fc.oneof(fc.string(), fc.constantFrom('a"b', 'x\\y', ',"s":{', '}', '{"k":', '\u2028é日本', '"\\"'));
const entry = fc.record({
  k: fc.constantFrom('r', 'u', 'x'), n: fc.integer({ min: 1, max: 2 ** 40 }), t: fc.integer({ min: 0, max: 2 ** 45 }),
  d: text, c: text, g: fc.constantFrom(1, 2, 3, 4), ms: fc.nat(), p: fc.constantFrom(0, 1, 2, 3), u: fc.nat(), s: state,
}, { requiredKeys: ['k', 'n', 't', 'd', 'c', 's'] });

describe('leanEntry', () => {
  it('reads the same fields as JSON.parse, whatever the text in ids', () => {
    fc.assert(fc.property(entry, (e) => {
      const line = JSON.stringify(e);
      const { s: _s, ...rest } = JSON.parse(line) as typeof e;
      const lean = leanEntry(line);
      expect(lean).not.toBeNull();
      const { s, ...leanRest } = lean!;
      expect(leanRest).toEqual(rest);
      expect(s).toBe(LEAN_STATE);
    }), { numRuns: 2000 });
  });

  it('gives up (null) on what it does not expect, so the caller parses in full', () => {
    for (const bad of ['', '{}', '{"k":"r","n":1,"d":"a","c":"b"}', '{"k":"r","n":true,"t":1,"d":"a","c":"b","s":{"due":1}}',
      '{"k":"r","n":1,"t":1,"d":"a","c":"b","s":{"x":{"due":1}}}', '{"k":"r","n":1,"t":1,"d":"a","c":"b","s":{"due":1}',
      '{"k":"r","n":1,"t":1,"d":"a","c":"b","s":{"state":1}}', '{"k":"r","n":1,"t":1,"d":"a","c":"b","s":{"due":1}} x',
      '{"k":"r","n":1,"t":1,"d":"a,"c":"b","s":{"due":1}}', '{"__proto__":{"n":1},"k":"r","t":1,"d":"a","c":"b","s":{"due":1}}']) {
      expect(leanEntry(bad), bad).toBeNull();
    }
  });
});
