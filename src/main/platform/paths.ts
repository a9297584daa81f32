// Where the secretary's data lives: the user's data folder, the same whether the app runs
// in Electron or in the browser fallback, so both see one database.
import os from 'node:os';
import path from 'node:path';

export const appFolderName = 'ThuKyHoiNghi';
export const databaseFileName = 'thu-ky-hoi-nghi.sqlite';

export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? path.join(home, '.config');
}

export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  return path.join(appDataDir(env, platform), appFolderName);
}

export function defaultDatabasePath(): string {
  return path.join(userDataDir(), databaseFileName);
}

/** Whether `folder` is the app's own data folder (tightened to its user), not one chosen with --db. */
export function isUserDataDir(
  folder: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): boolean {
  return path.resolve(folder) === path.resolve(userDataDir(env, platform));
}
