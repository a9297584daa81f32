// The history of a record: its changes as the secretary reads them, and an old value put back
// through the record's own update, so that validation applies and the put-back is recorded too.
import { contract, type ServiceInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { HistoryEntry, HistoryValue, PutBack } from '../../shared/history/history-types';
import { historyEntities, historyFields, type HistoryEntity } from '../../shared/history/vocabularies';
import { dayMonthYear } from '../../shared/text/vietnamese-dates';
import type { ServiceContext } from '../services/context';
import { updateAttendee } from '../attendees/attendees';
import { updateBridgePoint } from '../bridge-points/bridge-points';
import { updateConferenceBridgePoint } from '../bridge-points/conference-bridge-points';
import { updateConference } from '../conferences/conferences';
import { updatePerson } from '../people/people';
import { changeRow, changesOf, conferencePointNamesOf, lastChangeOf, pointNamesOf, type ChangeRow } from './queries';

const emptyText = '(trống)';

/** The names of the points a record's changes mention, looked up once for the whole list. */
function pointNames(ctx: ServiceContext, rows: readonly ChangeRow[]) {
  const ids = { point: new Set<number>(), conferencePoint: new Set<number>() };
  for (const row of rows) {
    const reads = historyFields[row.entity][row.field]?.reads;
    if (reads !== 'point' && reads !== 'conferencePoint') continue;
    for (const value of [JSON.parse(row.old_value), JSON.parse(row.new_value)] as HistoryValue[])
      if (typeof value === 'number') ids[reads].add(value);
  }
  return {
    point: ids.point.size > 0 ? pointNamesOf(ctx.db, [...ids.point]) : new Map<number, string>(),
    conferencePoint:
      ids.conferencePoint.size > 0
        ? conferencePointNamesOf(ctx.db, [...ids.conferencePoint])
        : new Map<number, string>(),
  };
}

type PointNames = ReturnType<typeof pointNames>;

function readValue(entity: HistoryEntity, field: string, value: HistoryValue, names: PointNames): string {
  if (value === null || value === '') return emptyText;
  const reads = historyFields[entity][field]?.reads ?? 'text';
  if (reads === 'text') return String(value);
  if (reads === 'date') return dayMonthYear(String(value));
  if (reads === 'point' || reads === 'conferencePoint')
    return names[reads].get(Number(value)) ?? 'Điểm cầu đã bị xoá hoặc gỡ khỏi hội nghị';
  return reads.has(String(value)) ? reads.label(String(value)) : String(value);
}

function toEntry(row: ChangeRow, names: PointNames): HistoryEntry {
  const oldValue = JSON.parse(row.old_value) as HistoryValue;
  const newValue = JSON.parse(row.new_value) as HistoryValue;
  return {
    id: row.id,
    editId: row.edit_id,
    field: row.field,
    fieldLabel: historyFields[row.entity][row.field]?.label ?? row.field,
    oldValue,
    newValue,
    oldText: readValue(row.entity, row.field, oldValue, names),
    newText: readValue(row.entity, row.field, newValue, names),
    changedAt: row.changed_at,
    changedBy: row.changed_by,
  };
}

function entriesOf(ctx: ServiceContext, rows: readonly ChangeRow[]): HistoryEntry[] {
  const names = pointNames(ctx, rows);
  return rows.map((row) => toEntry(row, names));
}

export function listHistory(ctx: ServiceContext, input: ServiceInput<'history.list'>): HistoryEntry[] {
  return entriesOf(ctx, changesOf(ctx.db, input.entity, input.id));
}

/** Each entity's update call and service: the put-back is an edit like any other. */
const updates = {
  conference: ['conferences.update', updateConference],
  bridge_point: ['bridgePoints.update', updateBridgePoint],
  person: ['people.update', updatePerson],
  attendee: ['attendees.update', updateAttendee],
  conference_point: ['conferenceBridgePoints.update', updateConferenceBridgePoint],
} as const;

function putBackInput(row: ChangeRow, value: HistoryValue): unknown {
  const [call] = updates[row.entity];
  const parsed = contract[call].input.safeParse({ id: row.entity_id, [row.field]: value });
  if (parsed.success) return parsed.data;
  throw new AppError(
    'VALIDATION',
    `Không khôi phục được giá trị cũ của "${historyFields[row.entity][row.field]?.label ?? row.field}": ` +
      `${parsed.error.issues[0].message} Hãy sửa trực tiếp trên ${historyEntities.label(row.entity).toLowerCase()}.`,
  );
}

export function putBackChange(ctx: ServiceContext, { entryId }: ServiceInput<'history.putBack'>): PutBack {
  const row = changeRow(ctx.db, entryId);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy dòng lịch sử này; hãy mở lại lịch sử thay đổi.');
  const value = JSON.parse(row.old_value) as HistoryValue;
  const input = putBackInput(row, value);
  const before = lastChangeOf(ctx.db, row.entity, row.entity_id)?.id ?? 0;
  const [, update] = updates[row.entity];
  try {
    (update as (ctx: ServiceContext, input: unknown) => unknown)(ctx, input);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND' && error.field === undefined) {
      throw new AppError(
        'NOT_FOUND',
        `Không khôi phục được: ${historyEntities.label(row.entity).toLowerCase()} này đã bị xoá. ` +
          'Lịch sử vẫn giữ để biết trước đây đã sửa gì.',
      );
    }
    throw error;
  }
  const last = lastChangeOf(ctx.db, row.entity, row.entity_id);
  const entry = last && last.id > before ? entriesOf(ctx, [last])[0] : null;
  const label = historyFields[row.entity][row.field]?.label ?? row.field;
  const message = entry
    ? `Đã khôi phục ${label.toLowerCase()}: ${entry.newText}.`
    : `${label} đã đang là giá trị cũ; không có gì thay đổi.`;
  return { entry, message };
}
