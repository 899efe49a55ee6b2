// The Electron shell's lock-down, checked on its source. Electron itself cannot run here (its binary
// cannot be downloaded on the machines this is built and tested on, see DESIGN.md), so this reads
// electron/main.ts, electron/preload.ts and the page's CSP and asserts the settings that matter are there.
// It is a guard against a setting being dropped, not a substitute for running the app.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/tmp.js';

const main = fs.readFileSync(path.join(repoRoot, 'electron/main.ts'), 'utf8');
const preload = fs.readFileSync(path.join(repoRoot, 'electron/preload.ts'), 'utf8');
const html = fs.readFileSync(path.join(repoRoot, 'src/ui/index.html'), 'utf8');
/** The source without comments, so a commented-out line does not count. */
const code = main.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

describe('Electron main process', () => {
  it('creates windows with contextIsolation, sandbox, no Node integration, web security on', () => {
    // Every window: the app's own and the hidden one that prints the PDF report.
    const all = [...code.matchAll(/webPreferences:\s*\{([\s\S]*?)\}/g)].map((m) => m[1]!);
    expect(all.length).toBe(code.match(/new BrowserWindow\(/g)?.length);
    for (const prefs of all) {
      expect(prefs).toMatch(/contextIsolation:\s*true/);
      expect(prefs).toMatch(/sandbox:\s*true/);
      expect(prefs).toMatch(/nodeIntegration:\s*false/);
      expect(prefs).not.toMatch(/webSecurity:\s*false/);
      expect(prefs).not.toMatch(/allowRunningInsecureContent:\s*true/);
      expect(prefs).not.toMatch(/nodeIntegrationIn(Sub)?Frames|nodeIntegrationInWorker|webviewTag:\s*true|experimentalFeatures/);
    }
    expect(code).toMatch(/app\.enableSandbox\(\)/);
  });

  it('denies every permission request and check', () => {
    expect(code).toMatch(/setPermissionRequestHandler\(\([^)]*\)\s*=>\s*\w+\(false\)\)/);
    expect(code).toMatch(/setPermissionCheckHandler\(\(\)\s*=>\s*false\)/);
  });

  it('prevents navigation, new windows and webviews', () => {
    expect(code).toMatch(/on\('will-navigate',\s*\(e\)\s*=>\s*e\.preventDefault\(\)\)/);
    expect(code).toMatch(/setWindowOpenHandler\([\s\S]*?return \{ action: 'deny' \}/);
    expect(code).not.toMatch(/action:\s*'allow'/);
    expect(code).toMatch(/will-attach-webview',\s*\(e\)\s*=>\s*e\.preventDefault\(\)/);
  });

  it('loads no remote content: requests other than the app\'s own files are cancelled', () => {
    // Only the app's own files (and blob: downloads it makes itself) may load; http(s) never.
    expect(code).toMatch(/onBeforeRequest\([\s\S]*?cancel:\s*!\/\^\(file\|devtools\|blob\|data\):\/\.test\(details\.url\)/);
    expect(code).toMatch(/loadFile\(/);
    expect(code).not.toMatch(/loadURL\(\s*['"`]https?:/);
  });

  it('serves the Api over IPC only to its own top-level page, only listed methods, arguments validated', () => {
    expect(code).toMatch(/ipcMain\.handle\('api',\s*serveApi\)/);
    const serve = /async function serveApi[\s\S]*?\n\}/.exec(code)?.[0] ?? '';
    expect(serve).toMatch(/if \(!fromOwnPage\(event\)\) throw/);
    expect(serve).toMatch(/isApiMethod\(method\)/);
    // arguments are checked by the one dispatch() the HTTP shell uses too (src/core/dispatch.ts)
    expect(serve).toMatch(/return dispatch\(\{ \.\.\.backend, reportPdf: [^}]*\}, method, arg\)/);
    const own = /function fromOwnPage[\s\S]*?\n\}/.exec(code)?.[0] ?? '';
    expect(own).toMatch(/senderFrame/);
    expect(own).toMatch(/parent === null/);
    expect(own).toMatch(/=== rendererUrl/);
    // the order matters: the sender is checked before anything else
    expect(serve.indexOf('fromOwnPage')).toBeLessThan(serve.indexOf('isApiMethod'));
    expect(code).not.toMatch(/ipcMain\.on\(/);
  });

  it('opens only https links outside the app, in the system browser', () => {
    expect(code).toMatch(/if \(url\.startsWith\('https:\/\/'\)\) void shell\.openExternal\(url\)/);
  });
});

describe('Electron preload', () => {
  it('exposes one function through contextBridge, never ipcRenderer itself', () => {
    expect(preload).toMatch(/contextBridge\.exposeInMainWorld\('factdeck',/);
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(preload).toMatch(/ipcRenderer\.invoke\('api', method, arg\)/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
    expect(preload).not.toMatch(/ipcRenderer\.(on|send|sendSync)\(/);
    expect(preload).not.toMatch(/require\(|process\./);
  });
});

describe('the page (Electron loads it from file://, so its CSP is in a meta tag)', () => {
  it('has a strict Content-Security-Policy: no inline or eval\'d script, no remote sources', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
