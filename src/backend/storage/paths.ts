// Where a library lives. The CLI defaults to the same directory Electron's app.getPath('userData')
// gives the desktop app, so both share one library.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_NAME = 'Factdeck';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.FACTDECK_DATA_DIR) return path.resolve(env.FACTDECK_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/** The repository (or installed package) root, where decks/ and dist/ live: the nearest folder above this
 * file whose package.json is Factdeck's (from src/backend when run as TypeScript, dist/node/backend when built). */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'factdeck') return dir;
    } catch {
      // no package.json here: keep looking upwards
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the factdeck package root');
    dir = up;
  }
}
