// People are recognised as the same by their name with its marks ("Hùng" is not "Hưng"),
// not by the folded search text used so far. One index (name, phone) serves both checks: the
// few namesakes of a name are then compared by unit; a second index on (name, unit) cost
// more to keep up on every insert than it saved.
import { nameKey } from '../../../shared/text/vietnamese';
import type { Migration } from '../migration';

export const migration0004: Migration = {
  version: 4,
  name: 'person-name-key',
  up(db) {
    db.exec(`ALTER TABLE people ADD COLUMN name_key TEXT NOT NULL DEFAULT ''`);
    const update = db.prepare(`UPDATE people SET name_key = ? WHERE id = ?`);
    for (const [id, fullName] of db.prepare(`SELECT id, full_name FROM people`).raw().all() as [number, string][]) {
      update.run(nameKey(fullName), id);
    }
    db.exec(`
      DROP INDEX people_same_name_phone;
      DROP INDEX people_same_name_unit;
      CREATE INDEX people_same_name_phone ON people(name_key, phone);
    `);
  },
};
