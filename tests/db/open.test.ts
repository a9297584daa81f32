// Opening the file: pragmas that survive a power cut, refusing a newer file untouched,
// moving a damaged file aside, and a verified backup before an upgrade.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Migration } from '../../src/main/db/migration';
import { migrations } from '../../src/main/db/migrations';
import { openDatabase } from '../../src/main/db/open';
import { AppError } from '../../src/shared/errors';
import { tempDir } from '../helpers/services';

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('openDatabase', () => {
  it('creates the schema with WAL, synchronous=FULL and foreign keys on', async () => {
    const file = path.join(tempDir(), 'a.sqlite');
    const { db } = await openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });

  it('refuses a file from a newer app version and leaves it byte for byte as it was', async () => {
    const file = path.join(tempDir(), 'newer.sqlite');
    const newer = new Database(file);
    newer.exec(`CREATE TABLE future (x); INSERT INTO future VALUES (1);`);
    newer.pragma(`user_version = ${migrations.length + 5}`);
    newer.close();
    const before = sha(file);
    const error = await openDatabase(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_TOO_NEW');
    expect((error as AppError).message).toMatch(/phiên bản mới hơn.*không bị thay đổi/);
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('moves a damaged file aside, keeps it, and starts a fresh database with a message', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'data.sqlite');
    const good = await openDatabase(file);
    good.db.exec(`INSERT INTO bridge_points (name, search_text) VALUES ('X', 'x')`);
    good.db.pragma('wal_checkpoint(TRUNCATE)');
    good.db.close();
    const bytes = fs.readFileSync(file);
    // Scribble over the second page (the first table's b-tree) but keep the header valid.
    bytes.fill(0xa5, 4096, 8192);
    fs.writeFileSync(file, bytes);
    const damagedHash = sha(file);

    const opened = await openDatabase(file);
    const moved = fs.readdirSync(dir).filter((f) => f.includes('.hong-'));
    expect(moved.filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);
    expect(
      sha(
        path.join(
          dir,
          moved.find((f) => f.endsWith('.sqlite'))!,
        ),
      ),
    ).toBe(damagedHash);
    expect(opened.notices[0].level).toBe('error');
    expect(opened.notices[0].message).toMatch(/bị hỏng.*không bị xoá/);
    expect(opened.db.prepare(`SELECT count(*) FROM bridge_points`).pluck().get()).toBe(0);
    opened.db.close();
  });

  it('treats a file that is not a database at all as damaged', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'data.sqlite');
    fs.writeFileSync(file, '%PDF-1.7 not a database at all'.repeat(200));
    const opened = await openDatabase(file);
    expect(opened.notices).toHaveLength(1);
    expect(fs.readdirSync(dir).some((f) => f.includes('.hong-'))).toBe(true);
    opened.db.close();
  });

  it('takes a verified backup before upgrading, and upgrades in one transaction', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'data.sqlite');
    const first = await openDatabase(file);
    first.db.exec(`INSERT INTO bridge_points (name, search_text) VALUES ('Điểm cầu Tỉnh ủy', 'x')`);
    first.db.close();

    const addColumn: Migration = {
      version: migrations.length + 1,
      name: 'test-column',
      up: (db) => db.exec(`ALTER TABLE people ADD COLUMN nickname TEXT`),
    };
    const upgraded = await openDatabase(file, { migrations: [...migrations, addColumn] });
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(migrations.length + 1);
    expect(upgraded.notices[0].message).toMatch(/sao lưu trước khi nâng cấp/);
    upgraded.db.close();

    const backups = fs.readdirSync(path.join(dir, 'sao-luu'));
    expect(backups).toHaveLength(1);
    const backup = new Database(path.join(dir, 'sao-luu', backups[0]), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(backup.prepare(`SELECT name FROM bridge_points`).pluck().get()).toBe('Điểm cầu Tỉnh ủy');
    backup.close();
  });

  it('leaves the file at its old version when an upgrade step fails', async () => {
    const file = path.join(tempDir(), 'data.sqlite');
    (await openDatabase(file)).db.close();
    const broken: Migration = {
      version: migrations.length + 1,
      name: 'broken',
      up: (db) => {
        db.exec(`CREATE TABLE half_done (x)`);
        throw new Error('step failed');
      },
    };
    await expect(openDatabase(file, { migrations: [...migrations, broken] })).rejects.toThrow('step failed');
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'`).pluck().get()).toBe(0);
    db.close();
  });
});
