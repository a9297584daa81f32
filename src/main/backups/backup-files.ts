// Backups of the secretary's database with SQLite's online backup API: one a day, one before
// every schema upgrade, import and restore, and one when she asks. Each is a single file
// (no -wal beside it), checked with integrity_check after writing, and the oldest of its kind
// go when there are too many. Restoring writes a checked backup over the open database through
// the same API, after backing up what is there now.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { backupKinds, type BackupInfo, type BackupKind } from '../../shared/backups/backups';
import { migrate, type Migration } from '../db/migration';
import { makePrivateFile, makePrivateFolder } from '../db/private-files';

/** How many of each group are kept; a manual backup also goes where the secretary chose. */
const kept: Record<'daily' | 'event' | 'manual', number> = { daily: 7, event: 10, manual: 10 };
const groupOf = (kind: BackupKind) => (kind === 'hang-ngay' ? 'daily' : kind === 'thu-cong' ? 'manual' : 'event');
const namePattern = new RegExp(`^(${backupKinds.codes.join('|')})(?:-v\\d+)?-(\\d{8})-(\\d{6})(?:-\\d+)?\\.sqlite$`);

/** "20261125-162000" (UTC): in backup and quarantine file names. */
export function stamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** When a backup was taken, from its name (UTC, as written). */
export function takenAt(name: string): string | null {
  const m = namePattern.exec(name);
  if (!m) return null;
  const [d, t] = [m[2], m[3]];
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}Z`;
}

function freeName(dir: string, base: string): string {
  for (let i = 0; ; i++) {
    const name = `${base}${i === 0 ? '' : `-${i}`}.sqlite`;
    if (!fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  }
}

/**
 * Opens a backup read-only with its schema version. `thorough` runs integrity_check, which
 * reads every page (seconds for a large file): for the one backup about to be restored. The
 * list only sees that the file opens; each backup was checked whole when it was written.
 */
function check(
  file: string,
  thorough: boolean,
  nativeBinding?: string,
): { ok: boolean; version: number; db: Database.Database | null } {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const ok = thorough
      ? db.pragma('integrity_check', { simple: true }) === 'ok'
      : db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() !== undefined;
    return { ok, version: db.pragma('user_version', { simple: true }) as number, db };
  } catch {
    db?.close();
    return { ok: false, version: 0, db: null };
  }
}

/**
 * Writes a backup of `db` into `dir`, checks it, and drops the oldest of its group. A backup
 * that fails its check is removed and reported; the database itself is never touched.
 */
export async function takeBackup(
  db: Database.Database,
  dir: string,
  kind: BackupKind,
  options: { version?: number; nativeBinding?: string } = {},
): Promise<string> {
  const failed = () =>
    new AppError(
      'DB_UNAVAILABLE',
      `Không tạo được bản sao lưu trong thư mục "${dir}" (ổ đĩa đầy hoặc không ghi được). Dữ liệu chưa bị ` +
        `thay đổi; hãy giải phóng ổ đĩa rồi thử lại.`,
    );
  let target: string;
  try {
    makePrivateFolder(dir, true);
    // A backup cut short by a crash was never renamed: its unfinished file goes now.
    for (const name of fs.readdirSync(dir))
      if (name.endsWith('.sqlite.tmp')) fs.rmSync(path.join(dir, name), { force: true });
    target = freeName(dir, `${kind}${options.version !== undefined ? `-v${options.version}` : ''}-${stamp()}`);
  } catch {
    throw failed();
  }
  // Written under a temporary name and renamed once checked: a backup in the list is whole.
  const unfinished = `${target}.tmp`;
  try {
    // Made 0600 before SQLite writes into it, so the copy is never readable by others, even for a moment.
    makePrivateFile(unfinished);
    await db.backup(unfinished);
    // One self-contained file: no -wal/-shm beside it to lose when it is copied.
    const copy = new Database(unfinished, { nativeBinding: options.nativeBinding });
    try {
      copy.pragma('journal_mode = DELETE');
      if (copy.pragma('integrity_check', { simple: true }) !== 'ok') throw failed();
    } finally {
      copy.close();
    }
    fs.renameSync(unfinished, target);
  } catch (error) {
    for (const f of [unfinished, `${unfinished}-journal`, `${unfinished}-wal`, `${unfinished}-shm`])
      fs.rmSync(f, { force: true });
    throw error instanceof AppError ? error : failed();
  }
  rotate(dir, groupOf(kind));
  return target;
}

function rotate(dir: string, group: keyof typeof kept): void {
  const names = fs
    .readdirSync(dir)
    .filter((name) => {
      const m = namePattern.exec(name);
      return m !== null && groupOf(m[1] as BackupKind) === group;
    })
    // Newest first by when the file was written: several can share a second in their names.
    .map((name) => ({ name, written: fs.statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.written - a.written);
  for (const old of names.slice(kept[group])) fs.rmSync(path.join(dir, old.name), { force: true });
}

/** Today's backup, unless there already is one (local day). */
export async function dailyBackup(db: Database.Database, dir: string, nativeBinding?: string): Promise<string | null> {
  const today = new Date().toDateString();
  const done =
    fs.existsSync(dir) &&
    fs
      .readdirSync(dir)
      .some((name) => name.startsWith('hang-ngay-') && new Date(takenAt(name) ?? 0).toDateString() === today);
  return done ? null : takeBackup(db, dir, 'hang-ngay', { nativeBinding });
}

export function listBackups(dir: string, nativeBinding?: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => namePattern.test(name))
    .map((name): BackupInfo => {
      const file = path.join(dir, name);
      const kind = namePattern.exec(name)![1] as BackupKind;
      const { ok, version, db } = check(file, false, nativeBinding);
      const count = (table: string) => {
        try {
          return db!.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
        } catch {
          return null;
        }
      };
      const conferences = ok ? count('conferences') : null;
      const attendees = ok ? count('attendees') : null;
      const info = {
        name,
        kind,
        takenAt: takenAt(name)!,
        bytes: fs.statSync(file).size,
        whole: conferences !== null && attendees !== null,
        schemaVersion: version,
        conferences,
        attendees,
      };
      db?.close();
      return info;
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name));
}

/**
 * Puts the backup `name` (from `dir`) in place of the open database `db` at `dbPath`, after
 * backing up what is there now; an older backup is then upgraded like any older file.
 * Returns the backup of the state before.
 */
export async function restoreBackup(
  db: Database.Database,
  dbPath: string,
  dir: string,
  name: string,
  migrations: readonly Migration[],
  nativeBinding?: string,
): Promise<string> {
  if (!namePattern.test(name) || path.basename(name) !== name || !fs.existsSync(path.join(dir, name))) {
    throw new AppError(
      'NOT_FOUND',
      'Không tìm thấy bản sao lưu này trong thư mục sao lưu; có thể đã bị xoá. Hãy chọn bản khác.',
    );
  }
  const { ok, version, db: source } = check(path.join(dir, name), true, nativeBinding);
  try {
    if (!source || !ok)
      throw new AppError(
        'DB_UNAVAILABLE',
        'Bản sao lưu này bị hỏng nên không khôi phục được; dữ liệu ' +
          'hiện tại không bị thay đổi. Hãy chọn bản sao lưu khác.',
      );
    if (version > migrations.length) {
      throw new AppError(
        'DB_TOO_NEW',
        'Bản sao lưu này do phiên bản mới hơn của ứng dụng tạo ra nên không khôi phục được; dữ liệu hiện ' +
          'tại không bị thay đổi.',
      );
    }
    const before = await takeBackup(db, dir, 'truoc-khoi-phuc', { nativeBinding });
    await source.backup(dbPath);
    migrate(db, migrations);
    return before;
  } finally {
    source?.close();
  }
}
