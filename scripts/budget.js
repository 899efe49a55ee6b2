#!/usr/bin/env node
// Budgets that only go down (`npm run lint` runs this; `npm run budget -- --update` records lower numbers):
// - complexity: per file, how far its functions go over a cyclomatic complexity of 10 (eslint's `complexity`
//   rule), summed. A file may not go over its number; a new file starts at 0.
// - formatting: every .ts/.js/.svelte file is as Prettier writes it, except those listed as not yet formatted (the files
//   that were there when Prettier came in). The list only shrinks: format a file and it leaves the list.
// Both numbers are in budget.json; the check fails when one goes up, and says when one went down.
// `--reset` records things as they are, whatever they are: only for a merge that brings in files written
// before the budget existed (say so in the merge's message).
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import tseslint from 'typescript-eslint';
import svelteParser from 'svelte-eslint-parser';

const root = path.resolve(import.meta.dirname, '..');
const BUDGET = path.join(root, 'budget.json');
const LIMIT = 10;
const FOLDERS = ['src', 'electron', 'bin', 'bench', 'scripts', 'tests'];
const reset = process.argv.includes('--reset');
const update = reset || process.argv.includes('--update');

function files(dir, out = []) {
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) files(rel, out);
    else if (/\.(ts|js|svelte)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

async function complexity(list) {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts', '**/*.js'], languageOptions: { parser: tseslint.parser } },
      { files: ['**/*.svelte'], languageOptions: { parser: svelteParser, parserOptions: { parser: tseslint.parser } } },
      { rules: { complexity: ['error', LIMIT] } },
    ],
  });
  const over = {};
  for (const r of await eslint.lintFiles(list)) {
    const rel = path.relative(root, r.filePath).split(path.sep).join('/');
    for (const m of r.messages) {
      if (m.ruleId !== 'complexity') continue;
      const n = Number(/complexity of (\d+)/.exec(m.message)?.[1]);
      over[rel] = (over[rel] ?? 0) + (n - LIMIT);
    }
  }
  return over;
}

async function unformatted(list) {
  const out = [];
  for (const rel of list) {
    const file = path.join(root, rel);
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    if (!(await prettier.check(fs.readFileSync(file, 'utf8'), options))) out.push(rel);
  }
  return out.sort();
}

const list = FOLDERS.filter((d) => fs.existsSync(path.join(root, d))).flatMap((d) => files(d));
const [over, unformattedNow] = await Promise.all([complexity(list), unformatted(list)]);
// the first --update (no budget.json yet) records things as they are
const budget =
  fs.existsSync(BUDGET) && !reset
    ? JSON.parse(fs.readFileSync(BUDGET, 'utf8'))
    : update
      ? { complexity: over, unformatted: unformattedNow }
      : { complexity: {}, unformatted: [] };

const worse = [];
const better = [];
for (const [file, n] of Object.entries(over)) {
  const allowed = budget.complexity[file] ?? 0;
  if (n > allowed)
    worse.push(
      `${file}: complexity over ${LIMIT} adds up to ${n}, its budget is ${allowed} (split the function eslint's complexity rule names)`,
    );
  else if (n < allowed) better.push(`${file}: complexity ${allowed} -> ${n}`);
}
for (const [file, allowed] of Object.entries(budget.complexity))
  if (!(file in over) && allowed > 0) better.push(`${file}: complexity ${allowed} -> 0`);
const listed = new Set(budget.unformatted);
for (const file of unformattedNow)
  if (!listed.has(file)) worse.push(`${file}: not as Prettier writes it (npx prettier --write ${file})`);
for (const file of budget.unformatted) if (!unformattedNow.includes(file)) better.push(`${file}: formatted now`);

if (update && worse.length === 0) {
  const next = {
    comment: 'Written by `npm run budget -- --update`; the numbers may only go down (scripts/budget.js).',
    complexity: Object.fromEntries(Object.entries(over).sort(([a], [b]) => a.localeCompare(b))),
    unformatted: unformattedNow,
  };
  fs.writeFileSync(BUDGET, JSON.stringify(next, undefined, 2) + '\n');
}
if (worse.length) {
  console.error(`budget: over\n  ${worse.join('\n  ')}`);
  process.exit(1);
}
const total = Object.values(over).reduce((a, b) => a + b, 0);
console.log(
  `budget: ok (complexity over ${LIMIT}: ${total} in ${Object.keys(over).length} files; ${unformattedNow.length} of ${list.length} files not yet formatted)`,
);
if (better.length && !update)
  console.log(`  lower than budget.json, record with \`npm run budget -- --update\`:\n  ${better.join('\n  ')}`);
