// The bridge points of one conference: who presides there, whether the link was checked,
// and the counts of points that report numbers rather than names.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CallInput } from '../../../../shared/contract';
import { connectionStatuses, type ConnectionStatus } from '../../../../shared/conference-day/vocabularies';
import type { BridgePoint, ConferenceBridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import type { Conference } from '../../../../shared/conferences/conference-types';
import { call } from '../../lib/api';
import { attempt } from '../../lib/attempt';
import { formatCount, formatInstant } from '../../lib/format';
import { DataGrid } from '../../components/DataGrid';
import type { GridColumn } from '../../components/grid-types';
import { typeaheadCellEditor } from '../../components/TypeaheadCellEditor';
import { cellSaver } from '../../lib/save-cell';
import { DeleteRowsButton } from '../../components/DeleteRowsButton';
import { HistoryButton } from '../history/HistoryDialog';
import { showToast } from '../../app/toasts';
import { offerUndo, onUndone } from '../../app/undo';
import { AddUnitsDialog } from '../admin-units/AddUnitsDialog';
import { AttachPointsDialog } from './AttachPointsDialog';
import { BridgePointLabel } from './BridgePointLabel';
import { TreeName } from './TreeName';

type Patch = Omit<CallInput<'conferenceBridgePoints.update'>, 'id'>;

function patchFor(columnKey: string, value: string): Patch | string {
  const text = value.trim();
  switch (columnKey) {
    case 'presidingName':
    case 'presidingPosition':
    case 'connectionNote':
      return { [columnKey]: text || null };
    case 'connectionStatus':
      return (connectionStatuses.codes as readonly string[]).includes(text)
        ? { connectionStatus: text as ConnectionStatus }
        : `Trạng thái kết nối "${text}" không có; chọn: ` +
            `${connectionStatuses.codes.map((s) => connectionStatuses.label(s)).join(', ')}.`;
    case 'invitedCount':
    case 'presentCount': {
      if (text === '') return { [columnKey]: null };
      const n = Number(text.replace(/[.\s]/g, ''));
      return Number.isInteger(n) && n >= 0
        ? { [columnKey]: n }
        : `Số lượng phải là số nguyên không âm (đã gõ "${text}").`;
    }
    default:
      return `Cột "${columnKey}" không sửa được ở đây; hãy sửa trong Danh mục điểm cầu.`;
  }
}

const statusOptions = connectionStatuses.options;

/** The key, beside the columns', of a new row's point picked from the catalog. */
const pickedPointKey = 'bridgePointId';

export function ConferencePointsTab({ conference, onChanged }: { conference: Conference; onChanged: () => void }) {
  const [points, setPoints] = useState<readonly ConferenceBridgePoint[] | null>(null);
  const [selection, setSelection] = useState<readonly ConferenceBridgePoint[]>([]);
  const [attaching, setAttaching] = useState(false);
  const [addingUnits, setAddingUnits] = useState(false);

  const load = useCallback(async () => {
    const list = await attempt(() => call('conferenceBridgePoints.list', { conferenceId: conference.id }));
    if (list) setPoints(list);
    return list;
  }, [conference.id]);
  useEffect(() => void load(), [load]);
  const changed = useCallback(async () => {
    await load();
    onChanged();
  }, [load, onChanged]);
  useEffect(() => onUndone(() => void changed()), [changed]);

  const columns: GridColumn<ConferenceBridgePoint>[] = useMemo(
    () => [
      {
        key: 'name',
        title: 'Điểm cầu',
        width: 330,
        value: (p) => p.name,
        render: (p) => (
          <TreeName
            point={{ name: p.name, childCount: 0 }}
            depth={p.depth}
            badge={
              [p.isMain && 'Điểm cầu chính', p.id === conference.ownPointId && 'Điểm cầu của tôi']
                .filter(Boolean)
                .join(' · ') || undefined
            }
          />
        ),
      },
      { key: 'levelLabel', title: 'Cấp', width: 145, value: (p) => p.levelLabel ?? '' },
      {
        key: 'presidingName',
        title: 'Chủ trì tại điểm cầu',
        width: 180,
        value: (p) => p.presidingName ?? '',
        editor: { kind: 'text' },
      },
      {
        key: 'presidingPosition',
        title: 'Chức vụ người chủ trì',
        width: 240,
        value: (p) => p.presidingPosition ?? '',
        editor: { kind: 'text' },
      },
      {
        key: 'connectionStatus',
        title: 'Kết nối',
        width: 130,
        value: (p) => p.connectionStatus,
        render: (p) => (
          <span className={`pill conn-${p.connectionStatus}`}>{connectionStatuses.label(p.connectionStatus)}</span>
        ),
        editor: { kind: 'select', options: statusOptions },
      },
      { key: 'checkedAt', title: 'Kiểm tra lúc', width: 130, value: (p) => formatInstant(p.connectionCheckedAt) },
      {
        key: 'connectionNote',
        title: 'Ghi chú kết nối',
        width: 200,
        value: (p) => p.connectionNote ?? '',
        editor: { kind: 'text' },
      },
      {
        key: 'invitedCount',
        title: 'Số mời',
        width: 80,
        align: 'right',
        value: (p) => (p.invitedCount === null ? '' : String(p.invitedCount)),
        editor: { kind: 'number' },
      },
      {
        key: 'presentCount',
        title: 'Số có mặt',
        width: 90,
        align: 'right',
        value: (p) => (p.presentCount === null ? '' : String(p.presentCount)),
        editor: { kind: 'number' },
      },
      {
        key: 'named',
        title: 'Đại biểu có tên',
        width: 120,
        align: 'right',
        value: (p) => (p.attendeeCount ? `${p.presentAttendeeCount}/${p.attendeeCount} có mặt` : ''),
      },
      {
        key: 'tech',
        title: 'Kỹ thuật',
        width: 230,
        value: (p) => [p.techContact, p.techPhone].filter(Boolean).join(' · '),
      },
    ],
    [conference.ownPointId],
  );

  const save = cellSaver({
    columns,
    patchFor,
    send: (point: ConferenceBridgePoint, patch) => call('conferenceBridgePoints.update', { id: point.id, ...patch }),
    undoLabel: (point) => `sửa điểm cầu ${point.name}`,
  });

  const detach = (selected: readonly ConferenceBridgePoint[]) =>
    attempt(async () => {
      offerUndo(await call('conferenceBridgePoints.detach', { ids: selected.map((p) => p.id) }));
      await changed();
    });

  const makeMain = (point: ConferenceBridgePoint) =>
    attempt(async () => {
      await call('conferences.update', { id: conference.id, mainBridgePointId: point.bridgePointId });
      showToast({ kind: 'info', message: `"${point.name}" là điểm cầu chính của hội nghị.` });
      await changed();
    });

  /** The secretary's own point: the documents speak from it; null gives them back to the host. */
  const speakFrom = (point: ConferenceBridgePoint | null) =>
    attempt(async () => {
      await call('conferences.update', { id: conference.id, ownPointId: point?.id ?? null });
      showToast({
        kind: 'info',
        message: point
          ? `Biên bản, tin bài, danh sách và báo cáo nhanh sẽ viết từ "${point.name}": đơn vị của điểm cầu này ban hành, ` +
            'đại biểu của điểm cầu này và các điểm cầu trực thuộc được tính.'
          : 'Văn bản của hội nghị viết theo đơn vị chủ trì, tính mọi điểm cầu.',
      });
      await changed();
    });

  /** A point typed on the last line (created in the catalog) or picked from it; its id in the catalog. */
  const attachNamed = async (record: Readonly<Record<string, string>>): Promise<number | undefined> => {
    const picked = Number(record[pickedPointKey]);
    if (picked) {
      await call('conferenceBridgePoints.attach', { conferenceId: conference.id, bridgePointIds: [picked] });
      return picked;
    }
    const name = record.name?.trim();
    if (!name) return undefined;
    const point = await call('bridgePoints.create', { name, parentId: conference.mainBridgePointId });
    showToast({
      kind: 'info',
      message:
        `Đã tạo điểm cầu mới "${point.name}" trong danh ` +
        `mục${point.path.length ? ` (thuộc ${point.path[point.path.length - 1]})` : ''}.`,
    });
    await call('conferenceBridgePoints.attach', { conferenceId: conference.id, bridgePointIds: [point.id] });
    return point.id;
  };

  /** Rows of the last line; resolves with the first one's row, for the grid to follow. */
  const add = async (records: readonly Record<string, string>[]) => {
    const first = await attempt(async () => {
      const ids: number[] = [];
      for (const record of records) {
        const id = await attachNamed(record);
        if (id !== undefined) ids.push(id);
      }
      return ids[0];
    });
    const list = await load();
    onChanged();
    return list?.find((p) => p.bridgePointId === first);
  };
  const onSelectionChange = useCallback((rows: readonly ConferenceBridgePoint[]) => setSelection(rows), []);

  const counts = Object.fromEntries(
    connectionStatuses.codes.map((s) => [s, points?.filter((p) => p.connectionStatus === s).length ?? 0]),
  ) as Record<ConnectionStatus, number>;
  const single = selection.length === 1 ? selection[0] : undefined;

  return (
    <div className="points-tab">
      <div className="toolbar">
        <span className="summary" aria-label="Tình trạng kết nối">
          <strong>{formatCount(points?.length ?? 0)}</strong> điểm cầu ·
          {connectionStatuses.codes.map((s) => (
            <span key={s} className={`pill conn-${s}`}>
              {connectionStatuses.label(s)}: {formatCount(counts[s])}
            </span>
          ))}
        </span>
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => setAttaching(true)}>
          + Thêm từ danh mục…
        </button>
        <button type="button" onClick={() => setAddingUnits(true)}>
          Thêm điểm cầu theo danh mục hành chính…
        </button>
        <button type="button" disabled={!single || single.isMain} onClick={() => single && void makeMain(single)}>
          Đặt làm điểm cầu chính
        </button>
        {single && single.id === conference.ownPointId ? (
          <button type="button" onClick={() => void speakFrom(null)}>
            Viết văn bản theo đơn vị chủ trì
          </button>
        ) : (
          <button
            type="button"
            disabled={!single || single.isMain}
            onClick={() => single && void speakFrom(single)}
            title="Thư ký ngồi tại điểm cầu này: văn bản do đơn vị của điểm cầu ban hành, tính đại biểu của điểm cầu và các điểm cầu trực thuộc"
          >
            Đặt làm điểm cầu của tôi
          </button>
        )}
        <HistoryButton
          entity="conference_point"
          record={single ? { id: single.id, name: single.name } : null}
          onPutBack={() => void changed()}
        />
        <DeleteRowsButton disabled={selection.length === 0} onClick={() => void detach(selection)}>
          Gỡ khỏi hội nghị
        </DeleteRowsButton>
      </div>
      <p className="hint">
        Gõ tên ở dòng cuối để thêm điểm cầu (chọn trong danh mục, hoặc Enter để tạo điểm cầu mới) · Enter/F2 sửa ô ·
        điểm cầu chỉ báo số lượng thì nhập Số mời và Số có mặt · Ctrl+Delete gỡ · Ctrl+Z hoàn tác.
      </p>
      <DataGrid<ConferenceBridgePoint>
        label="Điểm cầu của hội nghị"
        columns={columns}
        rowCount={points?.length ?? 0}
        rowAt={(i) => points?.[i]}
        rowKey={(p) => p.id}
        onEdit={async (p, key, value) => {
          await save(p, key, value);
          await changed();
        }}
        onEditMany={async (edits) => {
          for (const e of edits) await save(e.row, e.columnKey, e.value, false);
          await changed();
        }}
        appendRow={{
          placeholder: 'Gõ tên để thêm điểm cầu…',
          startColumns: ['name'],
          editorFor: () => nameEditor,
          onAppend: add,
        }}
        onDeleteRows={(rows) => void detach(rows)}
        onSelectionChange={onSelectionChange}
        emptyMessage="Hội nghị chưa có điểm cầu."
      />
      {addingUnits && (
        <AddUnitsDialog
          conferenceId={conference.id}
          onClose={() => setAddingUnits(false)}
          onAdded={(result) => {
            setAddingUnits(false);
            offerUndo(result);
            void changed();
          }}
        />
      )}
      {attaching && (
        <AttachPointsDialog
          conferenceId={conference.id}
          onClose={() => setAttaching(false)}
          onAttached={(n) => {
            setAttaching(false);
            showToast({
              kind: 'info',
              message:
                n > 0
                  ? `Đã thêm ${formatCount(n)} điểm cầu vào hội nghị.`
                  : 'Các điểm cầu đã chọn đều đã có trong hội nghị.',
            });
            void changed();
          }}
        />
      )}
    </div>
  );
}

const nameEditor = typeaheadCellEditor<BridgePoint>({
  ariaLabel: 'Tên điểm cầu cần thêm',
  search: (q) => call('bridgePoints.search', { query: q, limit: 8 }),
  itemKey: (p) => p.id,
  renderItem: (p) => <BridgePointLabel point={p} />,
  picked: (p) => ({ value: p.name, alongside: { [pickedPointKey]: String(p.id) } }),
  saveOnBlur: false,
  footer: (typed) => `Enter: tạo điểm cầu mới "${typed.trim()}" · ↓ chọn điểm cầu có sẵn`,
});
