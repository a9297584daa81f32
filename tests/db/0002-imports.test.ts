// Migration 0002: the record of imports, tied to its conference.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/main/db/migration';
import { migrations } from '../../src/main/db/migrations';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 1));
  db.exec(
    `INSERT INTO conferences (id, name, kind, date, session, start_time, search_text) VALUES (1, 'HN', ` +
      `'khac', '2026-01-01', 'sang', '08:00', 'hn')`,
  );
  migrate(db, migrations.slice(0, 2));
});
afterEach(() => db.close());

describe('migration 0002', () => {
  it('upgrades a version-1 file to version 2 keeping its data', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare(`SELECT name FROM conferences`).pluck().get()).toBe('HN');
  });

  it('records imports and drops them with their conference', () => {
    db.prepare(
      `INSERT INTO imports (conference_id, file_name, imported, new_people, new_points, undo) VALUES (1, ` +
        `'ds.xlsx', 3, 2, 1, '{}')`,
    ).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO imports (conference_id, file_name, imported, new_people, new_points, undo) VALUES ` +
            `(1, 'x', -1, 0, 0, '{}')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare(`DELETE FROM conferences WHERE id = 1`).run();
    expect(db.prepare(`SELECT count(*) FROM imports`).pluck().get()).toBe(0);
  });

  it('lists a conference’s imports newest first from an index', () => {
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM imports WHERE conference_id = 1 ORDER BY id DESC`)
      .all() as { detail: string }[];
    expect(plan.map((r) => r.detail).join()).toContain('imports_by_conference');
  });
});
