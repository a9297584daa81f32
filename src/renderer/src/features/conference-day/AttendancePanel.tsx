// Attendance at the bridge point chosen in the roll call. Where names are tracked: type to
// find, Space for present / not yet, M for late, V for absent (with a reason), or everyone
// present at once. Where the point reports numbers only: the invited and present counts.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { attendanceStatuses, type AttendanceStatus } from '../../../../shared/attendees/vocabularies';
import type { Attendee } from '../../../../shared/attendees/attendee-types';
import type { ConferenceBridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import { foldForSearch } from '../../../../shared/text/vietnamese';
import { call, errorMessage } from '../../lib/api';
import { formatCount } from '../../lib/format';

interface Props {
  readonly conferenceId: number;
  readonly point: ConferenceBridgePoint;
  /** After a change, so the roll call and the summary follow. */
  readonly onChanged: (point: ConferenceBridgePoint) => void;
  readonly onProblem: (message: string) => void;
}

/** Attendees read for one point; a point with more is counted, not named. */
const pageSize = 1000;
const isAbsent = (s: AttendanceStatus) => s === 'vang' || s === 'vang_co_ly_do';

export function AttendancePanel({ conferenceId, point, onChanged, onProblem }: Props) {
  const [attendees, setAttendees] = useState<readonly Attendee[] | null>(null);
  const [find, setFind] = useState('');
  const [active, setActive] = useState(0);
  const [reasonFor, setReasonFor] = useState<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const load = useCallback(async () => {
    try {
      setAttendees(
        (await call('attendees.list', { conferenceId, conferenceBridgePointId: point.id, limit: pageSize })).rows,
      );
    } catch (error) {
      onProblem(errorMessage(error));
    }
  }, [conferenceId, point.id, onProblem]);
  useEffect(() => {
    setAttendees(null);
    setFind('');
    setActive(0);
    void load();
  }, [load]);

  const shown = useMemo(() => {
    const words = foldForSearch(find).split(' ').filter(Boolean);
    return (attendees ?? []).filter((a) =>
      words.every((w) => foldForSearch(`${a.fullName} ${a.position ?? ''}`).includes(w)),
    );
  }, [attendees, find]);

  const mark = async (
    ids: readonly number[],
    status: AttendanceStatus,
    options: { late?: boolean; reason?: string } = {},
  ) => {
    if (ids.length === 0) return;
    try {
      await call('attendance.mark', {
        conferenceId,
        attendeeIds: [...ids],
        status,
        late: options.late ?? false,
        reason: options.reason,
      });
      await load();
      onChanged(await call('conferenceBridgePoints.get', { id: point.id }));
    } catch (error) {
      onProblem(errorMessage(error));
    }
  };

  const saveCounts = async (invited: string, present: string) => {
    const number = (text: string) => (text.trim() === '' ? null : Number(text.replace(/[.\s]/g, '')));
    const patch = { invitedCount: number(invited), presentCount: number(present) };
    if ([patch.invitedCount, patch.presentCount].some((n) => n !== null && !(Number.isInteger(n) && n >= 0))) {
      onProblem('Số đại biểu phải là số nguyên không âm, ví dụ 120.');
      return;
    }
    try {
      onChanged(await call('conferenceBridgePoints.update', { id: point.id, ...patch }));
    } catch (error) {
      onProblem(errorMessage(error));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const current = shown[active];
    if (!current || reasonFor !== null) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, Math.min(shown.length - 1, i + (event.key === 'ArrowDown' ? 1 : -1))));
    } else if (event.key === ' ') {
      event.preventDefault();
      void mark([current.id], current.status === 'co_mat' ? 'duoc_moi' : 'co_mat');
      setActive((i) => Math.min(shown.length - 1, i + 1));
    } else if (event.key.toLowerCase() === 'm') {
      event.preventDefault();
      void mark([current.id], 'co_mat', { late: true });
    } else if (event.key.toLowerCase() === 'v') {
      event.preventDefault();
      setReasonFor(current.id);
    }
  };

  const present = (attendees ?? []).filter((a) => a.status === 'co_mat').length;
  return (
    <section className="attendance-panel" aria-label={`Đại biểu tại ${point.name}`}>
      <h3>
        Đại biểu tại {point.name}
        {attendees && attendees.length > 0 && (
          <span className="muted small">
            {' '}
            · có mặt {formatCount(present)}/{formatCount(point.attendeeCount)}
          </span>
        )}
      </h3>
      {attendees === null ? null : attendees.length === 0 ? (
        <form
          className="point-counts"
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            void saveCounts(formText(data, 'invited'), formText(data, 'present'));
          }}
        >
          <span className="muted small">Điểm cầu báo số lượng (không có danh sách tên):</span>
          <CountField name="invited" label="Được mời" count={point.invitedCount} pointId={point.id} />
          <CountField name="present" label="Có mặt" count={point.presentCount} pointId={point.id} />
          <button type="submit">Lưu số lượng</button>
        </form>
      ) : (
        <>
          <div className="toolbar">
            <input
              aria-label="Tìm đại biểu để điểm danh"
              placeholder="Gõ tên để tìm…"
              value={find}
              onChange={(e) => (setFind(e.target.value), setActive(0))}
            />
            <button
              type="button"
              onClick={() =>
                void mark(
                  attendees.filter((a) => !isAbsent(a.status) && a.status !== 'co_mat').map((a) => a.id),
                  'co_mat',
                )
              }
            >
              Tất cả có mặt
            </button>
            {attendees.length >= pageSize && (
              <span className="muted small">Chỉ hiện {formatCount(pageSize)} người đầu; gõ tên để tìm.</span>
            )}
          </div>
          <p className="muted small">↑↓ chọn · Space có mặt / bỏ · M đến muộn · V vắng (ghi lý do)</p>
          <ul
            ref={listRef}
            className="attendance-list"
            role="listbox"
            aria-label="Điểm danh đại biểu"
            tabIndex={0}
            onKeyDown={onKeyDown}
          >
            {shown.map((a, i) => (
              <li
                key={a.id}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : ''}
                onClick={() => setActive(i)}
              >
                <span className="att-name">{a.fullName}</span>
                <span className="att-position muted small">{a.position}</span>
                <span className={`pill att-${a.status}`}>
                  {attendanceStatuses.label(a.status)}
                  {a.late && ' (muộn)'}
                </span>
                {reasonFor === a.id ? (
                  <input
                    aria-label={`Lý do vắng của ${a.fullName}`}
                    autoFocus
                    placeholder="Lý do vắng (để trống nếu không rõ)"
                    onKeyDown={(e) => {
                      e.stopPropagation();
                      if (e.key === 'Escape') {
                        setReasonFor(null);
                        listRef.current?.focus();
                      }
                      if (e.key !== 'Enter') return;
                      const reason = e.currentTarget.value.trim();
                      setReasonFor(null);
                      listRef.current?.focus();
                      void mark([a.id], reason ? 'vang_co_ly_do' : 'vang', { reason: reason || undefined });
                    }}
                  />
                ) : (
                  <span className="att-reason muted small">{a.absenceReason}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

interface CountProps {
  readonly name: string;
  readonly label: string;
  readonly count: number | null;
  readonly pointId: number;
}

/** A count the point reported, as typed until the form is saved; another point's starts afresh. */
function CountField({ name, label, count, pointId }: CountProps) {
  return (
    <label>
      {label}{' '}
      <input
        name={name}
        inputMode="numeric"
        aria-label={`Số ${label.toLowerCase()}`}
        defaultValue={count ?? ''}
        key={pointId}
      />
    </label>
  );
}

/** A text field of a submitted form ('' where the form has none). */
function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
