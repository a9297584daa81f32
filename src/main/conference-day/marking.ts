// Marking on the day, many at once: the connection of points (a whole subtree with one key)
// and the attendance of attendees. Unchanged marks are not repeated in the history.
import type { ServiceInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { listConferenceBridgePoints } from '../bridge-points/conference-bridge-points';
import { nowIso, type ServiceContext } from '../services/context';
import { keepingPointCounts } from '../attendees/counts';
import { recordAttendance, recordConnection } from './events';
import { attendanceMarker, attendanceMarksOf, connectionMarker, connectionMarksOf } from './queries';
import { touchConferenceRow } from '../conferences/queries';

/** The ids given, with every point below them in the conference's tree when asked. */
function withSubtrees(ctx: ServiceContext, conferenceId: number, ids: readonly number[]): number[] {
  const children = new Map<number, number[]>();
  for (const p of listConferenceBridgePoints(ctx, { conferenceId }, false)) {
    if (p.parentId !== null) children.set(p.parentId, [...(children.get(p.parentId) ?? []), p.id]);
  }
  const all = new Set<number>();
  const walk = (id: number) => {
    if (all.has(id)) return;
    all.add(id);
    for (const child of children.get(id) ?? []) walk(child);
  };
  ids.forEach(walk);
  return [...all];
}

export function markConnections(ctx: ServiceContext, input: ServiceInput<'rollCall.mark'>): { marked: number } {
  return keepingPointCounts(ctx, () => {
    const { db } = ctx;
    const ids = input.withDescendants
      ? withSubtrees(ctx, input.conferenceId, input.conferenceBridgePointIds)
      : input.conferenceBridgePointIds;
    const rows = connectionMarksOf(db, input.conferenceId, ids);
    if (rows.length !== new Set(ids).size)
      throw new AppError('NOT_FOUND', 'Có điểm cầu đã chọn không còn trong hội nghị; hãy tải lại danh sách điểm cầu.');
    const at = nowIso();
    const update = connectionMarker(db);
    let marked = 0;
    db.transaction(() => {
      for (const row of rows) {
        // A point connected again leaves its problem's note in the history, not on the point.
        const note = input.note !== undefined ? input.note : input.status === 'da_ket_noi' ? null : row.note;
        // The check's time moves on even when nothing else does: the point was checked again.
        update(row.id, { status: input.status, note, at });
        if (row.status === input.status && note === row.note) continue;
        recordConnection(ctx, row.id, input.status, note, at);
        marked++;
      }
    })();
    return { marked };
  });
}

export function markAttendance(ctx: ServiceContext, input: ServiceInput<'attendance.mark'>): { marked: number } {
  const { db } = ctx;
  const rows = attendanceMarksOf(db, input.conferenceId, input.attendeeIds);
  if (rows.length !== new Set(input.attendeeIds).size)
    throw new AppError('NOT_FOUND', 'Có đại biểu đã chọn không còn trong hội nghị; hãy tải lại danh sách.');
  const present = input.status === 'co_mat';
  const late = present && input.late;
  // A reason belongs to an absence; marking present clears it.
  const reason = input.status === 'vang' || input.status === 'vang_co_ly_do' ? (input.reason ?? null) : null;
  const at = nowIso();
  const update = attendanceMarker(db);
  let marked = 0;
  const write = db.transaction(() => {
    for (const row of rows) {
      if (row.status === input.status && row.late === (late ? 1 : 0) && row.reason === reason) continue;
      update(row.id, { status: input.status, late, reason, at });
      recordAttendance(ctx, input.conferenceId, row.id, { status: input.status, late, reason }, at);
      marked++;
    }
    if (marked > 0) touchConferenceRow(db, input.conferenceId, at);
  });
  keepingPointCounts(ctx, write, () => rows.map((r) => r.point));
  return { marked };
}
