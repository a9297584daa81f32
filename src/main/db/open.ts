// Opening the secretary's database safely: refuse a file from a newer app without touching
// it, move a damaged file aside (never delete it), back up before upgrading the schema, and
// set the pragmas that make a power cut lose nothing that was reported saved.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { Notice } from '../../shared/app/app-types';
import { isUserDataDir } from '../platform/paths';
import { listBackups, stamp, takeBackup } from '../backups/backup-files';
import { momentWords } from '../../shared/text/vietnamese-dates';
import { migrate, type Migration } from './migration';
import { registerProtocolFunctions } from './protocol-functions';
import { migrations as releasedMigrations } from './migrations';
import { makePrivateFile, makePrivateFolder, tightenExisting } from './private-files';

export interface OpenedDatabase {
  readonly db: Database.Database;
  readonly path: string;
  readonly notices: readonly Notice[];
}

export interface OpenOptions {
  /** Where backups go; defaults to a "sao-luu" folder beside the database. */
  readonly backupDir?: string;
  /** Path to the native module built for another runtime (Electron); see README. */
  readonly nativeBinding?: string;
  /** The schema history; tests pass a longer one to exercise an upgrade. */
  readonly migrations?: readonly Migration[];
}

export function backupDirFor(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'sao-luu');
}

function sidecars(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`];
}

type Health = { kind: 'ok'; version: number } | { kind: 'damaged'; reason: string };

function inspect(file: string, nativeBinding?: string): Health {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const version = db.pragma('user_version', { simple: true }) as number;
    const check = db.pragma('quick_check', { simple: true });
    return check === 'ok' ? { kind: 'ok', version } : { kind: 'damaged', reason: String(check) };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
      return { kind: 'damaged', reason: code };
    }
    throw error;
  } finally {
    db?.close();
  }
}

function quarantine(file: string): string {
  const parsed = path.parse(file);
  const target = path.join(parsed.dir, `${parsed.name}.hong-${stamp()}${parsed.ext}`);
  for (const [from, to] of sidecars(file).map((f, i) => [f, sidecars(target)[i]] as const)) {
    if (fs.existsSync(from)) fs.renameSync(from, to);
  }
  // Damaged or not, it still holds the same names and phone numbers.
  tightenExisting(sidecars(target));
  return target;
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const migrations = options.migrations ?? releasedMigrations;
  const latestSchemaVersion = migrations.length;
  const notices: Notice[] = [];
  makePrivateFolder(path.dirname(file), isUserDataDir(path.dirname(file)));

  if (fs.existsSync(file)) {
    const health = inspect(file, options.nativeBinding);
    if (health.kind === 'damaged') {
      const moved = quarantine(file);
      const backupDir = options.backupDir ?? backupDirFor(file);
      const newest = listBackups(backupDir, options.nativeBinding).find((b) => b.whole);
      notices.push({
        level: 'error',
        message:
          `Tệp dữ liệu bị hỏng nên đã được chuyển sang "${moved}" (không bị xoá). Ứng dụng đã tạo một tệp ` +
          `dữ liệu mới, trống. ` +
          (newest
            ? `Bản sao lưu mới nhất còn tốt là lúc ${momentWords(new Date(newest.takenAt))} ` +
              `(${newest.conferences ?? 0} hội nghị, ${newest.attendees ?? 0} đại biểu): hãy khôi phục nó ` +
              `trong Cài đặt › Sao lưu và khôi phục.`
            : `Không có bản sao lưu nào trong "${backupDir}"; hãy gửi tệp hỏng cho bộ phận kỹ thuật.`),
        offersRestore: newest !== undefined,
      });
    } else if (health.version > latestSchemaVersion) {
      throw new AppError(
        'DB_TOO_NEW',
        `Tệp dữ liệu "${file}" được tạo bởi phiên bản mới hơn của ứng dụng (dữ liệu phiên bản ${health.version}, ` +
          `ứng dụng này đọc được tới phiên bản ${latestSchemaVersion}). Tệp không bị thay đổi. ` +
          'Hãy cài phiên bản mới nhất của Thư Ký Hội Nghị để mở tệp này.',
      );
    }
  }

  makePrivateFile(file);
  tightenExisting(sidecars(file).slice(1));
  const db = new Database(file, { nativeBinding: options.nativeBinding });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Up to 64 MiB of pages kept in memory (taken only as pages are read): paging through a
    // million-row list then reads its index from memory, not from the disk again.
    db.pragma('cache_size = -65536');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > 0 && version < latestSchemaVersion) {
      const backup = await takeBackup(db, options.backupDir ?? backupDirFor(file), 'truoc-nang-cap', {
        version,
        nativeBinding: options.nativeBinding,
      });
      notices.push({
        level: 'info',
        message: `Dữ liệu đã được nâng cấp; bản sao lưu trước khi nâng cấp: "${backup}".`,
      });
    }
    registerProtocolFunctions(db);
    migrate(db, migrations);
    // SQLite gave the -wal and -shm it made the file's mode; a build that does not is caught here.
    tightenExisting(sidecars(file).slice(1));
    return { db, path: file, notices };
  } catch (error) {
    db.close();
    throw error;
  }
}
