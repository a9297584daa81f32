// The history of a record: every change made to a conference, a bridge point, a person, an
// attendee or a conference's point through the services, one row per field, the fields of one
// edit sharing its edit_id. Values are JSON so that putting one back restores its type (null,
// number, code). No foreign keys: a removal is neither slowed nor blocked, and the rows of a
// removed record stay to say what it was.
import type { Migration } from '../migration';

export const migration0019: Migration = {
  version: 19,
  name: 'record-history',
  up(db) {
    db.exec(`
      CREATE TABLE record_changes (
        id INTEGER PRIMARY KEY,
        edit_id INTEGER NOT NULL,
        entity TEXT NOT NULL
          CHECK (entity IN ('conference', 'bridge_point', 'person', 'attendee', 'conference_point')),
        entity_id INTEGER NOT NULL,
        field TEXT NOT NULL CHECK (field <> ''),
        old_value TEXT NOT NULL CHECK (json_valid(old_value)),
        new_value TEXT NOT NULL CHECK (json_valid(new_value)),
        changed_at TEXT NOT NULL,
        changed_by TEXT NOT NULL
      );
      CREATE INDEX record_changes_by_record ON record_changes(entity, entity_id, id);
    `);
  },
};
