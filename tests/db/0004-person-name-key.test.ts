// Migration 0004: people compared by their name with its marks, through an index.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/main/db/migration';
import { migrations } from '../../src/main/db/migrations';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  migrate(db, migrations.slice(0, 3));
  db.exec(
    `INSERT INTO people (full_name, given_name, name_folded, sort_key, search_text) VALUES ('Lê Thị Thuý', ` +
      `'Thuý', 'le thi thuy', 'k', 'x')`,
  );
  migrate(db, migrations.slice(0, 4));
});
afterEach(() => db.close());

describe('migration 0004', () => {
  it('gives existing people their name key, with the tone placed the new way', () => {
    expect(db.prepare(`SELECT name_key FROM people`).pluck().get()).toBe('lê thị thúy');
  });

  it('finds the same person by name and phone or unit through an index', () => {
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('a', 'b') as { detail: string }[]).map((r) => r.detail).join();
    expect(plan(`SELECT id FROM people WHERE name_key = ? AND phone = ?`)).toContain('people_same_name_phone');
    expect(plan(`SELECT id FROM people WHERE name_key = ? AND unit = ?`)).toContain(
      'people_same_name_phone (name_key=?)',
    );
  });
});
