// Migration 0019: the history of the records arrives empty; every row of a file from before the
// upgrade stays as it was, and a record with history can still be removed.
import { describe, expect, it } from 'vitest';
import {
  addedTables,
  databaseWithDataAt,
  dumpTables,
  indexColumns,
  queryPlan,
  sameTables,
  upgrade,
} from '../helpers/upgrade';

describe('migration 0019', () => {
  it('upgrades a version-18 file holding data, every row as it was and no history yet', () => {
    const db = databaseWithDataAt(11);
    try {
      upgrade(db, 18);
      const before = dumpTables(db);
      expect(upgrade(db, 19)).toEqual([19]);
      const after = dumpTables(db);
      expect(sameTables(after, before)).toEqual(before);
      expect(addedTables(after, before)).toEqual({ record_changes: [] });
      expect(indexColumns(db, 'record_changes_by_record')).toEqual(['entity', 'entity_id', 'id']);
      const plan = queryPlan(
        db,
        `SELECT * FROM record_changes WHERE entity = 'person' AND entity_id = ? ORDER BY id DESC`,
        1,
      );
      expect(plan.join(' ')).toContain('INDEX record_changes_by_record');
      expect(plan.join(' ')).not.toContain('TEMP B-TREE');

      const person = db.prepare(`SELECT min(id) FROM people`).pluck().get() as number;
      const insert = db.prepare(
        `INSERT INTO record_changes (edit_id, entity, entity_id, field, old_value, new_value, changed_at, changed_by)
         VALUES (1, ?, ?, 'unit', ?, ?, '2026-12-30T07:00:00.000Z', 'Thư ký')`,
      );
      insert.run('person', person, 'null', '"Văn phòng"');
      expect(() => insert.run('meeting', person, 'null', '1')).toThrow(/CHECK/);
      expect(() => insert.run('person', person, 'not json', '1')).toThrow(/CHECK/);
      db.prepare(`DELETE FROM attendees WHERE person_id = ?`).run(person);
      db.prepare(`DELETE FROM people WHERE id = ?`).run(person);
      expect(db.prepare(`SELECT count(*) FROM record_changes WHERE entity_id = ?`).pluck().get(person)).toBe(1);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });
});
