// What must be done before a conference, with what is still missing at a glance: lists
// received from every point by their deadline and the connection tested at each (worked out
// from the data), the room booked and the documents sent (ticked by the secretary), and any
// item of her own.
import type { Migration } from '../migration';

export const migration0010: Migration = {
  version: 10,
  name: 'checklist',
  up(db) {
    db.exec(`
      CREATE TABLE checklist_items (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('lists', 'connection', 'room', 'documents', 'custom')),
        label TEXT NOT NULL CHECK (label <> ''),
        due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        done_at TEXT,
        note TEXT,
        position INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX checklist_items_by_conference ON checklist_items(conference_id, position, id);
      -- The standard items once each per conference; the secretary's own as many as she likes.
      CREATE UNIQUE INDEX checklist_standard_items ON checklist_items(conference_id, kind) WHERE kind <> 'custom';
    `);
  },
};
