// The one way into the Api from outside a process (HTTP, Electron's IPC) and from the command line: the method
// looked up in the contract's table, its argument checked against its schema, and the failures a person should
// see turned into one line of a known kind. Anything else is a bug and is thrown on.
import { ZodError } from 'zod';
import { contract, isApiMethod, type Api, type ApiArg, type ApiMethod, type ApiResult } from './api.js';
import { describeZod, isInputError } from './errors.js';

/** input: their data (exit 65, HTTP 400); usage: no such method (404); locked: another Factdeck holds the
 * library (409); disk: a write the disk refused (507); readonly: a change asked of a library opened to read (409);
 * network: a sync server out of reach or refusing (502). */
export type ErrorKind = 'input' | 'usage' | 'locked' | 'disk' | 'readonly' | 'network';

export type Reply = { result: unknown } | { error: { kind: ErrorKind; message: string } };

export interface DispatchOptions {
  /** check the result against the method's output schema too (tests and `factdeck serve` under test): a result
   * the contract does not describe is a bug. Off by default: a 100,000-card deck is not parsed twice. */
  checkOutput?: boolean;
}

/** Errors other rooms throw by name (the core knows their names, not their classes). */
const KIND_BY_NAME: Record<string, ErrorKind> = { LibraryLockedError: 'locked', DiskError: 'disk', ReadOnlyError: 'readonly', NetworkFailure: 'network' };

/** Checks the argument, calls the method, checks the result when asked; throws what the method throws. */
export async function call<M extends ApiMethod>(impl: Api, method: M, arg: unknown, opts: DispatchOptions = {}): Promise<ApiResult<M>> {
  const spec = contract[method];
  const parsed = spec.input.parse(arg ?? {}) as ApiArg<M>;
  const result = await (impl[method] as (a: ApiArg<M>) => Promise<ApiResult<M>>).call(impl, parsed);
  if (opts.checkOutput) {
    const checked = spec.output.safeParse(result);
    if (!checked.success) throw new Error(`${method} gave a result the contract does not describe: ${describeZod(checked.error)}`);
  }
  return result;
}

/** A call from another process: a method name and an argument as they came, a reply as JSON can carry it. */
export async function dispatch(impl: Api, method: string, arg: unknown, opts: DispatchOptions = {}): Promise<Reply> {
  if (!isApiMethod(method)) return { error: { kind: 'usage', message: `no method ${method}` } };
  try {
    return { result: (await call(impl, method, arg, opts)) ?? null };
  } catch (e) {
    const kind = errorKind(e);
    if (kind === null) throw e;
    return { error: { kind, message: e instanceof ZodError ? describeZod(e) : (e as Error).message } };
  }
}

/** The kind of a failure a person should be told about in one line; null for a bug. */
export function errorKind(e: unknown): ErrorKind | null {
  if (e instanceof ZodError || isInputError(e)) return 'input';
  if (e instanceof Error) return KIND_BY_NAME[e.name] ?? null;
  return null;
}

/** The Api in this process, every call going through `call` (the command line uses it: the same checks as
 * the HTTP and IPC shells, and the same errors thrown as the methods throw them). */
export function localApi<M extends ApiMethod>(impl: Pick<Api, M>, opts: DispatchOptions = {}): Pick<Api, M> {
  const out: Partial<Record<ApiMethod, (arg: unknown) => Promise<unknown>>> = {};
  for (const m of Object.keys(contract) as ApiMethod[]) if (m in impl) out[m] = (arg) => call(impl as Api, m, arg, opts);
  return out as Pick<Api, M>;
}
