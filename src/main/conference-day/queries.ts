// The day's history (connection_events, attendance_events, quick_reports) and the marks the
// day's screens set on points and attendees: the statements on them.
import type Database from 'better-sqlite3';
import type { AttendanceStatus } from '../../shared/attendees/vocabularies';
import type { ConnectionStatus } from '../../shared/conference-day/vocabularies';
import type { ConnectionEvent } from '../../shared/conference-day/day-calls';
import { inJson } from '../services/context';
import { cached } from '../db/statements';

export function insertConnectionEvent(
  db: Database.Database,
  conferenceBridgePointId: number,
  event: { status: ConnectionStatus; note: string | null; at: string },
): void {
  cached(db, `INSERT INTO connection_events (conference_bridge_point_id, status, note, at) VALUES (?, ?, ?, ?)`).run(
    conferenceBridgePointId,
    event.status,
    event.note,
    event.at,
  );
}

/** Returns the new entry's id. */
export function insertAttendanceEvent(
  db: Database.Database,
  conferenceId: number,
  attendeeId: number,
  event: { status: AttendanceStatus; late: boolean; reason: string | null; at: string },
): number {
  return Number(
    cached(
      db,
      `INSERT INTO attendance_events (conference_id, attendee_id, ` +
        `status, late, reason, at) VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(conferenceId, attendeeId, event.status, event.late ? 1 : 0, event.reason, event.at).lastInsertRowid,
  );
}

export function insertCountsEvent(
  db: Database.Database,
  conferenceId: number,
  conferenceBridgePointId: number,
  counts: { invited: number | null; present: number | null; at: string },
): void {
  cached(
    db,
    `INSERT INTO attendance_events (conference_id, conference_bridge_point_id, invited_count, ` +
      `present_count, at) VALUES (?, ?, ?, ?, ?)`,
  ).run(conferenceId, conferenceBridgePointId, counts.invited, counts.present, counts.at);
}

export function connectionEventsOf(db: Database.Database, conferenceBridgePointId: number): ConnectionEvent[] {
  return cached(
    db,
    `SELECT status, note, at FROM connection_events WHERE conference_bridge_point_id = ? ORDER BY at, id`,
  ).all(conferenceBridgePointId) as ConnectionEvent[];
}

export interface AttendanceEventRow {
  status: AttendanceStatus | null;
  late: number | null;
  reason: string | null;
  invited_count: number | null;
  present_count: number | null;
  at: string;
}

export function attendanceEventsOf(db: Database.Database, attendeeId: number): AttendanceEventRow[] {
  return cached(
    db,
    `SELECT status, late, reason, invited_count, present_count, at FROM attendance_events WHERE ` +
      `attendee_id = ? ORDER BY at, id`,
  ).all(attendeeId) as AttendanceEventRow[];
}

export function connectionMarksOf(
  db: Database.Database,
  conferenceId: number,
  ids: readonly number[],
): { id: number; status: string; note: string | null }[] {
  return cached(
    db,
    `SELECT id, connection_status AS status, connection_note AS note FROM conference_bridge_points WHERE ` +
      `conference_id = ? AND id ${inJson}`,
  ).all(conferenceId, JSON.stringify(ids)) as { id: number; status: string; note: string | null }[];
}

/** Sets a point's connection as checked at `at`; prepared once for a loop over many points. */
export function connectionMarker(
  db: Database.Database,
): (id: number, mark: { status: ConnectionStatus; note: string | null; at: string }) => void {
  const update = cached(
    db,
    `UPDATE conference_bridge_points SET connection_status = ?, connection_checked_at = ?, connection_note ` +
      `= ?, updated_at = ? WHERE id = ?`,
  );
  return (id, mark) => void update.run(mark.status, mark.at, mark.note, mark.at, id);
}

export interface AttendanceMarkRow {
  id: number;
  point: number | null;
  status: string;
  late: number;
  reason: string | null;
}

export function attendanceMarksOf(
  db: Database.Database,
  conferenceId: number,
  attendeeIds: readonly number[],
): AttendanceMarkRow[] {
  // The ids lead (`+` keeps SQLite from walking the whole conference by its index instead).
  return cached(
    db,
    `SELECT id, conference_bridge_point_id AS point, status, late, absence_reason AS reason FROM ` +
      `attendees WHERE +conference_id = ? AND id ${inJson}`,
  ).all(conferenceId, JSON.stringify(attendeeIds)) as AttendanceMarkRow[];
}

/** Sets an attendee's attendance; prepared once for a loop over many attendees. */
export function attendanceMarker(
  db: Database.Database,
): (id: number, mark: { status: AttendanceStatus; late: boolean; reason: string | null; at: string }) => void {
  const update = cached(
    db,
    `UPDATE attendees SET status = ?, late = ?, absence_reason = ?, updated_at = ? WHERE id = ?`,
  );
  return (id, mark) => void update.run(mark.status, mark.late ? 1 : 0, mark.reason, mark.at, id);
}
