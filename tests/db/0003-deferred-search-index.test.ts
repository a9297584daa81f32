// Migration 0003: new rows wait for the indexer; rows below the mark stay in step at once.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/main/db/migration';
import { migrations } from '../../src/main/db/migrations';
import { backlogQuery } from '../../src/main/search/fts';
import { backlogSize, indexBacklog, indexedUpTo } from '../../src/main/search/search-index';

let db: Database.Database;
const hits = (q: string) => db.prepare(`SELECT rowid FROM people_fts WHERE people_fts MATCH ?`).pluck().all(q);
const addPerson = (id: number, text: string) =>
  db
    .prepare(
      `INSERT INTO people (id, full_name, given_name, name_folded, sort_key, search_text) VALUES (?, 'X', ` +
        `'X', 'x', 'k', ?)`,
    )
    .run(id, text);

beforeEach(() => {
  db = new Database(':memory:');
  migrate(db, migrations.slice(0, 2));
  addPerson(1, 'le an');
  migrate(db, migrations.slice(0, 3));
});
afterEach(() => db.close());

describe('migration 0003', () => {
  it('keeps what was indexed before, and marks it', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(indexedUpTo(db, 'people')).toBe(1);
    expect(hits('"an"*')).toEqual([1]);
  });

  it('leaves new rows to the indexer, which indexes them in steps', () => {
    for (let id = 2; id <= 6; id++) addPerson(id, `tran binh ${id}`);
    expect(hits('"binh"*')).toEqual([]);
    expect(backlogSize(db)).toBe(5);
    expect(indexBacklog(db, 3)).toBe(3);
    expect(hits('"binh"*')).toEqual([2, 3, 4]);
    expect(indexBacklog(db, 10)).toBe(2);
    expect(indexBacklog(db, 10)).toBe(0);
    expect(hits('"binh"*')).toEqual([2, 3, 4, 5, 6]);
  });

  it('keeps indexed rows in step on update and delete, and indexes a row put back below the mark', () => {
    db.exec(`UPDATE people SET search_text = 'pham cuong' WHERE id = 1`);
    expect(hits('"an"*')).toEqual([]);
    expect(hits('"cuong"*')).toEqual([1]);
    db.exec(`DELETE FROM people WHERE id = 1`);
    expect(hits('"cuong"*')).toEqual([]);
    addPerson(1, 'pham cuong');
    expect(hits('"cuong"*')).toEqual([1]);
  });

  it('reads the backlog of a conference by its rowid range, not through the conference index', () => {
    const sql = backlogQuery('attendees', 2, 'AND a.conference_id = @conference');
    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ mark: 0, term0: '% a %', term1: '% b%', conference: 1 }) as {
        detail: string;
      }[]
    ).map((r) => r.detail);
    expect(plan).toEqual(['SEARCH a USING INTEGER PRIMARY KEY (rowid>?)']);
  });
});
