// One web page fetched because a person gave its address: http and https only, at most 5 redirects (each one
// checked again), 10 MB and 20 s at most, no cookies (Node's fetch keeps no cookie jar and none is sent), a
// User-Agent that says who asks. In the desktop app this runs in the main process, through Node's fetch rather
// than Chromium's session, whose cookies the page must not see.
import { InputError } from '../../core/errors.js';
import { VERSION } from '../version.js';

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

export const FETCH_LIMITS: FetchLimits = { maxBytes: 10 * 1024 * 1024, timeoutMs: 20_000, maxRedirects: 5 };

export const USER_AGENT = `Factdeck/${VERSION} (offline study app; fetches one article when asked)`;

export interface FetchedPage {
  /** the address the page came from, after redirects */
  url: string;
  bytes: Uint8Array;
  contentType: string | null;
}

/** A person's address -> a URL we may fetch, or one line saying why not. */
export function webAddress(address: string, base?: URL): URL {
  let url: URL;
  try {
    url = base ? new URL(address, base) : new URL(address.trim());
  } catch {
    throw new InputError(`not a web address: ${address.slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(`only http and https addresses are opened, not ${url.protocol.replace(/:$/, '')}`);
  }
  if (url.username || url.password) throw new InputError('addresses with a user name or password are not opened');
  url.hash = '';
  return url;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);
const MB = (n: number) => `${Math.round(n / 1048576)} MB`;

export async function fetchPage(address: string, limits: Partial<FetchLimits> = {}): Promise<FetchedPage> {
  const lim = { ...FETCH_LIMITS, ...limits };
  let url = webAddress(address);
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), lim.timeoutMs);
  try {
    for (let hops = 0; ; hops++) {
      const res = await fetch(url, {
        redirect: 'manual',
        credentials: 'omit',
        signal: ctrl.signal,
        headers: {
          'User-Agent': USER_AGENT,
          Accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5',
          'Accept-Language': 'en',
        },
      });
      if (REDIRECT.has(res.status)) {
        await res.body?.cancel();
        const location = res.headers.get('location');
        if (!location) throw new InputError(`${url.host} answered ${res.status} without saying where to`);
        if (hops + 1 > lim.maxRedirects) throw new InputError(`too many redirects (more than ${lim.maxRedirects}) from ${address}`);
        url = webAddress(location, url);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new InputError(`${url.host} answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''} for ${url.href}`);
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (declared > lim.maxBytes) {
        await res.body?.cancel();
        throw new InputError(`the page is larger than ${MB(lim.maxBytes)} (${(declared / 1048576).toFixed(1)} MB)`);
      }
      return { url: url.href, bytes: await readLimited(res, lim.maxBytes), contentType: res.headers.get('content-type') };
    }
  } catch (e) {
    if (ctrl.signal.aborted) throw new InputError(`no complete answer from ${url.host} within ${lim.timeoutMs / 1000} s`);
    if (e instanceof InputError) throw e;
    const code = (e as { cause?: { code?: string } }).cause?.code;
    throw new InputError(`could not reach ${url.host}${code ? ` (${code})` : ''}`);
  } finally {
    clearTimeout(timer);
  }
}

/** The body, refused as soon as it passes the limit (a server may send more than it declared, or not declare). */
async function readLimited(res: Response, max: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      throw new InputError(`the page is larger than ${MB(max)}`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
