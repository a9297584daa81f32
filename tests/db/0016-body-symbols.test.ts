// Migration 0016: bridge points may carry their body's symbol. A file from before the upgrade
// keeps every row as it was, with no symbol stored: the documents suggest one from the body's
// name until the secretary sets it.
import { describe, expect, it } from 'vitest';
import { databaseWithDataAt, dumpTables, sameTables, upgrade, type Row } from '../helpers/upgrade';

describe('migration 0016', () => {
  it('upgrades a version-15 file holding data, every row as it was and no symbol stored', () => {
    const db = databaseWithDataAt(11);
    try {
      upgrade(db, 15);
      const before = dumpTables(db);
      expect(upgrade(db, 16)).toEqual([16]);
      const after = dumpTables(db);
      const { bridge_points: afterPoints, ...afterRest } = sameTables(after, before);
      const { bridge_points: beforePoints, ...beforeRest } = before;
      expect(afterRest).toEqual(beforeRest);
      expect(beforePoints.length).toBeGreaterThan(0);
      expect(afterPoints).toEqual(beforePoints.map((row: Row) => ({ ...row, body_symbol: null })));
    } finally {
      db.close();
    }
  });
});
