// A card's pictures and sounds, fetched through the Api once and kept as data: URLs (what the page's
// Content-Security-Policy allows for images and media, in the desktop app and the browser shell alike).
import { api } from './client';

const cache = new Map<string, Promise<string>>();
/** Files kept at once: a session shows a few dozen; an old one is fetched again if it comes back. */
const KEEP = 64;

export function mediaUrl(file: string): Promise<string> {
  let url = cache.get(file);
  if (!url) {
    url = api.media({ file }).then((m) => `data:${m.mimeType};base64,${m.data}`);
    url.catch(() => cache.delete(file));
    cache.set(file, url);
    if (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  }
  return url;
}
