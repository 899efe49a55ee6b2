// A fast path compiled from a zod schema: the same rules, read from the schema itself (so they are written
// once), turned into one plain function (source written here, made with `new Function`, as zod's own fast
// path does): a 100,000-card deck in tens of milliseconds rather than most of a second. It only ever says
// "this is what the schema gives" or "ask the schema": a value it is unsure of (an unknown key, which zod
// would strip; anything that fails) goes to the schema, which decides and words the error. Values are checked
// in place: defaults and transforms are written into the input.
//
// It knows the kinds of schema the deck format uses (object, string, number, boolean, literal, enum, array,
// tuple, nullable, optional, default, transform) and their length, pattern and range checks; a schema with any
// other part is refused when compiled, so a change to the format that it cannot follow fails the tests at once.
// A transform must give the same value when run again (rightOrder does): a value the fast path gives up on
// part-way reaches the schema with the defaults and transforms it had already written.
import type { z } from 'zod';

/** Returned by a compiled check when the value is not (quickly) what the schema gives. */
const ASK = Symbol('ask the schema');

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  innerType?: z.ZodType;
  values?: unknown[];
  entries?: Record<string, unknown>;
  in?: z.ZodType;
  out?: z.ZodType;
  transform?: (x: unknown, ctx: { value: unknown; issues: unknown[] }) => unknown;
  readonly defaultValue?: unknown;
}
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  format?: string;
  pattern?: RegExp;
  value?: number;
  inclusive?: boolean;
}

const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The compiled check: the value the schema would give, or null when it should be asked. */
export function quickCheck<S extends z.ZodType>(schema: S): (raw: unknown) => z.output<S> | null {
  const g = new Gen();
  const code = g.value(schema, 'v0', '');
  // the rules of a schema written in this repository, never input
  const make = new Function('A', 'k', 'ctx', `return function quick(v0) {\n${code}\nreturn v0;\n}`);
  const quick = make(ASK, g.consts, { value: undefined, issues: [] }) as (raw: unknown) => unknown;
  return (raw) => {
    const v = quick(raw);
    return v === ASK ? null : (v as z.output<S>);
  };
}

type Const = (x: unknown) => string;

const own = <T>(table: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** The condition a value of each plain type meets (`k` keeps a constant for the code to use). */
const SIMPLE: Record<string, (v: string, def: Def, k: Const) => string> = {
  string: (v) => `typeof ${v} === 'string'`,
  number: (v) => `typeof ${v} === 'number' && Number.isFinite(${v})`,
  boolean: (v) => `typeof ${v} === 'boolean'`,
  literal: (v, def, k) => `${k(def.values)}.includes(${v})`,
  enum: (v, def, k) => `${k(new Set(Object.values(def.entries!)))}.has(${v})`,
};

/** The condition each of zod's checks sets, or null for a form of it not known here. */
const CHECKS: Record<string, (v: string, c: CheckDef, k: Const) => string | null> = {
  min_length: (v, c) => `${v}.length >= ${c.minimum}`,
  max_length: (v, c) => `${v}.length <= ${c.maximum}`,
  length_equals: (v, c) => `${v}.length === ${c.length}`,
  // a pattern without the g or y flag keeps no state between tests
  string_format: (v, c, k) =>
    c.format === 'regex' && !c.pattern!.global && !c.pattern!.sticky ? `${k(c.pattern)}.test(${v})` : null,
  number_format: (v, c) => (c.format === 'safeint' ? `Number.isSafeInteger(${v})` : null),
  greater_than: (v, c) => `${v} ${c.inclusive ? '>=' : '>'} ${c.value}`,
  less_than: (v, c) => `${v} ${c.inclusive ? '<=' : '<'} ${c.value}`,
};

/** Writes the statements that check a value held in a local variable, and replace it where the schema would. */
class Gen {
  readonly consts: unknown[] = [];
  private n = 0;

  private k(x: unknown): string {
    this.consts.push(x);
    return `k[${this.consts.length - 1}]`;
  }
  private name(): string {
    return `v${++this.n}`;
  }

  /** Code checking `v` (a `let`) against `schema`; `v` may be given a new value (a default, a transform). */
  value(schema: z.ZodType, v: string, at: string): string {
    const def = defOf(schema);
    return this.type(def, v, at) + (def.checks ?? []).map((c) => this.check(c._zod.def, v, at)).join('');
  }

  /** Whether checking may give a value other than the one checked (a default or a transform inside). */
  changes(schema: z.ZodType): boolean {
    const def = defOf(schema);
    if (def.type === 'default' || def.type === 'pipe') return true;
    if (def.type === 'object') return Object.values(def.shape!).some((s) => this.changes(s));
    const inner = def.innerType ?? def.element;
    return (inner !== undefined && this.changes(inner)) || (def.items ?? []).some((s) => this.changes(s));
  }

  private type(def: Def, v: string, at: string): string {
    const simple = own(SIMPLE, def.type);
    if (simple) return `if (!(${simple(v, def, (x) => this.k(x))})) return A;\n`;
    switch (def.type) {
      case 'nullable':
        return `if (${v} !== null) {\n${this.value(def.innerType!, v, at)}}\n`;
      case 'optional':
        return `if (${v} !== undefined) {\n${this.value(def.innerType!, v, at)}}\n`;
      case 'default':
        // defaultValue is a getter giving a fresh copy each time
        return `if (${v} === undefined) ${v} = ${this.k(() => def.defaultValue)}();\n${this.value(def.innerType!, v, at)}`;
      case 'array':
        return this.array(def, v, at);
      case 'tuple':
        return this.tuple(def, v, at);
      case 'object':
        return this.object(def, v, at);
      case 'pipe':
        return this.pipe(def, v, at);
    }
    throw new Error(`quick-parse: no fast check for a zod ${def.type} (at ${at || 'the top'})`);
  }

  private array(def: Def, v: string, at: string): string {
    const i = this.name();
    const e = this.name();
    const back = this.changes(def.element!) ? `${v}[${i}] = ${e};\n` : '';
    return `if (!Array.isArray(${v})) return A;\nfor (let ${i} = 0; ${i} < ${v}.length; ${i}++) {\nlet ${e} = ${v}[${i}];\n${this.value(def.element!, e, `${at}[]`)}${back}}\n`;
  }

  private tuple(def: Def, v: string, at: string): string {
    if (def.rest) throw new Error(`quick-parse: no fast check for a tuple with a rest (at ${at})`);
    let out = `if (!Array.isArray(${v}) || ${v}.length !== ${def.items!.length}) return A;\n`;
    def.items!.forEach((s, i) => {
      const e = this.name();
      out += `{\nlet ${e} = ${v}[${i}];\n${this.value(s, e, `${at}[${i}]`)}${this.changes(s) ? `${v}[${i}] = ${e};\n` : ''}}\n`;
    });
    return out;
  }

  private object(def: Def, v: string, at: string): string {
    if (def.catchall) throw new Error(`quick-parse: no fast check for an object with a catchall (at ${at})`);
    const keys = Object.keys(def.shape!);
    const key = this.name();
    // zod strips keys it does not know: the schema does that, not the fast path
    let out = `if (typeof ${v} !== 'object' || ${v} === null || Array.isArray(${v})) return A;\n`;
    out += `for (const ${key} in ${v}) if (!${this.k(new Set(keys))}.has(${key})) return A;\n`;
    for (const k of keys) {
      const s = def.shape![k]!;
      const f = this.name();
      const prop = `${v}[${JSON.stringify(k)}]`;
      out += `{\nlet ${f} = ${prop};\n${this.value(s, f, `${at}.${k}`)}${this.changes(s) ? `if (${f} !== ${prop}) ${prop} = ${f};\n` : ''}}\n`;
    }
    return out;
  }

  private pipe(def: Def, v: string, at: string): string {
    const out = defOf(def.out!);
    if (out.type !== 'transform' || out.checks?.length)
      throw new Error(`quick-parse: no fast check for a pipe into a ${out.type} (at ${at})`);
    // one context for every call: a transform that reports an issue sends the value to the schema
    return `${this.value(def.in!, v, at)}ctx.value = ${v};\nctx.issues.length = 0;\n${v} = ${this.k(out.transform)}(${v}, ctx);\nif (ctx.issues.length) return A;\n`;
  }

  private check(c: CheckDef, v: string, at: string): string {
    const cond = own(CHECKS, c.check)?.(v, c, (x) => this.k(x));
    if (cond) return `if (!(${cond})) return A;\n`;
    throw new Error(
      `quick-parse: no fast check for zod's ${c.check}${c.format ? ` (${c.format})` : ''} (at ${at || 'the top'})`,
    );
  }
}
