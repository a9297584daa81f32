// Migration 0015: a conference may speak from one of its points. A file from before the
// upgrade keeps every row as it was, each conference speaking for its host, and the late are
// counted by point from an index of their own.
import { describe, expect, it } from 'vitest';
import { databaseWithDataAt, dumpTables, sameTables, upgrade, type Row } from '../helpers/upgrade';

describe('migration 0015', () => {
  it('upgrades a version-14 file holding data, every conference speaking for its host', () => {
    const db = databaseWithDataAt(11);
    try {
      upgrade(db, 14);
      const before = dumpTables(db);
      expect(upgrade(db, 15)).toEqual([15]);
      const after = dumpTables(db);
      const { conferences: afterConferences, ...afterRest } = sameTables(after, before);
      const { conferences: beforeConferences, ...beforeRest } = before;
      expect(afterRest).toEqual(beforeRest);
      expect(beforeConferences.length).toBeGreaterThan(0);
      expect(afterConferences).toEqual(beforeConferences.map((row: Row) => ({ ...row, own_point_id: null })));
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM attendees WHERE conference_bridge_point_id = ? AND late = 1`)
        .all(1) as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toContain('attendees_late_by_point');
    } finally {
      db.close();
    }
  });

  it('lets a conference speak for its host again when its own point is taken off it', () => {
    const db = databaseWithDataAt(11);
    try {
      upgrade(db, 15);
      const { conference_id: conferenceId, id } = db
        .prepare(`SELECT conference_id, id FROM conference_bridge_points WHERE is_main = 0 LIMIT 1`)
        .get() as { conference_id: number; id: number };
      db.prepare(`UPDATE conferences SET own_point_id = ? WHERE id = ?`).run(id, conferenceId);
      db.prepare(`DELETE FROM conference_bridge_points WHERE id = ?`).run(id);
      expect(db.prepare(`SELECT own_point_id FROM conferences WHERE id = ?`).pluck().get(conferenceId)).toBeNull();
    } finally {
      db.close();
    }
  });
});
