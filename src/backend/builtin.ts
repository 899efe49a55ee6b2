// The built-in decks: articles shipped in decks/ (text + metadata), generated into a fresh library.
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../core/deck.js';

export function builtinArticles(dir: string): ArticleInput[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.meta.json')).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const meta = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as ArticleInput & { text: string };
    return { ...meta, text: fs.readFileSync(path.join(dir, meta.text), 'utf8') };
  });
}
