// Migration 0001: the schema it creates, the rules SQLite enforces itself, and the indexes
// the hot queries rely on (checked with EXPLAIN QUERY PLAN, as a slow scan would only show
// at 2 million rows).
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attendeeRoles, roleRank } from '../../src/shared/attendees/vocabularies';
import { migrate } from '../../src/main/db/migration';
import { migration0001 } from '../../src/main/db/migrations/0001-initial';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [migration0001]);
});
afterEach(() => db.close());

const plan = (sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');

function seed() {
  db.exec(`
    INSERT INTO bridge_points (id, name, search_text) VALUES (1, 'Điểm cầu Tỉnh ủy', 'diem cau tinh uy');
    INSERT INTO conferences (id, name, kind, date, session, start_time, search_text)
      VALUES (1, 'HN', 'giao_ban', '2026-12-30', 'chieu', '14:00', 'hn');
    INSERT INTO conferences (id, name, kind, date, session, start_time, search_text)
      VALUES (2, 'HN2', 'giao_ban', '2026-12-31', 'sang', '08:00', 'hn2');
    INSERT INTO conference_bridge_points (id, conference_id, bridge_point_id) VALUES (1, 1, 1);
    INSERT INTO people (id, full_name, given_name, name_folded, sort_key, search_text)
      VALUES (1, 'Lê An', 'An', 'le an', 'k', 'le an');
  `);
}

describe('migration 0001', () => {
  it('sets user_version to 1', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('keeps rows without a protocol order after those with one', () => {
    seed();
    db.exec(`INSERT INTO attendees (conference_id, person_id, sort_key, search_text) VALUES (1, 1, 'k', 'x')`);
    expect(db.prepare(`SELECT protocol_key FROM attendees`).pluck().get()).toBe(2147483647);
    db.exec(`UPDATE attendees SET protocol_order = 3`);
    expect(db.prepare(`SELECT protocol_key FROM attendees`).pluck().get()).toBe(3);
  });

  it('ranks roles in SQL exactly as the code does', () => {
    seed();
    for (const role of attendeeRoles.codes) {
      db.prepare(`DELETE FROM attendees`).run();
      db.prepare(
        `INSERT INTO attendees (conference_id, person_id, role, sort_key, search_text) VALUES (1, 1, ?, 'k', 'x')`,
      ).run(role);
      expect(db.prepare(`SELECT role_rank FROM attendees`).pluck().get()).toBe(roleRank(role));
    }
  });

  it('refuses values outside the vocabularies and an attendee at another conference’s point', () => {
    seed();
    expect(() => db.prepare(`UPDATE conferences SET kind = 'party' WHERE id = 1`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE conference_bridge_points SET connection_status = 'ok'`).run()).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO attendees (conference_id, person_id, conference_bridge_point_id, sort_key, ` +
            `search_text) VALUES (2, 1, 1, 'k', 'x')`,
        )
        .run(),
    ).toThrow(/another conference/);
  });

  it('allows one main bridge point per conference', () => {
    seed();
    db.exec(`INSERT INTO bridge_points (id, name, search_text) VALUES (2, 'B', 'b')`);
    db.exec(`UPDATE conference_bridge_points SET is_main = 1 WHERE id = 1`);
    expect(() =>
      db.exec(`INSERT INTO conference_bridge_points (conference_id, bridge_point_id, is_main) VALUES (1, 2, 1)`),
    ).toThrow(/UNIQUE/);
  });

  it('keeps the search index in step with inserts, updates and deletes', () => {
    seed();
    const hits = (q: string) => db.prepare(`SELECT rowid FROM people_fts WHERE people_fts MATCH ?`).pluck().all(q);
    expect(hits('"an"*')).toEqual([1]);
    db.exec(`UPDATE people SET search_text = 'tran binh' WHERE id = 1`);
    expect(hits('"an"*')).toEqual([]);
    expect(hits('"binh"*')).toEqual([1]);
    db.exec(`DELETE FROM people WHERE id = 1`);
    expect(hits('"binh"*')).toEqual([]);
  });

  it('copies a renamed person’s sort key to their attendee rows', () => {
    seed();
    db.exec(`INSERT INTO attendees (conference_id, person_id, sort_key, search_text) VALUES (1, 1, 'k', 'x')`);
    db.exec(`UPDATE people SET sort_key = 'z' WHERE id = 1`);
    expect(db.prepare(`SELECT sort_key FROM attendees`).pluck().get()).toBe('z');
  });

  it('pages a conference in name order and in protocol order from an index, without sorting', () => {
    const byName = plan(
      `SELECT a.id FROM attendees a WHERE a.conference_id = 1 ORDER BY a.sort_key, a.id LIMIT 100 OFFSET 500`,
    );
    expect(byName).toContain('COVERING INDEX attendees_name_order');
    expect(byName).not.toContain('TEMP B-TREE');
    const byProtocol = plan(
      `SELECT a.id FROM attendees a WHERE a.conference_id = 1 ORDER BY a.protocol_key, a.role_rank, ` +
        `a.sort_key, a.id LIMIT 100`,
    );
    expect(byProtocol).toContain('COVERING INDEX attendees_protocol_order');
    expect(byProtocol).not.toContain('TEMP B-TREE');
  });

  it('pages the people directory in name order from an index', () => {
    const detail = plan(`SELECT id FROM people p ORDER BY p.sort_key, p.id LIMIT 100 OFFSET 1000`);
    expect(detail).toContain('COVERING INDEX people_name_order');
    expect(detail).not.toContain('TEMP B-TREE');
  });
});
