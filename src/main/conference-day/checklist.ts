// The checklist before a conference. The standard items are made the first time it is opened,
// with dates counted back from the conference; whether lists came in and links were tested is
// read from the data (naming the points still missing), and the secretary may tick any item
// herself.
import type { ServiceInput } from '../../shared/contract';
import type { ChecklistItem, ChecklistKind } from '../../shared/conference-day/day-calls';
import { AppError } from '../../shared/errors';
import { localIsoDate } from '../../shared/text/vietnamese-dates';
import { listConferenceBridgePoints } from '../bridge-points/conference-bridge-points';
import { getConference } from '../conferences/conferences';
import { nowIso, type ServiceContext } from '../services/context';
import { shiftDate } from '../drafting/generate/issuing';
import { listTasks } from '../drafting/tasks';
import { keepingPointCounts } from '../attendees/counts';
import {
  checklistRowsOf,
  conferenceOfChecklistItem,
  deleteChecklistItem,
  insertCustomItem,
  standardItemInserter,
  storedDueDates,
  writeChecklistItem,
  type ChecklistRow,
} from './queries';

const standard: readonly { kind: Exclude<ChecklistKind, 'custom' | 'task'>; label: string; daysBefore: number }[] = [
  { kind: 'room', label: 'Đặt hội trường, phòng họp tại điểm cầu chính', daysBefore: 3 },
  { kind: 'lists', label: 'Nhận danh sách đại biểu từ các điểm cầu', daysBefore: 2 },
  { kind: 'documents', label: 'Gửi tài liệu hội nghị cho các điểm cầu', daysBefore: 1 },
  { kind: 'connection', label: 'Kiểm tra kết nối tại tất cả điểm cầu', daysBefore: 1 },
];
/** Points named as missing; the rest are counted. */
const namedMissing = 20;

function ensureStandard(ctx: ServiceContext, conferenceId: number): void {
  const { date } = getConference(ctx, { id: conferenceId });
  const insert = standardItemInserter(ctx.db);
  ctx.db.transaction(() => standard.forEach((s, i) => insert(conferenceId, { ...s, position: i }, date)))();
}

type Progress = NonNullable<ChecklistItem['progress']>;

function progressOf(ctx: ServiceContext, conferenceId: number): Partial<Record<ChecklistKind, Progress>> {
  const points = listConferenceBridgePoints(ctx, { conferenceId }).filter((p) => !p.isMain);
  const measure = (ok: (p: (typeof points)[number]) => boolean): Progress => {
    const missing = points.filter((p) => !ok(p));
    return {
      done: points.length - missing.length,
      total: points.length,
      missing: missing.slice(0, namedMissing).map((p) => p.name),
      missingCount: missing.length,
    };
  };
  return {
    lists: measure((p) => p.attendeeCount > 0 || p.invitedCount !== null),
    connection: measure((p) => p.connectionStatus === 'da_ket_noi'),
  };
}

function toItem(row: ChecklistRow, progress: Progress | undefined, today: string): ChecklistItem {
  const complete = progress !== undefined && progress.total > 0 && progress.done === progress.total;
  const done = row.done_at !== null || complete;
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    dueDate: row.due_date,
    done,
    doneAt: row.done_at,
    note: row.note,
    progress: progress ?? null,
    overdue: !done && row.due_date !== null && row.due_date < today,
  };
}

function rows(ctx: ServiceContext, conferenceId: number): ChecklistRow[] {
  return checklistRowsOf(ctx.db, conferenceId);
}

/** When each standard item falls due: as stored once the checklist was opened, else counted back from the day. */
export function standardDueDates(
  ctx: ServiceContext,
  conferenceId: number,
): Record<(typeof standard)[number]['kind'], string> {
  const { date } = getConference(ctx, { id: conferenceId });
  const stored = new Map(storedDueDates(ctx.db, conferenceId));
  return Object.fromEntries(
    standard.map((s) => [s.kind, stored.get(s.kind) ?? shiftDate(date, -s.daysBefore)]),
  ) as Record<(typeof standard)[number]['kind'], string>;
}

/** The tasks of the conclusions, once the conference's day has come: what is left to follow up. */
function taskItems(ctx: ServiceContext, conferenceId: number, today: string): ChecklistItem[] {
  if (getConference(ctx, { id: conferenceId }).date > today) return [];
  return listTasks(ctx, { conferenceId }).map((t) => ({
    id: t.id,
    taskId: t.id,
    kind: 'task',
    label: `${t.unit}: ${t.content}`,
    dueDate: t.dueDate,
    done: t.doneAt !== null,
    doneAt: t.doneAt,
    note: t.note,
    progress: null,
    overdue: t.overdue,
  }));
}

export function listChecklist(ctx: ServiceContext, { conferenceId }: ServiceInput<'checklist.list'>): ChecklistItem[] {
  ensureStandard(ctx, conferenceId);
  const progress = progressOf(ctx, conferenceId);
  const today = localIsoDate(new Date());
  return [
    ...rows(ctx, conferenceId).map((r) => toItem(r, progress[r.kind], today)),
    ...taskItems(ctx, conferenceId, today),
  ];
}

function itemOf(ctx: ServiceContext, id: number): ChecklistItem {
  const conferenceId = conferenceOfChecklistItem(ctx.db, id);
  if (conferenceId === undefined)
    throw new AppError('NOT_FOUND', 'Không tìm thấy việc này trong danh sách chuẩn bị; có thể đã bị xoá.');
  return listChecklist(ctx, { conferenceId }).find((i) => i.id === id && i.taskId === undefined)!;
}

export function addChecklistItem(ctx: ServiceContext, input: ServiceInput<'checklist.add'>): ChecklistItem {
  return keepingPointCounts(ctx, () => {
    ensureStandard(ctx, input.conferenceId);
    const id = insertCustomItem(ctx.db, input.conferenceId, input);
    return itemOf(ctx, id);
  });
}

export function updateChecklistItem(ctx: ServiceContext, input: ServiceInput<'checklist.update'>): ChecklistItem {
  return keepingPointCounts(ctx, () => {
    itemOf(ctx, input.id);
    writeChecklistItem(ctx.db, input.id, {
      doneAt: input.done === undefined ? undefined : input.done ? nowIso() : null,
      dueDate: input.dueDate,
      note: input.note,
      label: input.label,
    });
    return itemOf(ctx, input.id);
  });
}

export function removeChecklistItem(
  ctx: ServiceContext,
  { id }: ServiceInput<'checklist.remove'>,
): { removed: boolean } {
  return keepingPointCounts(ctx, () => {
    const item = itemOf(ctx, id);
    if (item.kind !== 'custom')
      throw new AppError('FORBIDDEN', 'Việc chuẩn bị chuẩn không xoá được; nếu không cần, hãy đánh dấu là đã xong.');
    deleteChecklistItem(ctx.db, id);
    return { removed: true };
  });
}
