// The bridge points of one conference: who presides there, whether the link works, and the
// counts reported by points where names are not tracked.
import type { ServiceInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ConferenceBridgePoint } from '../../shared/bridge-points/bridge-point-types';
import type { Removal } from '../../shared/types';
import { nowIso, type ServiceContext } from '../services/context';
import { changedColumns, updateRow } from '../db/sql';
import { recordConnection, recordCounts } from '../conference-day/events';
import { removeWithUndo } from '../undo/undo';
import { recordChanges } from '../history/record';
import { attendeeCountsOfPoint, noAttendees, pointAttendeeCounts, type PointAttendeeCounts } from '../attendees/counts';
import { keepingPointCounts } from '../attendees/counts';
import {
  attachedAncestorsOf,
  attachPoints,
  conferencePointNamesOf,
  conferencePointRow,
  conferencePointRows,
  countKnownPoints,
  directoryParents,
  type ConferencePointRow,
} from './queries';
import { conferenceExists, touchConferenceRow } from '../conferences/queries';

/**
 * The conference's points in tree order. A point's parent is its nearest ancestor in the
 * directory that is also attached to this conference; the main point comes first. A caller
 * that does not need the attendee counts (they are then 0) skips counting them.
 */
export function listConferenceBridgePoints(
  ctx: ServiceContext,
  { conferenceId }: ServiceInput<'conferenceBridgePoints.list'>,
  withCounts = true,
): ConferenceBridgePoint[] {
  const rows = conferencePointRows(ctx.db, conferenceId);
  const countsOf = withCounts ? pointAttendeeCounts(ctx, conferenceId) : () => noAttendees;
  if (rows.length === 0) return [];
  const directoryParent = directoryParents(ctx.db);
  const byPoint = new Map(rows.map((r) => [r.bridge_point_id, r]));
  const parentOf = new Map<number, ConferencePointRow | null>();
  for (const r of rows) {
    let up = directoryParent.get(r.bridge_point_id) ?? null;
    while (up !== null && !byPoint.has(up)) up = directoryParent.get(up) ?? null;
    parentOf.set(r.id, up === null ? null : byPoint.get(up)!);
  }
  const children = new Map<number | null, ConferencePointRow[]>();
  for (const r of rows) {
    const key = parentOf.get(r.id)?.id ?? null;
    const siblings = children.get(key);
    if (siblings) siblings.push(r);
    else children.set(key, [r]);
  }
  const order = (a: ConferencePointRow, b: ConferencePointRow) =>
    b.is_main - a.is_main || a.position - b.position || a.bridge_point_id - b.bridge_point_id;
  const result: ConferenceBridgePoint[] = [];
  const walk = (parent: ConferencePointRow | null, depth: number) => {
    for (const r of (children.get(parent?.id ?? null) ?? []).sort(order)) {
      result.push(toPoint(r, depth, parent?.id ?? null, countsOf(r.id)));
      walk(r, depth + 1);
    }
  };
  walk(null, 0);
  return result;
}

function toPoint(
  r: ConferencePointRow,
  depth: number,
  parentId: number | null,
  counts: PointAttendeeCounts,
): ConferenceBridgePoint {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    bridgePointId: r.bridge_point_id,
    name: r.name,
    levelLabel: r.level_label,
    address: r.address,
    techContact: r.tech_contact,
    techPhone: r.tech_phone,
    depth,
    parentId,
    isMain: r.is_main === 1,
    presidingName: r.presiding_name,
    presidingPosition: r.presiding_position,
    // The main room is where the conference is sent from: connected unless it reported a problem.
    connectionStatus: r.is_main === 1 && r.connection_status === 'chua_kiem_tra' ? 'da_ket_noi' : r.connection_status,
    connectionCheckedAt: r.connection_checked_at,
    connectionNote: r.connection_note,
    invitedCount: r.invited_count,
    presentCount: r.present_count,
    attendeeCount: counts.total,
    presentAttendeeCount: counts.present,
    absentAttendeeCount: counts.absent,
    confirmedAttendeeCount: counts.confirmed,
    lateAttendeeCount: counts.late,
    absentWithReasonAttendeeCount: counts.absentWithReason,
  };
}

export function getConferenceBridgePoint(
  ctx: ServiceContext,
  { id }: ServiceInput<'conferenceBridgePoints.get'>,
): ConferenceBridgePoint {
  const row = conferencePointRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy điểm cầu này trong hội nghị; có thể đã bị gỡ.');
  const attachedAncestors = attachedAncestorsOf(ctx.db, row.bridge_point_id, row.conference_id);
  return toPoint(row, attachedAncestors.length, attachedAncestors[0] ?? null, attendeeCountsOfPoint(ctx, id));
}

export function assertConference(ctx: ServiceContext, conferenceId: number): void {
  if (!conferenceExists(ctx.db, conferenceId)) {
    throw new AppError('NOT_FOUND', 'Không tìm thấy hội nghị này; có thể đã bị xoá.');
  }
}

export function attachBridgePoints(
  ctx: ServiceContext,
  input: ServiceInput<'conferenceBridgePoints.attach'>,
): { attached: number } {
  assertConference(ctx, input.conferenceId);
  const json = JSON.stringify(input.bridgePointIds);
  const known = countKnownPoints(ctx.db, json);
  if (known !== new Set(input.bridgePointIds).size) {
    throw new AppError('NOT_FOUND', 'Có điểm cầu đã chọn không còn trong danh mục; hãy tải lại danh mục điểm cầu.');
  }
  const attached = attachPoints(ctx.db, input.conferenceId, json, input.withDescendants);
  touchConference(ctx, input.conferenceId);
  return { attached };
}

export function touchConference(ctx: ServiceContext, conferenceId: number): void {
  touchConferenceRow(ctx.db, conferenceId, nowIso());
}

const columns: Record<string, string> = {
  presidingName: 'presiding_name',
  presidingPosition: 'presiding_position',
  connectionStatus: 'connection_status',
  connectionNote: 'connection_note',
  invitedCount: 'invited_count',
  presentCount: 'present_count',
};

export function updateConferenceBridgePoint(
  ctx: ServiceContext,
  input: ServiceInput<'conferenceBridgePoints.update'>,
): ConferenceBridgePoint {
  return keepingPointCounts(ctx, () => {
    const { id, ...patch } = input;
    const current = getConferenceBridgePoint(ctx, { id });
    const sets = { ...changedColumns(patch, columns), updated_at: nowIso() } as Record<string, unknown>;
    if (patch.connectionStatus !== undefined) sets.connection_checked_at = nowIso();
    const invited = patch.invitedCount !== undefined ? patch.invitedCount : current.invitedCount;
    const present = patch.presentCount !== undefined ? patch.presentCount : current.presentCount;
    if (invited != null && present != null && present > invited) {
      throw new AppError(
        'VALIDATION',
        `Số có mặt (${present}) lớn hơn số được mời (${invited}); hãy kiểm tra lại.`,
        'presentCount',
      );
    }
    ctx.db.transaction(() => {
      updateRow(ctx, 'conference_bridge_points', id, sets);
      recordChanges(ctx, 'conference_point', id, current, patch);
      // The day's history: a new connection status (or its note), new counts from the point.
      const status = patch.connectionStatus ?? current.connectionStatus;
      const note = patch.connectionNote !== undefined ? patch.connectionNote : current.connectionNote;
      if (status !== current.connectionStatus || note !== current.connectionNote)
        recordConnection(ctx, id, status, note);
      if (invited !== current.invitedCount || present !== current.presentCount)
        recordCounts(ctx, current.conferenceId, id, invited, present);
    })();
    return getConferenceBridgePoint(ctx, { id });
  });
}

export function detachBridgePoints(
  ctx: ServiceContext,
  { ids }: ServiceInput<'conferenceBridgePoints.detach'>,
): Removal {
  const names = conferencePointNamesOf(ctx.db, ids);
  if (names.length === 0)
    throw new AppError('NOT_FOUND', 'Không tìm thấy điểm cầu cần gỡ; có thể đã được gỡ trước đó.');
  const message =
    names.length === 1
      ? `Đã gỡ điểm cầu "${names[0]}" khỏi hội nghị.`
      : `Đã gỡ ${names.length} điểm cầu khỏi hội nghị.`;
  return removeWithUndo(ctx, 'conference_bridge_points', ids, message);
}
