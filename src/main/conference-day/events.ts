// Every change of a point's connection or of attendance is kept with its time, written in the
// same transaction as the change itself, whichever screen or call made it.
import type { AttendanceStatus, ConnectionStatus } from '../../shared/domain';
import type { AttendanceEvent, ConnectionEvent } from '../../shared/conference-day/day-calls';
import { nowIso, type ServiceContext } from '../services/context';
import { cached } from '../db/statements';

export function recordConnection(
  ctx: ServiceContext,
  conferenceBridgePointId: number,
  status: ConnectionStatus,
  note: string | null,
  at = nowIso(),
): void {
  cached(
    ctx.db,
    `INSERT INTO connection_events (conference_bridge_point_id, status, note, at) VALUES (?, ?, ?, ?)`,
  ).run(conferenceBridgePointId, status, note, at);
}

/** Returns the entry's id (a Zoom/Teams report keeps it, to take the report back). */
export function recordAttendance(
  ctx: ServiceContext,
  conferenceId: number,
  attendeeId: number,
  change: { status: AttendanceStatus; late: boolean; reason: string | null },
  at = nowIso(),
): number {
  return Number(
    cached(
      ctx.db,
      `INSERT INTO attendance_events (conference_id, attendee_id, ` +
        `status, late, reason, at) VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(conferenceId, attendeeId, change.status, change.late ? 1 : 0, change.reason, at).lastInsertRowid,
  );
}

export function recordCounts(
  ctx: ServiceContext,
  conferenceId: number,
  conferenceBridgePointId: number,
  invited: number | null,
  present: number | null,
): void {
  cached(
    ctx.db,
    `INSERT INTO attendance_events (conference_id, conference_bridge_point_id, invited_count, ` +
      `present_count, at) VALUES (?, ?, ?, ?, ?)`,
  ).run(conferenceId, conferenceBridgePointId, invited, present, nowIso());
}

export function connectionHistory(ctx: ServiceContext, conferenceBridgePointId: number): ConnectionEvent[] {
  return cached(
    ctx.db,
    `SELECT status, note, at FROM connection_events WHERE conference_bridge_point_id = ? ORDER BY at, id`,
  ).all(conferenceBridgePointId) as ConnectionEvent[];
}

export function attendanceHistory(ctx: ServiceContext, attendeeId: number): AttendanceEvent[] {
  return (
    cached(
      ctx.db,
      `SELECT status, late, reason, invited_count, present_count, at FROM attendance_events WHERE ` +
        `attendee_id = ? ORDER BY at, id`,
    ).all(attendeeId) as {
      status: AttendanceStatus | null;
      late: number | null;
      reason: string | null;
      invited_count: number | null;
      present_count: number | null;
      at: string;
    }[]
  ).map((e) => ({
    status: e.status,
    late: e.late === 1,
    reason: e.reason,
    invitedCount: e.invited_count,
    presentCount: e.present_count,
    at: e.at,
  }));
}
