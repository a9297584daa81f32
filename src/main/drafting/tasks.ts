// The tasks the chair assigns units in the conclusions, kept as data: the conclusion notice
// lists them by unit with their deadlines, the report counts them, and the checklist follows
// them once the conference's day has come, marking them when done.
import type { ServiceInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Task } from '../../shared/drafting/draft-types';
import { localIsoDate } from '../../shared/text/vietnamese-dates';
import type { Removal } from '../../shared/types';
import { assertConference } from '../bridge-points/conference-bridge-points';
import { nowIso, type ServiceContext } from '../services/context';
import { changedColumns, moveToIndex, updateRow } from '../db/sql';
import { removeWithUndo } from '../undo/undo';
import { appendTask, taskRow, taskRowsOf, toTask } from './queries';

export function listTasks(ctx: ServiceContext, { conferenceId }: ServiceInput<'tasks.list'>): Task[] {
  assertConference(ctx, conferenceId);
  const today = localIsoDate(new Date());
  return taskRowsOf(ctx.db, conferenceId).map((r) => toTask(r, today));
}

export function getTask(ctx: ServiceContext, id: number): Task {
  const row = taskRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy nhiệm vụ này; có thể đã bị xoá.');
  return toTask(row, localIsoDate(new Date()));
}

export function addTask(ctx: ServiceContext, input: ServiceInput<'tasks.add'>): Task {
  assertConference(ctx, input.conferenceId);
  const id = appendTask(ctx.db, {
    conferenceId: input.conferenceId,
    unit: input.unit,
    content: input.content,
    dueDate: input.dueDate ?? null,
  });
  return getTask(ctx, id);
}

const taskColumns = { unit: 'unit', content: 'content', dueDate: 'due_date', note: 'note', doneAt: 'done_at' } as const;

export function updateTask(ctx: ServiceContext, input: ServiceInput<'tasks.update'>): Task {
  const task = getTask(ctx, input.id);
  // Ticked again, a task done keeps the time it was first done.
  const doneAt = input.done === undefined ? undefined : input.done ? (task.doneAt ?? nowIso()) : null;
  updateRow(ctx, 'conference_tasks', input.id, changedColumns({ ...input, doneAt }, taskColumns));
  return getTask(ctx, input.id);
}

export function moveTask(ctx: ServiceContext, input: ServiceInput<'tasks.move'>): Task[] {
  const { conferenceId } = getTask(ctx, input.id);
  return moveToIndex(ctx, 'conference_tasks', () => listTasks(ctx, { conferenceId }), input.id, input.index);
}

export function removeTask(ctx: ServiceContext, { id }: ServiceInput<'tasks.remove'>): Removal {
  const task = getTask(ctx, id);
  return removeWithUndo(ctx, 'conference_tasks', [id], `Đã xoá nhiệm vụ giao ${task.unit}.`);
}
