// The attendees of a conference as a spreadsheet: type a name on the last line (picked from
// the directory or new), paste rows from Excel, edit cells in place, reorder by protocol.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ImportResult } from '../../../../shared/import/import-types';
import type { Attendee } from '../../../../shared/attendees/attendee-types';
import { attendeeOrders, type AttendeeOrder } from '../../../../shared/attendees/vocabularies';
import type { ConferenceBridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import type { Conference } from '../../../../shared/conferences/conference-types';
import type { Person } from '../../../../shared/people/people-types';
import { call } from '../../lib/api';
import { attempt, showFailure } from '../../lib/attempt';
import { formatCount } from '../../lib/format';
import { cellSaver } from '../../lib/save-cell';
import { useDebounced } from '../../lib/use-debounced';
import { usePagedRows } from '../../lib/use-paged-rows';
import type { GridController } from '../../components/DataGrid';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DeleteRowsButton } from '../../components/DeleteRowsButton';
import { HistoryButton } from '../history/HistoryDialog';
import { PagedGrid } from '../../components/PagedGrid';
import { PersonLabel } from '../../components/PersonLabel';
import { SearchBox } from '../../components/SearchBox';
import { typeaheadCellEditor } from '../../components/TypeaheadCellEditor';
import { SegmentedChoice } from '../../components/SegmentedChoice';
import { navigate } from '../../app/route';
import { showError, showToast } from '../../app/toasts';
import { offerUndo, onUndone } from '../../app/undo';
import { ImportDialog } from '../import/ImportDialog';
import { ImportHistory } from '../import/ImportHistory';
import { attendeeColumns, cellPatch, newAttendeeRow, pickedPersonKey } from './attendee-columns';

interface Props {
  readonly conference: Conference;
  readonly onChanged: () => void;
}

export function AttendeesTab({ conference, onChanged }: Props) {
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query);
  const [pointFilter, setPointFilter] = useState('');
  const [order, setOrder] = useState<AttendeeOrder>('protocol');
  const [points, setPoints] = useState<readonly ConferenceBridgePoint[]>([]);
  const [selection, setSelection] = useState<{ rows: readonly Attendee[]; active?: Attendee }>({ rows: [] });
  const [confirmNumbering, setConfirmNumbering] = useState<'role' | 'file' | null>(null);
  const [importing, setImporting] = useState<{ file?: File; text?: boolean } | null>(null);
  const [history, setHistory] = useState(false);
  const controller = useRef<GridController | null>(null);

  // The points are reloaded with the rows: an import or the Điểm cầu tab may have added some.
  const loadPoints = useCallback(
    () => call('conferenceBridgePoints.list', { conferenceId: conference.id }).then(setPoints, showFailure),
    [conference.id],
  );
  useEffect(() => void loadPoints(), [loadPoints]);

  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      call('attendees.list', {
        conferenceId: conference.id,
        query: debounced || undefined,
        conferenceBridgePointId: pointFilter === '' ? undefined : pointFilter === 'none' ? 'none' : Number(pointFilter),
        order,
        offset,
        limit,
      }),
    [conference.id, debounced, pointFilter, order],
  );
  const resetKey = `${conference.id}|${debounced}|${pointFilter}|${order}`;
  const rows = usePagedRows(fetchPage, resetKey);
  const { reload } = rows;
  const changed = useCallback(async () => {
    await Promise.all([reload(), loadPoints()]);
    onChanged();
  }, [reload, loadPoints, onChanged]);
  useEffect(() => onUndone(() => void changed()), [changed]);

  const columns = useMemo(() => attendeeColumns(points), [points]);

  const save = cellSaver({
    columns,
    patchFor: cellPatch,
    send: (row: Attendee, patch) => call('attendees.update', { id: row.id, ...patch }),
    undoLabel: (row) => `sửa ô của ${row.fullName}`,
  });

  /** Rows typed or pasted on the last line; resolves with the first one added, for the grid to follow. */
  const add = async (records: readonly Record<string, string>[]): Promise<Attendee | undefined> => {
    const newRows = records.map(newAttendeeRow);
    const valid = newRows.filter((r) => r !== null);
    const skipped = newRows.length - valid.length;
    if (valid.length === 0) {
      showError(
        'Không có dòng nào có họ và tên nên chưa thêm ai. Cột đầu tiên của phần dán phải là cột Họ và tên ' +
          '(hoặc đặt con trỏ đúng cột trước khi dán).',
      );
      return undefined;
    }
    try {
      const result = await call('attendees.add', { conferenceId: conference.id, rows: valid });
      const parts = [result.added > 0 ? `Đã thêm ${formatCount(result.added)} đại biểu` : 'Chưa thêm ai'];
      if (result.newPeople > 0) parts.push(`${formatCount(result.newPeople)} người mới được ghi vào danh bạ`);
      if (result.alreadyPresent > 0)
        parts.push(`${formatCount(result.alreadyPresent)} người đã có trong hội nghị nên không thêm lại`);
      if (skipped > 0) parts.push(`bỏ qua ${skipped} dòng không có họ tên`);
      showToast({ kind: 'info', message: `${parts.join('; ')}.` });
      if (result.unmatchedBridgePoints.length > 0) {
        showError(
          `Không tìm thấy điểm cầu: ${result.unmatchedBridgePoints.join('; ')}. Các đại biểu này chưa được ` +
            `gán điểm cầu; hãy thêm điểm cầu ở thẻ Điểm cầu rồi chọn lại.`,
        );
      }
      await changed();
      return result.ids.length > 0 ? await call('attendees.get', { id: result.ids[0] }) : undefined;
    } catch (error) {
      showFailure(error);
      return undefined;
    }
  };

  const remove = (selected: readonly Attendee[]) =>
    attempt(async () => {
      offerUndo(await call('attendees.remove', { ids: selected.map((a) => a.id) }));
      await changed();
    });

  const move = async (row: Attendee, index: number, delta: -1 | 1) => {
    if (order !== 'protocol' || debounced || pointFilter) {
      showToast({
        kind: 'info',
        message: 'Để đổi thứ tự lễ tân, hãy xem toàn bộ danh sách theo thứ tự lễ tân (bỏ lọc và tìm kiếm).',
      });
      return;
    }
    const target = Math.max(1, index + 1 + delta);
    if (await save(row, 'protocolOrder', String(target))) {
      await rows.reload();
      controller.current?.moveToRow(target - 1);
    }
  };

  // Moves run one after another, each from where the cursor is when its turn comes, so
  // pressing Alt+↑ three times quickly moves the row three places.
  const moves = useRef(Promise.resolve());
  const queueMove = (delta: -1 | 1) => {
    moves.current = moves.current.then(async () => {
      const index = controller.current?.activeRow() ?? -1;
      const row = rows.rowAt(index);
      if (row) await move(row, index, delta);
    });
  };

  const onRowKeyDown = (event: KeyboardEvent) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      queueMove(event.key === 'ArrowUp' ? -1 : 1);
      return true;
    }
    return false;
  };

  const onSelectionChange = useCallback(
    (selected: readonly Attendee[], active: Attendee | undefined) => setSelection({ rows: selected, active }),
    [],
  );

  const renumber = async (by: 'role' | 'file') => {
    setConfirmNumbering(null);
    try {
      const { numbered } = await call(by === 'role' ? 'attendees.assignProtocolOrder' : 'attendees.assignFileOrder', {
        conferenceId: conference.id,
      });
      showToast({
        kind: 'info',
        message:
          by === 'role'
            ? `Đã đánh số thứ tự lễ tân cho ${formatCount(numbered)} đại biểu.`
            : `Đã đánh số thứ tự lễ tân theo thứ tự trong tệp cho ${formatCount(numbered)} đại biểu.`,
      });
      setOrder('protocol');
      await changed();
    } catch (error) {
      showFailure(error);
    }
  };

  const imported = async (result: ImportResult) => {
    setImporting(null);
    showToast({
      kind: 'info',
      message: result.message,
      action: {
        label: 'Hoàn tác nhập',
        run: () =>
          void attempt(async () => {
            showToast({ kind: 'info', message: (await call('imports.undo', { importId: result.importId })).message });
            await changed();
          }),
      },
    });
    if (result.conferenceId === conference.id) await changed();
    else navigate({ view: 'conference', id: result.conferenceId, tab: 'attendees' });
  };

  return (
    <div
      className="attendees-tab"
      onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()}
      onDrop={(e) => {
        const file = e.dataTransfer.files[0];
        if (!file) return;
        e.preventDefault();
        setImporting({ file });
      }}
    >
      <div className="toolbar">
        <SearchBox
          label="Tìm đại biểu"
          placeholder="Tìm theo tên, chức vụ, đơn vị (gõ không dấu cũng được)…"
          value={query}
          onChange={setQuery}
        />
        <select aria-label="Lọc theo điểm cầu" value={pointFilter} onChange={(e) => setPointFilter(e.target.value)}>
          <option value="">Tất cả điểm cầu</option>
          {points.map((p) => (
            <option key={p.id} value={p.id}>
              {'\u00a0'.repeat(p.depth * 3)}
              {p.name}
            </option>
          ))}
          <option value="none">(Chưa gán điểm cầu)</option>
        </select>
        <SegmentedChoice label="Sắp xếp" options={attendeeOrders.options} value={order} onChange={setOrder} />
        <span className="spacer" />
        <button type="button" disabled={!selection.active} title="Alt+↑" onClick={() => queueMove(-1)}>
          ↑ Lên
        </button>
        <button type="button" disabled={!selection.active} title="Alt+↓" onClick={() => queueMove(1)}>
          ↓ Xuống
        </button>
        <button type="button" onClick={() => setConfirmNumbering('role')}>
          Đánh số lễ tân theo vai trò
        </button>
        <button
          type="button"
          onClick={() => setConfirmNumbering('file')}
          title="Thứ tự lễ tân như trong danh sách các đơn vị gửi"
        >
          Theo thứ tự trong tệp
        </button>
        <button type="button" className="primary" onClick={() => setImporting({})}>
          Nhập từ tệp…
        </button>
        <button
          type="button"
          onClick={() => setImporting({ text: true })}
          title="Lấy họ tên, chức vụ, điểm cầu từ một tin bài hay giấy mời"
        >
          Dán đoạn văn…
        </button>
        <button type="button" onClick={() => setHistory(true)}>
          Các lần nhập
        </button>
        <HistoryButton
          entity="attendee"
          record={selection.active ? { id: selection.active.id, name: selection.active.fullName } : null}
          onPutBack={() => void changed()}
        />
        <DeleteRowsButton disabled={selection.rows.length === 0} onClick={() => void remove(selection.rows)}>
          Xoá {selection.rows.length > 1 ? `${selection.rows.length} dòng` : 'dòng'}
        </DeleteRowsButton>
      </div>
      <PagedGrid<Attendee>
        rows={rows}
        noun="đại biểu"
        narrow="hãy gõ thêm (cả họ và tên) để thu hẹp"
        hint={
          'Gõ họ tên ở dòng cuối để thêm (chọn người có sẵn trong danh bạ hoặc thêm người mới) · dán nhiều dòng từ ' +
          'Excel theo thứ tự cột · Enter/F2 sửa ô · Alt+↑/↓ đổi thứ tự lễ tân · Ctrl+Delete xoá dòng · Ctrl+Z hoàn tác.'
        }
        save={save}
        onSaved={changed}
        label="Danh sách đại biểu"
        columns={columns}
        rowKey={(a) => a.id}
        resetKey={resetKey}
        controller={controller}
        appendRow={{
          placeholder: 'Gõ họ tên để thêm đại biểu…',
          startColumns: ['fullName'],
          editorFor: (key) => (key === 'fullName' ? personEditor : undefined),
          onAppend: add,
        }}
        onDeleteRows={(selected) => void remove(selected)}
        onSelectionChange={onSelectionChange}
        onRowKeyDown={onRowKeyDown}
        rowClassName={(a) => `status-${a.status}`}
        emptyMessage="Chưa có đại biểu."
      />
      {importing && (
        <ImportDialog
          conferenceId={conference.id}
          initialFile={importing.file}
          startWithText={importing.text}
          onClose={() => setImporting(null)}
          onImported={(r) => void imported(r)}
        />
      )}
      {history && (
        <ImportHistory conferenceId={conference.id} onClose={() => setHistory(false)} onUndone={() => void changed()} />
      )}
      {confirmNumbering && (
        <ConfirmDialog
          title={confirmNumbering === 'role' ? 'Đánh số thứ tự lễ tân' : 'Đánh số theo thứ tự trong tệp'}
          confirmLabel="Đánh số"
          onClose={() => setConfirmNumbering(null)}
          onConfirm={() => void renumber(confirmNumbering)}
        >
          {confirmNumbering === 'role' ? (
            <p>
              Đánh số lại thứ tự lễ tân cho tất cả {formatCount(conference.attendeeCount)} đại biểu: chủ trì, đồng chủ
              trì, khách mời, báo cáo viên, tham luận, đại biểu dự, thư ký; trong cùng vai trò giữ thứ tự đã đặt, còn
              lại theo chức vụ (Cài đặt › Thứ tự lễ tân theo chức vụ), cấp của điểm cầu, rồi theo tên.
            </p>
          ) : (
            <p>
              Đánh số lại thứ tự lễ tân cho tất cả {formatCount(conference.attendeeCount)} đại biểu theo thứ tự trong
              các danh sách đã nhập (tệp nhập trước xếp trước); đại biểu thêm tay xếp sau, giữ thứ tự đã có.
            </p>
          )}
        </ConfirmDialog>
      )}
    </div>
  );
}

/** The name cell of the last line: suggests people from the directory as you type. */
const personEditor = typeaheadCellEditor<Person>({
  ariaLabel: 'Họ và tên đại biểu mới',
  search: async (q) => (await call('people.list', { query: q, limit: 8 })).rows,
  itemKey: (p) => p.id,
  renderItem: (p) => <PersonLabel person={p} />,
  // The person comes with the position and unit the directory holds for them.
  picked: (p) => ({
    value: p.fullName,
    alongside: { [pickedPersonKey]: String(p.id), position: p.position ?? '', unit: p.unit ?? '' },
  }),
  saveOnBlur: true,
  footer: (typed) => `Enter: thêm "${typed.trim()}" như người mới · ↓ chọn người có sẵn`,
});
