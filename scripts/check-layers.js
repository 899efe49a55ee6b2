#!/usr/bin/env node
// The layering rule, checked on the source text so no config can switch it off: nothing under src/core
// imports electron, svelte or node:*; the UI imports only types from core; dependencies point one way.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const importRe = /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
const rules = [
  { dir: 'src/core', bad: (spec) => /^(node:|electron|svelte|conf$|electron-store)/.test(spec) || /^(fs|path|os|http|crypto|child_process)$/.test(spec) || /\/(backend|cli|server|ui)\//.test(spec), why: 'src/core is pure (no electron, svelte, node:* or shells)' },
  { dir: 'src/backend', bad: (spec) => /^(electron|svelte)/.test(spec) || /\/(cli|server|ui)\//.test(spec), why: 'the backend knows no shell' },
  { dir: 'src/server', bad: (spec) => /^(electron|svelte)/.test(spec) || /\/(cli|ui)\//.test(spec), why: 'the server depends on core and backend only' },
  { dir: 'src/ui', bad: (spec, typeOnly) => /^(node:|electron)/.test(spec) || /\/(backend|cli|server)\//.test(spec) || (/\/core\//.test(spec) && !typeOnly), why: 'the UI imports only types from core, and its own client' },
];

const problems = [];
function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(ts|svelte|js)$/.test(e.name)) check(p);
  }
}
function check(file) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const rule = rules.find((r) => rel.startsWith(r.dir + '/'));
  if (!rule) return;
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(importRe)) {
    const spec = m[3] ?? m[4] ?? m[5];
    if (spec && rule.bad(spec, Boolean(m[2]))) problems.push(`${rel}: imports '${spec}': ${rule.why}`);
  }
}
for (const r of rules) if (fs.existsSync(path.join(root, r.dir))) walk(path.join(root, r.dir));
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('layers: ok');
