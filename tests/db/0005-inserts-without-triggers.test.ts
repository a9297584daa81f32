// Migration 0005: no trigger runs on insert; the rules those triggers kept still hold.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/main/db/migration';
import { migrations } from '../../src/main/db/migrations';
import type { ServiceContext } from '../../src/main/services/context';
import { indexBacklog } from '../../src/main/search/search-index';
import { removeWithUndo, restore } from '../../src/main/undo/undo';

let db: Database.Database;
const dump = () => db.prepare(`SELECT * FROM attendees ORDER BY id`).all();
const found = (q: string) => db.prepare(`SELECT rowid FROM attendees_fts WHERE attendees_fts MATCH ?`).pluck().all(q);

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 4));
  db.exec(`
    INSERT INTO conferences (id, name, kind, date, session, start_time, search_text) VALUES
      (1, 'A', 'khac', '2026-01-01', 'sang', '08:00', 'a'), (2, 'B', 'khac', '2026-01-02', 'sang', '08:00', 'b');
    INSERT INTO bridge_points (id, name, search_text) VALUES (1, 'Huyện ủy Đại Từ', 'huyen uy dai tu');
    INSERT INTO conference_bridge_points (id, conference_id, bridge_point_id) VALUES (10, 1, 1), (20, 2, 1);
    INSERT INTO people (id, full_name, given_name, name_folded, sort_key, search_text) VALUES
      (1, 'Lê Văn An', 'An', 'le van an', 'an', 'le van an'),
      (2, 'Trần Bình', 'Bình', 'tran binh', 'binh', 'tran binh');
    INSERT INTO attendees
      (conference_id, person_id, conference_bridge_point_id, role, protocol_order, sort_key, search_text) VALUES
      (1, 1, 10, 'chu_tri', 2, 'an', 'le van an'), (1, 2, NULL, 'du', NULL, 'binh', 'tran binh'),
      (2, 2, 20, 'du', NULL, 'binh', 'tran binh');
    DELETE FROM attendees WHERE id = 3;
  `);
  indexBacklog(db, 100);
});
afterEach(() => db.close());

describe('migration 0005', () => {
  it('keeps every attendee, its ids and the search index as they were', () => {
    const before = dump();
    migrate(db, migrations.slice(0, 5));
    expect(dump()).toEqual(before);
    expect(found('"an"')).toEqual([1]);
    // The id of the attendee deleted last stays unused, so the trash can put it back.
    expect(
      Number(
        db
          .prepare(`INSERT INTO attendees (conference_id, person_id, sort_key, search_text) VALUES (2, 1, 'an', 'x')`)
          .run().lastInsertRowid,
      ),
    ).toBe(4);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('leaves no trigger to run on insert', () => {
    migrate(db, migrations.slice(0, 5));
    const onInsert = db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%INSERT ON%'`)
      .pluck()
      .all();
    expect(onInsert).toEqual([]);
  });

  it('refuses a point of another conference, and removing a point only clears the link', () => {
    migrate(db, migrations.slice(0, 5));
    expect(() =>
      db.exec(
        `INSERT INTO attendees (conference_id, person_id, conference_bridge_point_id, sort_key, ` +
          `search_text) VALUES (2, 1, 10, 'an', 'x')`,
      ),
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.exec(`UPDATE attendees SET conference_bridge_point_id = 20 WHERE id = 1`)).toThrow(/FOREIGN KEY/);
    db.exec(`DELETE FROM conference_bridge_points WHERE id = 10`);
    expect(db.prepare(`SELECT conference_bridge_point_id FROM attendees WHERE id = 1`).pluck().get()).toBeNull();
    db.exec(`DELETE FROM conferences WHERE id = 1`);
    expect(db.prepare(`SELECT count(*) FROM attendees`).pluck().get()).toBe(0);
  });

  it('still keeps the order keys in step when the role or the order changes', () => {
    migrate(db, migrations.slice(0, 5));
    db.exec(`UPDATE attendees SET role = 'khach_moi', protocol_order = NULL WHERE id = 1`);
    expect(db.prepare(`SELECT role_rank, protocol_key FROM attendees WHERE id = 1`).raw().get()).toEqual([
      2, 2147483647,
    ]);
  });

  it('indexes for search the rows that undo puts back below the mark', () => {
    // Today's undo, which also ranks the attendees it puts back, on today's schema.
    migrate(db, migrations);
    const ctx = { db, progress: () => undefined } as unknown as ServiceContext;
    const removal = removeWithUndo(ctx, 'conferences', [1], 'x');
    expect(found('"an"')).toEqual([]);
    restore(ctx, { undoId: removal.undoId });
    expect(found('"an"')).toEqual([1]);
    expect(dump().map((a) => (a as { id: number }).id)).toEqual([1, 2]);
  });
});
