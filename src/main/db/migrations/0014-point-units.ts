// A bridge point may be the room of an administrative unit: it keeps the unit's national code
// and kind, so that adding a province's communes twice adds nothing and lists that name a
// commune in any of its forms find its point.
import type { Migration } from '../migration';

export const migration0014: Migration = {
  version: 14,
  name: 'point-units',
  up(db) {
    db.exec(`
      -- The national statistical code (2 digits for a province, 5 for a commune) and its kind
      -- ('tinh', 'thanh-pho', 'xa', 'phuong', 'dac-khu'); NULL for points of no unit (an agency).
      ALTER TABLE bridge_points ADD COLUMN unit_code TEXT;
      ALTER TABLE bridge_points ADD COLUMN unit_kind TEXT;
      CREATE INDEX bridge_points_by_unit ON bridge_points(unit_code) WHERE unit_code IS NOT NULL;
    `);
  },
};
