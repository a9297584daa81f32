// The conference day: every change of a bridge point's connection and of an attendee's
// attendance is kept with its time (so the minutes can say when a point dropped and came
// back, and what changed after the report to the chair), attendees marked late or absent
// with a reason, and the quick reports given to the chair.
import type { Migration } from '../migration';

const now = `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const migration0009: Migration = {
  version: 9,
  name: 'conference-day',
  up(db) {
    db.exec(`
      CREATE TABLE connection_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conference_bridge_point_id INTEGER NOT NULL REFERENCES conference_bridge_points(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('chua_kiem_tra', 'da_ket_noi', 'su_co')),
        note TEXT,
        at TEXT NOT NULL DEFAULT ${now}
      );
      CREATE INDEX connection_events_by_point ON connection_events(conference_bridge_point_id, at);

      -- One row per change: an attendee's status (with lateness and reason), or the counts a
      -- point reported (points that track numbers, not names).
      CREATE TABLE attendance_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
        attendee_id INTEGER REFERENCES attendees(id) ON DELETE CASCADE,
        conference_bridge_point_id INTEGER REFERENCES conference_bridge_points(id) ON DELETE CASCADE,
        status TEXT CHECK (status IN ('duoc_moi', 'xac_nhan', 'co_mat', 'vang_co_ly_do', 'vang')),
        late INTEGER,
        reason TEXT,
        invited_count INTEGER,
        present_count INTEGER,
        at TEXT NOT NULL DEFAULT ${now},
        CHECK ((attendee_id IS NULL) <> (conference_bridge_point_id IS NULL))
      );
      CREATE INDEX attendance_events_by_conference ON attendance_events(conference_id, at);
      CREATE INDEX attendance_events_by_attendee ON attendance_events(attendee_id) WHERE attendee_id IS NOT NULL;
      CREATE INDEX attendance_events_by_point ON attendance_events(conference_bridge_point_id)
        WHERE conference_bridge_point_id IS NOT NULL;

      ALTER TABLE attendees ADD COLUMN late INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE attendees ADD COLUMN absence_reason TEXT;

      CREATE TABLE quick_reports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
        at TEXT NOT NULL DEFAULT ${now},
        -- The figures as reported (JSON), for comparing with later changes.
        figures TEXT NOT NULL
      );
      CREATE INDEX quick_reports_by_conference ON quick_reports(conference_id, at);
    `);
  },
};
