// The tasks the chair assigned in the conclusions: a unit, what it is to do, by when. The
// conclusion notice lists them by unit in this order, and the checklist follows them after
// the day; each is ticked here or there once done.
import { useCallback, useEffect, useState } from 'react';
import type { Task } from '../../../../shared/drafting/draft-types';
import type { Conference } from '../../../../shared/conferences/conference-types';
import { call } from '../../lib/api';
import { MoveButtons, moveKeys } from './MoveButtons';
import { attempt, showFailure } from '../../lib/attempt';
import { useLoad } from '../../lib/use-load';
import { useTextField } from '../../lib/use-text-field';
import { offerUndo, onUndone } from '../../app/undo';
import { AddForm } from '../../components/AddForm';

type Change = { unit?: string; content?: string; dueDate?: string | null; done?: boolean };

interface Props {
  readonly conference: Conference;
  /** A task was added, changed, moved or removed: what the notice says of them is out of date. */
  readonly onChanged?: () => void;
}

export function TasksPanel({ conference, onChanged }: Props) {
  const [unit] = useTextField();
  const [content, setContent] = useTextField();
  const [due, setDue] = useTextField();

  const {
    data: tasks,
    reload: load,
    update: updateList,
  } = useLoad(
    useCallback(() => call('tasks.list', { conferenceId: conference.id }), [conference.id]),
    showFailure,
  );
  useEffect(
    () =>
      onUndone(() => {
        void load();
        onChanged?.();
      }),
    [load, onChanged],
  );

  const replaced = (task: Task) => updateList((list) => (list ?? []).map((t) => (t.id === task.id ? task : t)));

  const add = async () => {
    const added = await attempt(() =>
      call('tasks.add', {
        conferenceId: conference.id,
        unit: unit.value,
        content: content.value,
        dueDate: due.value || null,
      }),
    );
    if (!added) return;
    updateList((list) => [...(list ?? []), added]);
    onChanged?.();
    // The next task is often the same unit's.
    setContent('');
    setDue('');
  };

  const update = (task: Task, change: Change) =>
    attempt(async () => {
      replaced(await call('tasks.update', { id: task.id, ...change }));
      // Done or not is followed in the checklist; the notice's text does not change with it.
      if (change.done === undefined) onChanged?.();
    });

  const move = (task: Task, delta: -1 | 1) =>
    attempt(async () => {
      const index = (tasks ?? []).findIndex((t) => t.id === task.id) + delta;
      if (index < 0 || index >= (tasks ?? []).length) return;
      const moved = await call('tasks.move', { id: task.id, index });
      updateList(() => moved);
      onChanged?.();
    });

  const remove = (task: Task) =>
    attempt(async () => {
      offerUndo(await call('tasks.remove', { id: task.id }));
      await load();
      onChanged?.();
    });

  return (
    <section className="tasks-panel" aria-label="Nhiệm vụ giao các đơn vị">
      <p className="hint">
        Nhiệm vụ đồng chí chủ trì giao: thông báo kết luận liệt kê theo từng đơn vị, theo thứ tự ở đây; sau ngày hội
        nghị, các nhiệm vụ hiện trong mục Chuẩn bị để theo dõi.
      </p>
      {tasks?.length === 0 && <p className="empty">Chưa có nhiệm vụ nào.</p>}
      <ol className="task-list">
        {tasks?.map((task, i) => (
          <TaskEntry
            key={task.id}
            task={task}
            first={i === 0}
            last={i === tasks.length - 1}
            onChange={(change) => void update(task, change)}
            onMove={(delta) => void move(task, delta)}
            onRemove={() => void remove(task)}
          />
        ))}
      </ol>
      <AddForm className="toolbar task-add" onAdd={add}>
        <input aria-label="Đơn vị được giao" placeholder="Đơn vị, ví dụ: Ban Xây dựng Đảng Tỉnh ủy" {...unit} />
        <input className="task-content" aria-label="Nội dung nhiệm vụ" placeholder="Nội dung nhiệm vụ" {...content} />
        <input type="date" aria-label="Hạn hoàn thành" {...due} />
        <button type="submit">Thêm nhiệm vụ</button>
      </AddForm>
    </section>
  );
}

interface EntryProps {
  readonly task: Task;
  readonly first: boolean;
  readonly last: boolean;
  readonly onChange: (change: Change) => void;
  readonly onMove: (delta: -1 | 1) => void;
  readonly onRemove: () => void;
}

function TaskEntry({ task, first, last, onChange, onMove, onRemove }: EntryProps) {
  const [unit, setUnit] = useState(task.unit);
  const [content, setContent] = useState(task.content);
  useEffect(() => setUnit(task.unit), [task.unit]);
  useEffect(() => setContent(task.content), [task.content]);
  const done = task.doneAt !== null;
  return (
    <li className={`task${done ? ' done' : ''}${task.overdue ? ' overdue' : ''}`} onKeyDown={moveKeys(onMove)}>
      <input
        type="checkbox"
        aria-label={`Đã xong: ${task.content}`}
        checked={done}
        onChange={(e) => onChange({ done: e.target.checked })}
      />
      <input
        className="task-unit"
        aria-label={`Đơn vị của nhiệm vụ "${task.content}"`}
        value={unit}
        onChange={(e) => setUnit(e.target.value)}
        onBlur={() => unit !== task.unit && onChange({ unit })}
      />
      <input
        className="task-content"
        aria-label={`Nội dung nhiệm vụ của ${task.unit}`}
        value={content}
        onChange={(e) => setContent(e.target.value)}
        onBlur={() => content !== task.content && onChange({ content })}
      />
      <input
        type="date"
        aria-label={`Hạn của nhiệm vụ "${task.content}"`}
        value={task.dueDate ?? ''}
        onChange={(e) => onChange({ dueDate: e.target.value || null })}
      />
      {task.overdue && <span className="pill conn-su_co">Quá hạn</span>}
      <MoveButtons first={first} last={last} onMove={onMove} />
      <button type="button" className="danger-link" onClick={onRemove}>
        Xoá
      </button>
    </li>
  );
}
