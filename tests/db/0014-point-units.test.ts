// Migration 0014: bridge points may carry an administrative unit's code and kind. A file from
// before the upgrade keeps every row as it was, with no point taken for a unit until the
// secretary adds units or links a point to one.
import { describe, expect, it } from 'vitest';
import { databaseWithDataAt, dumpTables, sameTables, upgrade, type Row } from '../helpers/upgrade';

describe('migration 0014', () => {
  it('upgrades a version-13 file holding data, every row as it was and no point of a unit', () => {
    const db = databaseWithDataAt(11);
    try {
      upgrade(db, 13);
      const before = dumpTables(db);
      expect(upgrade(db, 14)).toEqual([14]);
      const after = dumpTables(db);
      const { bridge_points: afterPoints, ...afterRest } = sameTables(after, before);
      const { bridge_points: beforePoints, ...beforeRest } = before;
      expect(afterRest).toEqual(beforeRest);
      expect(beforePoints.length).toBeGreaterThan(0);
      expect(afterPoints).toEqual(beforePoints.map((row: Row) => ({ ...row, unit_code: null, unit_kind: null })));
      const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM bridge_points WHERE unit_code = ?`).all('05830') as {
        detail: string;
      }[];
      expect(plan.map((p) => p.detail).join(' ')).toContain('bridge_points_by_unit');
    } finally {
      db.close();
    }
  });
});
