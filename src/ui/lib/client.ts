// The UI's only way to the backend: a typed client of the Api contract. In the desktop app it uses
// the preload bridge; in the browser shell, POST /api/<method> with the run's token.
import type { Api, ApiMethod } from '../../core/api';

interface Bridge {
  call(method: string, arg: unknown): Promise<unknown>;
}

interface Reply {
  result?: unknown;
  error?: { kind: string; message: string };
}

/** A failure to show a person: their input (kind 'input') or something the app could not do. */
export class ApiError extends Error {
  constructor(readonly kind: string, message: string) {
    super(message);
  }
}

function token(): string {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem('factdeck-token', fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem('factdeck-token') ?? '';
}

function bridge(): Bridge | undefined {
  return (window as unknown as { factdeck?: Bridge }).factdeck;
}

/** The browser shell's Api needs the run's token (from the address `factdeck serve` printed); the desktop app does not. */
export function hasToken(): boolean {
  return isDesktop() || token() !== '';
}

/** Told when the server refused the token (a new run of `factdeck serve` makes a new one). */
export const UNAUTHORIZED = 'factdeck-unauthorized';

/** True in the desktop app (the preload's bridge is there), false in the browser shell. */
export function isDesktop(): boolean {
  return bridge() !== undefined;
}

async function call(method: ApiMethod, arg: unknown): Promise<unknown> {
  const desktop = bridge();
  let reply: Reply;
  if (desktop) {
    reply = (await desktop.call(method, arg ?? {})) as Reply;
  } else {
    const res = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Factdeck-Token': token() },
      body: JSON.stringify(arg ?? {}),
    });
    if (res.status === 401) window.dispatchEvent(new Event(UNAUTHORIZED));
    reply = (await res.json().catch(() => ({ error: { kind: 'internal', message: `HTTP ${res.status}` } }))) as Reply;
  }
  if (reply.error) throw new ApiError(reply.error.kind, reply.error.message);
  return reply.result;
}

export const api = new Proxy({} as Api, {
  get: (_target, method: string) => (arg?: unknown) => call(method as ApiMethod, arg),
});
