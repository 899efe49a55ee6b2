// Where a library lives. The CLI defaults to the same directory Electron's app.getPath('userData')
// gives the desktop app, so both share one library.
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

/** The repository (or installed package) root: where decks/ and dist/ live. */
export function packageRoot(): string {
  // dist/node/backend/paths.js or src/backend/paths.ts -> three levels / two levels up
  const here = path.dirname(fileURLToPath(import.meta.url));
  const up = here.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..';
  return path.resolve(here, up);
}
