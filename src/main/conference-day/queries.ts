// The day's history (connection_events, attendance_events, quick_reports), the marks the
// day's screens set on points and attendees, and the checklist before the day: the statements on them.
import type Database from 'better-sqlite3';
import type { AttendanceStatus } from '../../shared/attendees/vocabularies';
import type { ConnectionStatus } from '../../shared/conference-day/vocabularies';
import type { ChecklistKind } from '../../shared/conference-day/day-calls';
import type { ConnectionEvent } from '../../shared/conference-day/day-calls';
import { inJson } from '../services/context';
import { cached } from '../db/statements';

/** Returns the new entry's id. */
export function insertConnectionEvent(
  db: Database.Database,
  conferenceBridgePointId: number,
  event: { status: ConnectionStatus; note: string | null; at: string },
): number {
  return Number(
    cached(db, `INSERT INTO connection_events (conference_bridge_point_id, status, note, at) VALUES (?, ?, ?, ?)`).run(
      conferenceBridgePointId,
      event.status,
      event.note,
      event.at,
    ).lastInsertRowid,
  );
}

export function connectionEventExists(
  db: Database.Database,
  conferenceBridgePointId: number,
  status: ConnectionStatus,
  at: string,
): boolean {
  return (
    cached(db, `SELECT 1 FROM connection_events WHERE conference_bridge_point_id = ? AND status = ? AND at = ?`).get(
      conferenceBridgePointId,
      status,
      at,
    ) !== undefined
  );
}

export function deleteConnectionEvents(db: Database.Database, ids: readonly number[]): void {
  cached(db, `DELETE FROM connection_events WHERE id ${inJson}`).run(JSON.stringify(ids));
}

export function deleteAttendanceEvents(db: Database.Database, ids: readonly number[]): void {
  cached(db, `DELETE FROM attendance_events WHERE id ${inJson}`).run(JSON.stringify(ids));
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

/** A point as a meeting report found it: [id, connection_status, connection_checked_at, updated_at]. */
export type PointConnectionBefore = [number, string, string | null, string];

export function pointConnectionBefore(db: Database.Database, id: number): PointConnectionBefore {
  return cached(
    db,
    `SELECT id, connection_status, connection_checked_at, updated_at FROM conference_bridge_points WHERE id = ?`,
  )
    .raw()
    .get(id) as PointConnectionBefore;
}

/** Marks a point connected, checked no earlier than it already was. */
export function markPointJoined(db: Database.Database, id: number, checkedAt: string, at: string): void {
  cached(
    db,
    `UPDATE conference_bridge_points SET connection_status = 'da_ket_noi', connection_checked_at = ` +
      `max(coalesce(connection_checked_at, ''), ?), updated_at = ? WHERE id = ?`,
  ).run(checkedAt, at, id);
}

/** Puts a point's connection back unless it changed since `changedAt`; whether it was put back. */
export function restorePointConnection(
  db: Database.Database,
  [id, status, checkedAt, updatedAt]: PointConnectionBefore,
  changedAt: string,
): boolean {
  return (
    cached(
      db,
      `UPDATE conference_bridge_points SET connection_status = ?, connection_checked_at = ?, updated_at = ` +
        `? WHERE id = ? AND updated_at = ?`,
    ).run(status, checkedAt, updatedAt, id, changedAt).changes > 0
  );
}

/** An attendee as a meeting report found it: [id, status, late, absence_reason, updated_at]. */
export type AttendanceBefore = [number, string, number, string | null, string];

export function attendanceBefore(
  db: Database.Database,
  id: number,
): { before: AttendanceBefore; point: number | null } {
  const [rowId, status, late, reason, updatedAt, point] = cached(
    db,
    `SELECT id, status, late, absence_reason, updated_at, conference_bridge_point_id FROM attendees WHERE id = ?`,
  )
    .raw()
    .get(id) as [...AttendanceBefore, number | null];
  return { before: [rowId, status, late, reason, updatedAt], point };
}

export function markPresent(db: Database.Database, id: number, late: boolean, at: string): void {
  cached(
    db,
    `UPDATE attendees SET status = 'co_mat', late = ?, absence_reason = NULL, updated_at = ? WHERE id = ?`,
  ).run(late ? 1 : 0, at, id);
}

/**
 * Puts an attendee's attendance back unless it changed since `changedAt`; the point it is at
 * when put back, undefined when it was left as it is.
 */
export function restoreAttendance(
  db: Database.Database,
  [id, status, late, reason, updatedAt]: AttendanceBefore,
  changedAt: string,
): { point: number | null } | undefined {
  const row = cached(
    db,
    `UPDATE attendees SET status = ?, late = ?, absence_reason = ?, updated_at = ? WHERE id = ? AND ` +
      `updated_at = ? RETURNING conference_bridge_point_id`,
  ).get(status, late, reason, updatedAt, id, changedAt) as { conference_bridge_point_id: number | null } | undefined;
  return row && { point: row.conference_bridge_point_id };
}

export interface ChecklistRow {
  id: number;
  kind: ChecklistKind;
  label: string;
  due_date: string | null;
  done_at: string | null;
  note: string | null;
}

/** Adds a standard item unless the conference has it; prepared once for a loop over the items. */
export function standardItemInserter(
  db: Database.Database,
): (
  conferenceId: number,
  item: { kind: ChecklistKind; label: string; daysBefore: number; position: number },
  date: string,
) => void {
  const insert = cached(
    db,
    `INSERT OR IGNORE INTO checklist_items (conference_id, kind, label, due_date, position) VALUES (?, ?, ` +
      `?, date(?, ?), ?)`,
  );
  return (conferenceId, item, date) =>
    void insert.run(conferenceId, item.kind, item.label, date, `-${item.daysBefore} days`, item.position);
}

export function checklistRowsOf(db: Database.Database, conferenceId: number): ChecklistRow[] {
  return cached(
    db,
    `SELECT id, kind, label, due_date, done_at, note FROM ` +
      `checklist_items WHERE conference_id = ? ORDER BY position, id`,
  ).all(conferenceId) as ChecklistRow[];
}

/** [kind, due date] of the standard items stored with a date. */
export function storedDueDates(db: Database.Database, conferenceId: number): [string, string][] {
  return cached(
    db,
    `SELECT kind, due_date FROM checklist_items WHERE conference_id = ? AND kind <> 'custom' AND due_date IS NOT NULL`,
  )
    .raw()
    .all(conferenceId) as [string, string][];
}

export function conferenceOfChecklistItem(db: Database.Database, id: number): number | undefined {
  return cached(db, `SELECT conference_id FROM checklist_items WHERE id = ?`).pluck().get(id) as number | undefined;
}

/** Adds a custom item after the others; returns its id. */
export function insertCustomItem(
  db: Database.Database,
  conferenceId: number,
  item: { label: string; dueDate: string | null },
): number {
  return Number(
    cached(
      db,
      `INSERT INTO checklist_items (conference_id, kind, label, due_date, position)
         VALUES (?, 'custom', ?, ?,
           (SELECT coalesce(max(position), 0) + 1 FROM checklist_items WHERE conference_id = ?))`,
    ).run(conferenceId, item.label, item.dueDate, conferenceId).lastInsertRowid,
  );
}

/** The fields of an item that can change; those left out keep their value. */
export interface ChecklistPatch {
  doneAt?: string | null;
  dueDate?: string | null;
  note?: string | null;
  label?: string;
}

const checklistSets: Record<keyof ChecklistPatch, string> = {
  doneAt: 'done_at = @doneAt',
  dueDate: 'due_date = @dueDate',
  note: 'note = @note',
  label: 'label = @label',
};

/** Writes the fields given, each through its own fixed assignment; nothing when none is given. */
export function writeChecklistItem(db: Database.Database, id: number, patch: ChecklistPatch): void {
  const keys = (Object.keys(checklistSets) as (keyof ChecklistPatch)[]).filter((k) => patch[k] !== undefined);
  if (keys.length === 0) return;
  cached(db, `UPDATE checklist_items SET ${keys.map((k) => checklistSets[k]).join(', ')} WHERE id = @id`).run({
    id,
    ...Object.fromEntries(keys.map((k) => [k, patch[k]])),
  });
}

export function deleteChecklistItem(db: Database.Database, id: number): void {
  cached(db, `DELETE FROM checklist_items WHERE id = ?`).run(id);
}

export function lastQuickReportAt(db: Database.Database, conferenceId: number): string | null {
  return cached(db, `SELECT max(at) FROM quick_reports WHERE conference_id = ?`).pluck().get(conferenceId) as
    string | null;
}

/** How many attendance and connection entries of the conference came after `at`. */
export function dayEventsSince(db: Database.Database, conferenceId: number, at: string): number {
  return cached(
    db,
    `SELECT (SELECT count(*) FROM attendance_events WHERE conference_id = @conferenceId AND at > @at)
            + (SELECT count(*) FROM connection_events e
               JOIN conference_bridge_points cbp ON cbp.id = e.conference_bridge_point_id
               WHERE cbp.conference_id = @conferenceId AND e.at > @at)`,
  )
    .pluck()
    .get({ conferenceId, at }) as number;
}

export function insertQuickReport(db: Database.Database, conferenceId: number, at: string, figures: string): void {
  cached(db, `INSERT INTO quick_reports (conference_id, at, figures) VALUES (?, ?, ?)`).run(conferenceId, at, figures);
}

export interface PointConnectionEventRow {
  point: number;
  name: string;
  status: ConnectionStatus;
  at: string;
}

/** The conference's connection history from a day before `isoDate` to a day after it (UTC), in order. */
export function connectionEventsAround(
  db: Database.Database,
  conferenceId: number,
  isoDate: string,
): PointConnectionEventRow[] {
  return cached(
    db,
    `SELECT e.conference_bridge_point_id AS point, b.name, e.status, e.at FROM connection_events e
       JOIN conference_bridge_points c ON c.id = e.conference_bridge_point_id
       JOIN bridge_points b ON b.id = c.bridge_point_id
       WHERE c.conference_id = ? AND e.at BETWEEN date(?, '-1 day') AND date(?, '+2 days') ORDER BY e.at, e.id`,
  ).all(conferenceId, isoDate, isoDate) as PointConnectionEventRow[];
}

/** For each point with a problem now, when it last reported one: [point id, at]. */
export function problemsReportedAt(db: Database.Database, conferenceId: number): [number, string][] {
  return cached(
    db,
    `SELECT e.conference_bridge_point_id, max(e.at) FROM connection_events e
       JOIN conference_bridge_points cbp ON cbp.id = e.conference_bridge_point_id
       WHERE cbp.conference_id = ? AND cbp.connection_status = 'su_co' AND e.status = 'su_co' GROUP BY 1`,
  )
    .raw()
    .all(conferenceId) as [number, string][];
}
