// Every change of a point's connection or of attendance is kept with its time, written in the
// same transaction as the change itself, whichever screen or call made it.
import type { AttendanceStatus } from '../../shared/attendees/vocabularies';
import type { ConnectionStatus } from '../../shared/conference-day/vocabularies';
import type { AttendanceEvent, ConnectionEvent } from '../../shared/conference-day/day-calls';
import { nowIso, type ServiceContext } from '../services/context';
import type { ServiceInput } from '../../shared/contract';
import {
  attendanceEventsOf,
  connectionEventsOf,
  insertAttendanceEvent,
  insertConnectionEvent,
  insertCountsEvent,
} from './queries';

export function recordConnection(
  ctx: ServiceContext,
  conferenceBridgePointId: number,
  status: ConnectionStatus,
  note: string | null,
  at = nowIso(),
): void {
  insertConnectionEvent(ctx.db, conferenceBridgePointId, { status, note, at });
}

/** Returns the entry's id (a Zoom/Teams report keeps it, to take the report back). */
export function recordAttendance(
  ctx: ServiceContext,
  conferenceId: number,
  attendeeId: number,
  change: { status: AttendanceStatus; late: boolean; reason: string | null },
  at = nowIso(),
): number {
  return insertAttendanceEvent(ctx.db, conferenceId, attendeeId, { ...change, at });
}

export function recordCounts(
  ctx: ServiceContext,
  conferenceId: number,
  conferenceBridgePointId: number,
  invited: number | null,
  present: number | null,
): void {
  insertCountsEvent(ctx.db, conferenceId, conferenceBridgePointId, { invited, present, at: nowIso() });
}

export function connectionHistory(
  ctx: ServiceContext,
  { conferenceBridgePointId }: ServiceInput<'rollCall.history'>,
): ConnectionEvent[] {
  return connectionEventsOf(ctx.db, conferenceBridgePointId);
}

export function attendanceHistory(
  ctx: ServiceContext,
  { attendeeId }: ServiceInput<'attendance.history'>,
): AttendanceEvent[] {
  return attendanceEventsOf(ctx.db, attendeeId).map((e) => ({
    status: e.status,
    late: e.late === 1,
    reason: e.reason,
    invitedCount: e.invited_count,
    presentCount: e.present_count,
    at: e.at,
  }));
}
