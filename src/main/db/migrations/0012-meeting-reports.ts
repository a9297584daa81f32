// Zoom and Teams attendance reports written to a conference, each with what it changed, so
// that a report applied with a wrong choice can be taken back.
import type { Migration } from '../migration';

export const migration0012: Migration = {
  version: 12,
  name: 'meeting-reports',
  up(db) {
    db.exec(`
      CREATE TABLE meeting_reports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        platform TEXT,
        summary TEXT NOT NULL,
        applied_at TEXT NOT NULL,
        -- The rows as they were before and the history entries it added (JSON).
        undo TEXT NOT NULL
      );
      CREATE INDEX meeting_reports_by_conference ON meeting_reports(conference_id, id);
    `);
  },
};
