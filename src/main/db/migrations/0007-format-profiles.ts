// The secretary's own format profiles (copied from a built-in one, edited, or imported from a
// file). The built-in profiles live in code and are never stored: a new rule arrives with a
// new version of the app, not through the database.
import type { Migration } from '../migration';

const now = `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const migration0007: Migration = {
  version: 7,
  name: 'format-profiles',
  up(db) {
    db.exec(`
      CREATE TABLE format_profiles (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        -- The profile's own name, kept beside the JSON so the list needs no parsing.
        name TEXT NOT NULL CHECK (name <> ''),
        profile TEXT NOT NULL CHECK (json_valid(profile)),
        created_at TEXT NOT NULL DEFAULT ${now},
        updated_at TEXT NOT NULL DEFAULT ${now}
      );
    `);
  },
};
