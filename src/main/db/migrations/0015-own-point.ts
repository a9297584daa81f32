// A conference records from which of its points its documents speak: the secretary's own
// point (a provincial clerk records the national conference at her room), or the host's
// when none is set. The day's figures count the late by point, so they get an index of
// their own (few rows: only those marked late).
import type { Migration } from '../migration';

export const migration0015: Migration = {
  version: 15,
  name: 'own-point',
  up(db) {
    db.exec(`
      ALTER TABLE conferences ADD COLUMN own_point_id INTEGER
        REFERENCES conference_bridge_points(id) ON DELETE SET NULL;
      CREATE INDEX attendees_late_by_point ON attendees(conference_bridge_point_id) WHERE late = 1;
    `);
  },
};
