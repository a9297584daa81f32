// The database and its backups hold officials' names, positions and phone numbers: on Linux and
// macOS only the user may read them (files 0600, folders 0700), whatever the umask, and files
// an older version left readable by others are closed on the next start. SQLite gives the -wal
// and -shm it creates the mode of the database file, so the file is made 0600 before SQLite
// first opens it. Windows keeps %APPDATA% to its user already, and has no such modes.
import fs from 'node:fs';
import path from 'node:path';

export const privateFileMode = 0o600;
export const privateFolderMode = 0o700;

export interface PrivacyOptions {
  /** The system the modes are for; the running one unless a test says otherwise. */
  readonly platform?: NodeJS.Platform;
}

const hasModes = (options: PrivacyOptions) => (options.platform ?? process.platform) !== 'win32';

// A file system without modes (a FAT or exFAT USB stick) or a file of another owner keeps what
// it has: the data still opens, as it did before modes were set.
const modeless = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EROFS']);

/** Sets exactly `mode` unless it is already so. */
function tighten(target: string, mode: number): void {
  if ((fs.statSync(target).mode & 0o777) === mode) return;
  try {
    fs.chmodSync(target, mode);
  } catch (error) {
    if (!modeless.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}

/**
 * Makes `folder` and any parent it has to create. The folders it made are 0700; one that was
 * there already is tightened too when it is the app's own (`own`), and left as it is when the
 * secretary chose it (a folder given with --db).
 */
export function makePrivateFolder(folder: string, own: boolean, options: PrivacyOptions = {}): void {
  const first = fs.mkdirSync(folder, { recursive: true, mode: privateFolderMode });
  if (!hasModes(options)) return;
  if (first === undefined) {
    if (own) tighten(folder, privateFolderMode);
    return;
  }
  for (let made = path.resolve(folder); ; made = path.dirname(made)) {
    tighten(made, privateFolderMode);
    if (made === path.resolve(first)) break;
  }
}

/** Creates `file` empty and 0600 if it is not there; an existing one is made 0600. */
export function makePrivateFile(file: string, options: PrivacyOptions = {}): void {
  if (!hasModes(options)) return;
  try {
    fs.closeSync(fs.openSync(file, 'wx', privateFileMode));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // The umask may have taken bits away from the owner: the mode is set, not only asked for.
  tighten(file, privateFileMode);
}

/** Files beside the database (its -wal and -shm) that exist are made 0600. */
export function tightenExisting(files: readonly string[], options: PrivacyOptions = {}): void {
  if (!hasModes(options)) return;
  for (const file of files) if (fs.existsSync(file)) tighten(file, privateFileMode);
}
