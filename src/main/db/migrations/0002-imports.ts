// Each committed import is recorded with what it created, so it can be undone as a whole.
import type { Migration } from '../migration';

export const migration0002: Migration = {
  version: 2,
  name: 'imports',
  up(db) {
    db.exec(`
      CREATE TABLE imports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        imported INTEGER NOT NULL CHECK (imported >= 0),
        new_people INTEGER NOT NULL CHECK (new_people >= 0),
        new_points INTEGER NOT NULL CHECK (new_points >= 0),
        -- What to take back: ids created, and the earlier values of people the import completed.
        undo TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
      CREATE INDEX imports_by_conference ON imports(conference_id, id DESC);
    `);
  },
};
