// "Chuẩn bị": what must be done before the conference, and what is still missing at a glance.
// Lists received and links tested are read from the data, with the points still missing
// named; the secretary ticks the rest, sets dates and adds items of her own. Once the day has
// come, the tasks of the conclusions follow, ticked here as they are done.
import { useCallback } from 'react';
import type { ChecklistItem } from '../../../../shared/conference-day/day-calls';
import type { Conference } from '../../../../shared/conferences/conference-types';
import { call } from '../../lib/api';
import { formatCount } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { useLoad } from '../../lib/use-load';
import { useTextField } from '../../lib/use-text-field';
import { ProblemNotice } from '../../components/ProblemNotice';
import { AddForm } from '../../components/AddForm';
import { ProgressBar } from '../../components/ProgressBar';

export function ChecklistTab({ conference }: { readonly conference: Conference }) {
  const action = useAction();
  const checklist = useLoad(
    useCallback(() => call('checklist.list', { conferenceId: conference.id }), [conference.id]),
    action.fail,
  );
  const items = checklist.data;
  const [label, setLabel] = useTextField();
  const [due, setDue] = useTextField();

  const run = (work: () => Promise<unknown>) =>
    action.run(async () => {
      await work();
      await checklist.reload();
    });

  // A task of the conclusions is changed as a task; its id is not a checklist item's.
  const update = (item: ChecklistItem, change: { done?: boolean; dueDate?: string | null }) =>
    run(() =>
      item.taskId === undefined
        ? call('checklist.update', { id: item.id, ...change })
        : call('tasks.update', { id: item.taskId, ...change }),
    );

  const add = () =>
    run(async () => {
      await call('checklist.add', { conferenceId: conference.id, label: label.value, dueDate: due.value || null });
      setLabel('');
      setDue('');
    });

  if (!items) return <ProblemNotice message={action.problem} />;
  const open = items.filter((i) => !i.done);
  const overdue = open.filter((i) => i.overdue).length;
  return (
    <section className="checklist" aria-label="Chuẩn bị hội nghị">
      <ProblemNotice message={action.problem} />
      <p className={overdue > 0 ? 'notice error' : 'muted'} role="status">
        {open.length === 0
          ? 'Đã chuẩn bị xong mọi việc.'
          : `Còn ${formatCount(open.length)} việc chưa ` +
            `xong${overdue > 0 ? `, trong đó ${formatCount(overdue)} việc đã quá hạn` : ''}.`}
      </p>
      <ul className="checklist-items">
        {items.map((item) => (
          <li
            key={`${item.taskId === undefined ? 'item' : 'task'}-${item.id}`}
            className={`checklist-item${item.done ? ' done' : ''}${item.overdue ? ' overdue' : ''}`}
          >
            <label className="checkbox">
              <input
                type="checkbox"
                checked={item.done}
                onChange={(e) => {
                  const done = e.target.checked;
                  // Ticked at once; the list read back afterwards says the rest.
                  checklist.show(items.map((i) => (i === item ? { ...i, done, overdue: false } : i)));
                  void update(item, { done });
                }}
              />
              {item.kind === 'task' && <span className="pill">Nhiệm vụ</span>}
              <span className="checklist-label">{item.label}</span>
            </label>
            <input
              type="date"
              aria-label={`Hạn của việc "${item.label}"`}
              value={item.dueDate ?? ''}
              onChange={(e) => void update(item, { dueDate: e.target.value || null })}
            />
            {item.overdue && <span className="pill conn-su_co">Quá hạn</span>}
            {item.kind === 'custom' && (
              <button
                type="button"
                className="link-button"
                onClick={() => void run(() => call('checklist.remove', { id: item.id }))}
              >
                Xoá
              </button>
            )}
            {item.progress && (
              <ProgressBar className="checklist-progress" value={item.progress}>
                <span className="small">
                  {formatCount(item.progress.done)}/{formatCount(item.progress.total)} điểm cầu
                  {item.progress.missingCount > 0 && (
                    <span className="muted">
                      {' '}
                      · còn thiếu: {item.progress.missing.join(', ')}
                      {item.progress.missingCount > item.progress.missing.length &&
                        ` và ${formatCount(item.progress.missingCount - item.progress.missing.length)} điểm cầu khác`}
                    </span>
                  )}
                </span>
              </ProgressBar>
            )}
          </li>
        ))}
      </ul>
      <AddForm className="toolbar checklist-add" onAdd={add}>
        <input aria-label="Việc cần làm thêm" placeholder="Việc cần làm thêm, ví dụ: In danh sách ký" {...label} />
        <input type="date" aria-label="Hạn của việc thêm" {...due} />
        <button type="submit">Thêm việc</button>
      </AddForm>
    </section>
  );
}
