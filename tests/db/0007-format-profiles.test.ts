// Migration 0007: the secretary's own format profiles, as checked JSON; the built-in ones
// are not stored.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/main/db/migration';
import { migrations } from '../../src/main/db/migrations';
import { builtInProfiles } from '../../src/shared/documents/format-profile';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 6));
  db.exec(
    `INSERT INTO conferences (id, name, kind, date, session, start_time, search_text) VALUES (1, 'HN', ` +
      `'khac', '2026-01-01', 'sang', '08:00', 'hn')`,
  );
  migrate(db, migrations.slice(0, 7));
});
afterEach(() => db.close());

const insert = (name: string, profile: string) =>
  db.prepare(`INSERT INTO format_profiles (name, profile) VALUES (?, ?)`).run(name, profile);

describe('migration 0007', () => {
  it('upgrades a version-6 file to version 7 keeping its data, with no profile stored', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare(`SELECT name FROM conferences`).pluck().get()).toBe('HN');
    expect(db.prepare(`SELECT count(*) FROM format_profiles`).pluck().get()).toBe(0);
  });

  it('stores a profile as JSON with its times, and refuses text that is not JSON or has no name', () => {
    const id = Number(insert('Mẫu của Văn phòng', JSON.stringify(builtInProfiles.state)).lastInsertRowid);
    const row = db
      .prepare(
        `SELECT name, json_extract(profile, '$.margins.left') AS left, created_at, updated_at FROM ` +
          `format_profiles WHERE id = ?`,
      )
      .get(id) as Record<string, unknown>;
    expect(row).toMatchObject({ name: 'Mẫu của Văn phòng', left: 30 });
    expect(row.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(row.updated_at).toBe(row.created_at);
    expect(() => insert('Hỏng', '{"margins": ')).toThrow(/CHECK/);
    expect(() => insert('', '{}')).toThrow(/CHECK/);
  });

  it('never gives the id of a removed profile to a new one', () => {
    const first = Number(insert('A', '{}').lastInsertRowid);
    db.prepare(`DELETE FROM format_profiles WHERE id = ?`).run(first);
    expect(Number(insert('B', '{}').lastInsertRowid)).toBe(first + 1);
  });
});
