// The header details a secretary sets when exporting a conference's documents (the superior
// and issuing bodies, the number and symbol, the place), kept so that the next export of the
// same conference starts from them.
import type { Migration } from '../migration';

export const migration0008: Migration = {
  version: 8,
  name: 'document-headers',
  up(db) {
    db.exec(`
      CREATE TABLE document_headers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conference_id INTEGER NOT NULL UNIQUE REFERENCES conferences(id) ON DELETE CASCADE,
        superior_body TEXT,
        issuing_body TEXT,
        number TEXT,
        symbol TEXT,
        place TEXT,
        profile_id TEXT,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
    `);
  },
};
