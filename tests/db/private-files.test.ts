// On Linux and macOS the database, its -wal and -shm, and every backup can be read by the user
// only (files 0600, folders 0700), and an install an older version left readable is closed on
// the next start. The files are made by the real code and looked at with stat.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreBackup, takeBackup } from '../../src/main/backups/backup-files';
import { migrations } from '../../src/main/db/migrations';
import { backupDirFor, openDatabase } from '../../src/main/db/open';
import { makePrivateFile, makePrivateFolder } from '../../src/main/db/private-files';
import { databaseFileName, userDataDir } from '../../src/main/platform/paths';
import { tempDir } from '../helpers/services';

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
const opened: Database.Database[] = [];
const savedConfigHome = process.env.XDG_CONFIG_HOME;
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  if (savedConfigHome === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = savedConfigHome;
});

async function open(file: string) {
  const { db } = await openDatabase(file);
  opened.push(db);
  // A write, so that the -wal holds pages.
  db.exec(`CREATE TABLE ghi_thu (x); INSERT INTO ghi_thu VALUES ('Nguyễn Văn Hùng, 0912345678')`);
  return db;
}

describe('files only the user can read', () => {
  it('makes a new database, its -wal and -shm 0600, in new folders 0700, and its backups the same', async () => {
    const root = tempDir();
    const file = path.join(root, 'ThuKyHoiNghi', 'du-lieu', 'thu.sqlite');
    const db = await open(file);
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(`${file}-wal`)).toBe(0o600);
    expect(modeOf(`${file}-shm`)).toBe(0o600);
    expect(modeOf(path.dirname(file))).toBe(0o700);
    expect(modeOf(path.join(root, 'ThuKyHoiNghi'))).toBe(0o700);

    const backup = await takeBackup(db, backupDirFor(file), 'thu-cong');
    expect(modeOf(backupDirFor(file))).toBe(0o700);
    expect(modeOf(backup)).toBe(0o600);
    expect(fs.readdirSync(backupDirFor(file))).toEqual([path.basename(backup)]);
    // A restore writes into the open file, which keeps its mode; the backup before it is 0600 too.
    const before = await restoreBackup(db, file, backupDirFor(file), path.basename(backup), migrations);
    expect(modeOf(before)).toBe(0o600);
    expect(modeOf(file)).toBe(0o600);
  });

  it('closes the app folder, the database and the backups an older version left readable by others', async () => {
    process.env.XDG_CONFIG_HOME = tempDir();
    const folder = userDataDir();
    const file = path.join(folder, databaseFileName);
    fs.mkdirSync(backupDirFor(file), { recursive: true, mode: 0o755 });
    fs.chmodSync(folder, 0o755);
    fs.chmodSync(backupDirFor(file), 0o755);
    new Database(file).close();
    fs.chmodSync(file, 0o644);
    expect(modeOf(file)).toBe(0o644);

    const db = await open(file);
    expect(modeOf(folder)).toBe(0o700);
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(`${file}-wal`)).toBe(0o600);
    await takeBackup(db, backupDirFor(file), 'thu-cong');
    expect(modeOf(backupDirFor(file))).toBe(0o700);
  });

  it('leaves a folder the secretary chose with --db as it is, and still closes the files in it', async () => {
    const chosen = tempDir();
    fs.chmodSync(chosen, 0o755);
    const file = path.join(chosen, 'thu.sqlite');
    await open(file);
    expect(modeOf(chosen)).toBe(0o755);
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(`${file}-shm`)).toBe(0o600);
  });

  it('closes a damaged file it moves aside: it still holds the same names', async () => {
    const folder = tempDir();
    const file = path.join(folder, 'thu.sqlite');
    fs.writeFileSync(file, Buffer.alloc(8192, 'Nguyễn Văn Hùng 0912345678 '));
    fs.chmodSync(file, 0o644);
    await open(file);
    const [moved] = fs.readdirSync(folder).filter((name) => name.includes('.hong-'));
    expect(modeOf(path.join(folder, moved))).toBe(0o600);
    expect(modeOf(file)).toBe(0o600);
  });

  it('changes no mode on Windows, whose %APPDATA% is kept to its user already', () => {
    const folder = tempDir();
    fs.chmodSync(folder, 0o755);
    const file = path.join(folder, 'thu.sqlite');
    fs.writeFileSync(file, '');
    fs.chmodSync(file, 0o644);
    makePrivateFolder(folder, true, { platform: 'win32' });
    makePrivateFile(file, { platform: 'win32' });
    makePrivateFile(path.join(folder, 'moi.sqlite'), { platform: 'win32' });
    expect(modeOf(folder)).toBe(0o755);
    expect(modeOf(file)).toBe(0o644);
    expect(fs.existsSync(path.join(folder, 'moi.sqlite'))).toBe(false);
  });
});
