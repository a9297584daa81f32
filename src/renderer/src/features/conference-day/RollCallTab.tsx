// "Điểm danh điểm cầu": before and during the conference, the secretary goes down the tree of
// bridge points and marks each one's connection with one key (a whole branch with Shift), with
// the technical contact's phone one click away, the count per status always in sight and the
// live summary beside it.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { connectionStatuses, type ConnectionStatus } from '../../../../shared/conference-day/vocabularies';
import { MeetingReportDialog } from './MeetingReportDialog';
import { figuresOf } from '../../../../shared/conference-day/figures';
import type { ConferenceBridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import type { Conference } from '../../../../shared/conferences/conference-types';
import { call } from '../../lib/api';
import { useAction } from '../../lib/use-action';
import { formatCount, formatInstant } from '../../lib/format';
import { ProblemNotice } from '../../components/ProblemNotice';
import { showToast } from '../../app/toasts';
import { AttendancePanel } from './AttendancePanel';
import { DaySummary } from './DaySummary';
import { filterPoints, nameFolder, statusCounts, subtreeOf, type PointFilter } from './point-filter';

const rowHeight = 34;
/** One key per status; with Shift the point's whole branch. */
const keys: Record<string, ConnectionStatus> = {
  k: 'da_ket_noi',
  '1': 'da_ket_noi',
  s: 'su_co',
  '2': 'su_co',
  c: 'chua_kiem_tra',
  '0': 'chua_kiem_tra',
};
const shiftedDigits: Record<string, string> = { '!': '1', '@': '2', ')': '0' };

export function RollCallTab({ conference }: { readonly conference: Conference }) {
  const [points, setPoints] = useState<readonly ConferenceBridgePoint[] | null>(null);
  // When each point with a problem first reported it, from the history; later marks are timed here.
  const [problemSince, setProblemSince] = useState<ReadonlyMap<number, string | null> | null>(null);
  const [filter, setFilter] = useState<PointFilter>({ text: '', level: '', status: '' });
  const [active, setActive] = useState(0);
  const [noteFor, setNoteFor] = useState<number | null>(null);
  const { problem, setProblem, fail } = useAction();
  const listRef = useRef<HTMLDivElement>(null);

  const [reportOpen, setReportOpen] = useState(false);
  // Bumped when a report rewrote attendance, so the open point's attendees are read again.
  const [generation, setGeneration] = useState(0);

  const load = useCallback(() => {
    call('conferenceBridgePoints.list', { conferenceId: conference.id }).then(setPoints, fail);
    call('rollCall.figures', { conferenceId: conference.id }).then(
      (f) => setProblemSince(new Map(f.problemPoints.map((p) => [p.id, p.since]))),
      fail,
    );
  }, [conference.id, fail]);
  useEffect(load, [load]);

  const all = useMemo(() => points ?? [], [points]);
  const [foldNames] = useState(nameFolder);
  const folded = useMemo(() => foldNames(all), [foldNames, all]);
  const visible = useMemo(() => filterPoints(all, folded, filter), [all, folded, filter]);
  const counts = useMemo(() => statusCounts(all), [all]);
  // The summary is worked out here from the points held, so it follows each mark at once.
  const figures = useMemo(
    () => (points && problemSince ? figuresOf(points, (id) => problemSince.get(id) ?? undefined) : null),
    [points, problemSince],
  );
  const levels = useMemo(() => [...new Set(all.map((p) => p.levelLabel ?? '').filter(Boolean))], [all]);
  const current = visible[Math.min(active, visible.length - 1)];

  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => rowHeight,
    overscan: 15,
  });

  const pointChanged = useCallback((changed: ConferenceBridgePoint) => {
    setPoints((ps) => ps && ps.map((p) => (p.id === changed.id ? changed : p)));
  }, []);

  const mark = async (point: ConferenceBridgePoint, status: ConnectionStatus, branch: boolean) => {
    const ids = new Set(branch ? subtreeOf(all, point.id) : [point.id]);
    const at = new Date().toISOString();
    const before = points;
    setPoints(
      (ps) =>
        ps &&
        ps.map((p) =>
          ids.has(p.id)
            ? {
                ...p,
                connectionStatus: status,
                connectionCheckedAt: at,
                connectionNote: status === 'da_ket_noi' ? null : p.connectionNote,
              }
            : p,
        ),
    );
    try {
      await call(
        'rollCall.mark',
        { conferenceId: conference.id, conferenceBridgePointIds: [point.id], status, withDescendants: branch },
        { onProgress: () => undefined },
      );
    } catch (error) {
      setPoints(before);
      fail(error);
    }
  };

  const saveNote = async (point: ConferenceBridgePoint, note: string) => {
    setNoteFor(null);
    listRef.current?.focus();
    const text = note.trim() || null;
    if (text === point.connectionNote) return;
    try {
      const saved = await call('conferenceBridgePoints.update', { id: point.id, connectionNote: text });
      setPoints((ps) => ps && ps.map((p) => (p.id === saved.id ? saved : p)));
    } catch (error) {
      fail(error);
    }
  };

  const copyPhone = async (phone: string) => {
    try {
      await navigator.clipboard.writeText(phone);
      showToast({ kind: 'info', message: `Đã chép số ${phone}.` });
    } catch {
      setProblem(`Không chép được số; số điện thoại là ${phone}.`);
    }
  };

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(visible.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (noteFor !== null || !current) return;
    const page = Math.max(1, Math.floor((listRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: visible.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]);
      return;
    }
    const key = shiftedDigits[event.key] ?? event.key.toLowerCase();
    if (key in keys && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      void mark(current, keys[key], event.shiftKey);
      if (!event.shiftKey) moveTo(active + 1);
    } else if (key === 'n' || event.key === 'Enter') {
      event.preventDefault();
      setNoteFor(current.id);
    }
  };

  return (
    <div className="roll-call">
      <ProblemNotice message={problem} />
      <div className="roll-call-main">
        <div className="roll-call-bar">
          <div className="status-counts" role="status" aria-label="Số điểm cầu theo tình trạng">
            {connectionStatuses.codes.map((s) => (
              <button
                key={s}
                type="button"
                className={`pill conn-${s}${filter.status === s ? ' chosen' : ''}`}
                aria-pressed={filter.status === s}
                onClick={() => setFilter((f) => ({ ...f, status: f.status === s ? '' : s }))}
              >
                {connectionStatuses.label(s)}: {formatCount(counts[s])}
              </button>
            ))}
          </div>
          <input
            aria-label="Tìm điểm cầu"
            placeholder="Tìm điểm cầu, cán bộ kỹ thuật…"
            value={filter.text}
            onChange={(e) => (setFilter((f) => ({ ...f, text: e.target.value })), setActive(0))}
          />
          <select
            aria-label="Lọc theo cấp"
            value={filter.level}
            onChange={(e) => (setFilter((f) => ({ ...f, level: e.target.value })), setActive(0))}
          >
            <option value="">Mọi cấp</option>
            {levels.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => setReportOpen(true)}>
            Nhập báo cáo Zoom/Teams…
          </button>
        </div>
        <p className="muted small">
          ↑↓ chọn điểm cầu · K (1) đã kết nối · S (2) sự cố · C (0) chưa kiểm tra · giữ Shift để đánh dấu cả nhánh · N
          ghi chú. Hiện {formatCount(visible.length)}/{formatCount(all.length)} điểm cầu.
        </p>
        <div
          ref={listRef}
          className="roll-call-list"
          role="grid"
          aria-label="Điểm danh điểm cầu"
          aria-rowcount={visible.length}
          aria-activedescendant={current ? `roll-call-${current.id}` : undefined}
          tabIndex={0}
          onKeyDown={onKeyDown}
        >
          <div className="roll-call-rows" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const p = visible[item.index];
              return (
                <div
                  key={p.id}
                  id={`roll-call-${p.id}`}
                  role="row"
                  aria-rowindex={item.index + 1}
                  aria-selected={item.index === active}
                  className={`roll-call-row${item.index === active ? ' active' : ''}`}
                  style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
                  onClick={() => setActive(item.index)}
                >
                  <span role="gridcell" className="rc-name" style={{ paddingLeft: 8 + p.depth * 14 }} title={p.name}>
                    {p.name.replace(/^Điểm cầu\s+/i, '')}
                  </span>
                  <span role="gridcell" className="rc-level muted small">
                    {p.levelLabel}
                  </span>
                  <span role="gridcell" className="rc-status">
                    <span className={`pill conn-${p.connectionStatus}`}>
                      {connectionStatuses.label(p.connectionStatus)}
                    </span>
                  </span>
                  <span role="gridcell" className="rc-time muted small">
                    {formatInstant(p.connectionCheckedAt)}
                  </span>
                  <span role="gridcell" className="rc-note">
                    {noteFor === p.id ? (
                      <input
                        aria-label={`Ghi chú kết nối của ${p.name}`}
                        autoFocus
                        defaultValue={p.connectionNote ?? ''}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') void saveNote(p, e.currentTarget.value);
                          if (e.key === 'Escape') {
                            setNoteFor(null);
                            listRef.current?.focus();
                          }
                          e.stopPropagation();
                        }}
                        onBlur={(e) => void saveNote(p, e.currentTarget.value)}
                      />
                    ) : (
                      p.connectionNote
                    )}
                  </span>
                  <span
                    role="gridcell"
                    className="rc-contact small"
                    title={[p.techContact, p.techPhone].filter(Boolean).join(', ')}
                  >
                    {p.techPhone && (
                      <button
                        type="button"
                        className="link-button"
                        title="Chép số điện thoại"
                        onClick={() => void copyPhone(p.techPhone!)}
                      >
                        {p.techPhone}
                      </button>
                    )}
                    {p.techContact}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
        {current && (
          <AttendancePanel
            key={generation}
            conferenceId={conference.id}
            point={current}
            onChanged={pointChanged}
            onProblem={setProblem}
          />
        )}
      </div>
      <DaySummary conferenceId={conference.id} figures={figures} onProblem={setProblem} />
      {reportOpen && (
        <MeetingReportDialog
          conferenceId={conference.id}
          points={all}
          onClose={() => setReportOpen(false)}
          onApplied={function shown({ message, reportId }) {
            setReportOpen(false);
            setGeneration((g) => g + 1);
            load();
            const takeBack = () => call('meetingReports.undo', { reportId: reportId! }).then(shown, fail);
            showToast({
              kind: 'info',
              message,
              action: reportId ? { label: 'Hoàn tác', run: () => void takeBack() } : undefined,
            });
          }}
        />
      )}
    </div>
  );
}
