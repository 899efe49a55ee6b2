// The syntax model shipped in models/syntax-en-ewt.bin, read on first use and kept for the life of the process:
// commands that never parse never pay for it, and the ones that do read it once.
import fs from 'node:fs';
import path from 'node:path';
import { decodeModel, type SyntaxModel } from '../core/syntax/index.js';
import { packageRoot } from './storage/paths.js';

export const SYNTAX_MODEL_FILE = 'syntax-en-ewt.bin';

let loaded: SyntaxModel | null = null;

export function syntaxModelPath(): string {
  return path.join(packageRoot(), 'models', SYNTAX_MODEL_FILE);
}

export function loadSyntaxModel(): SyntaxModel {
  loaded ??= decodeModel(new Uint8Array(fs.readFileSync(syntaxModelPath())));
  return loaded;
}
