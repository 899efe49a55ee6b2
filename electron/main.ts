// The desktop shell: one locked-down window, the Api served over IPC after checking who asks and what.
// Everything a person does goes through the same backend as `factdeck serve` and the CLI.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fs from 'node:fs';
import { app, BrowserWindow, dialog, ipcMain, nativeTheme, session, shell, type IpcMainInvokeEvent } from 'electron';
import Store from 'electron-store';
import { createBackend, type Backend } from '../src/backend/backend.js';
import { isApiMethod, type ApiArg } from '../src/core/api.js';
import { dispatch } from '../src/core/dispatch.js';
import { safeSecrets } from './secrets.js';

interface WindowPrefs {
  bounds: { width: number; height: number; x?: number; y?: number };
  theme: 'system' | 'light' | 'dark';
  lastDeck: string | null;
}

const prefs = new Store<WindowPrefs>({
  name: 'window',
  defaults: { bounds: { width: 1100, height: 760 }, theme: 'system', lastDeck: null },
});

const rendererIndex = path.join(import.meta.dirname, '../renderer/index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
let backend: Backend | null = null;

function builtinDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'decks') : path.join(app.getAppPath(), 'decks');
}

function createWindow(): void {
  const win = new BrowserWindow({
    ...prefs.get('bounds'),
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Factdeck',
    webPreferences: {
      preload: path.join(import.meta.dirname, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.on('close', () => prefs.set('bounds', win.getBounds()));
  // No navigation away from the app and no new windows; links open in the system browser.
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void win.loadFile(rendererIndex);
}

function fromOwnPage(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && frame.url.split('?')[0]!.split('#')[0] === rendererUrl;
}

// The report as PDF: the self-contained HTML report rendered in a hidden window with scripts off,
// printed by Chromium, saved where the person says.
async function reportPdf(parsed: ApiArg<'reportPdf'>, owner: BrowserWindow | null) {
  const report = await backend!.report({ format: 'html', ...parsed });
  const options = { defaultPath: report.fileName.replace(/\.html$/, '.pdf'), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const target = await (owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options));
  if (target.canceled || !target.filePath) return { path: null };
  const win = new BrowserWindow({
    show: false,
    webPreferences: { javascript: false, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(report.content)}`);
    const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
    await fs.promises.writeFile(target.filePath, pdf);
    return { path: target.filePath };
  } finally {
    win.destroy();
  }
}

// The same dispatch() as the HTTP shell: the method looked up in the contract, its argument checked, failures a
// person should see as one line. Only reportPdf is the desktop app's own (it needs a window to print from).
async function serveApi(event: IpcMainInvokeEvent, method: unknown, arg: unknown): Promise<unknown> {
  if (!fromOwnPage(event)) throw new Error('refused: not the app page');
  if (typeof method !== 'string' || !isApiMethod(method)) throw new Error('refused: unknown method');
  if (!backend) throw new Error('the library is not open');
  const owner = BrowserWindow.fromWebContents(event.sender);
  return dispatch({ ...backend, reportPdf: (a) => reportPdf(a, owner) }, method, arg);
}

app.enableSandbox();
app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, done) => done(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // No remote content: only the app's own files load.
  session.defaultSession.webRequest.onBeforeRequest((details, done) => {
    done({ cancel: !/^(file|devtools|blob|data):/.test(details.url) });
  });
  nativeTheme.themeSource = prefs.get('theme');
  try {
    const userData = app.getPath('userData');
    backend = createBackend(userData, {
      owner: 'Factdeck desktop app', builtinDir: builtinDir(),
      // Sync on open and close and after answers when idle, with the password kept by safeStorage.
      sync: { auto: true, secrets: safeSecrets(userData) },
      // Decks listed from the heads cache have their cards read at once, not when the first card is asked for.
      readAhead: true,
    });
  } catch (e) {
    // Another Factdeck (`factdeck study`, a second window) holds the library: say so instead of crashing.
    dialog.showErrorBox('Factdeck cannot open your library', e instanceof Error ? e.message : String(e));
    app.quit();
    return;
  }
  ipcMain.handle('api', serveApi);
  createWindow();
});

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (e) => e.preventDefault());
});

// Closing: a last sync when something changed (at most 20 s), then the library is closed.
app.on('window-all-closed', () => {
  const closing = backend;
  backend = null;
  void (async () => {
    if (closing) {
      await closing.closing();
      closing.close();
    }
    app.quit();
  })();
});
