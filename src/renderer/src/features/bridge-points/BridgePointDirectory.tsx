// The directory of bridge points as a tree that edits like a spreadsheet. Reused by every
// conference: the same provincial and commune points each quarter.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { BridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import { call } from '../../lib/api';
import { attempt } from '../../lib/attempt';
import { DataGrid, type GridController } from '../../components/DataGrid';
import { DeleteRowsButton } from '../../components/DeleteRowsButton';
import { HistoryButton } from '../history/HistoryDialog';
import type { CellEdit, GridColumn } from '../../components/grid-types';
import { SearchBox } from '../../components/SearchBox';
import { showError, showToast } from '../../app/toasts';
import { offerUndo, onUndone, pushUndo } from '../../app/undo';
import { AddUnitsDialog } from '../admin-units/AddUnitsDialog';
import { unitEditor } from '../admin-units/UnitCellEditor';
import { unitCell, unitPatchFor } from '../admin-units/unit-label';
import { BridgePointForm } from './BridgePointForm';
import { SuggestedSymbol } from './SuggestedSymbol';
import { symbolEditor } from './SymbolCellEditor';
import { patchFor, pastedRows } from './point-cells';
import { TreeName } from './TreeName';
import { usePointSearch } from './use-point-search';
import { useBridgePointTree, type TreeRow } from './use-tree';

/** The point's administrative unit: picked from the list, not typed over like the other cells. */
const unitColumn = 'unit';

/** A column of the point's free text, typed over in place. */
function textColumn(
  key: 'levelLabel' | 'address' | 'techContact' | 'techPhone',
  title: string,
  width: number,
): GridColumn<TreeRow> {
  return { key, title, width, value: (r) => r.point[key] ?? '', editor: { kind: 'text' } };
}

export function BridgePointDirectory({ initialQuery }: { initialQuery?: string }) {
  const tree = useBridgePointTree();
  const [query, setQuery] = useState(initialQuery ?? '');
  const { found, refresh: search } = usePointSearch(query, 200);
  const [active, setActive] = useState<BridgePoint | undefined>();
  const [creating, setCreating] = useState<{ parent: BridgePoint | null } | null>(null);
  const [addingUnits, setAddingUnits] = useState(false);
  const controller = useRef<GridController | null>(null);

  const { refresh } = tree;
  const changed = useCallback(async () => {
    await refresh();
    await search();
  }, [refresh, search]);
  useEffect(() => onUndone(() => void changed()), [changed]);

  const rows: readonly TreeRow[] = found ? found.map((point) => ({ point, depth: 0, expanded: false })) : tree.rows;

  const columns: GridColumn<TreeRow>[] = useMemo(
    () => [
      {
        key: 'name',
        title: 'Tên điểm cầu',
        width: 360,
        value: (r) => r.point.name,
        render: (r) =>
          found ? (
            <span>
              {r.point.name}
              {r.point.path.length > 0 && <span className="muted small"> — {r.point.path.join(' › ')}</span>}
            </span>
          ) : (
            <TreeName point={r.point} depth={r.depth} expanded={r.expanded} onToggle={() => tree.toggle(r.point.id)} />
          ),
        editor: { kind: 'text' },
      },
      textColumn('levelLabel', 'Cấp', 145),
      textColumn('address', 'Địa chỉ, phòng họp', 250),
      textColumn('techContact', 'Cán bộ kỹ thuật', 160),
      textColumn('techPhone', 'Điện thoại', 130),
      {
        key: 'bodySymbol',
        title: 'Ký hiệu cơ quan',
        width: 120,
        value: (r) => r.point.bodySymbol ?? '',
        // Unset: the usual body's symbol its name suggests, greyed.
        render: (r) => r.point.bodySymbol ?? <SuggestedSymbol name={r.point.name} />,
        editor: symbolEditor,
      },
      // Last, so that rows pasted from the usual sheet (name, level, address, contact, phone) still line up.
      { key: unitColumn, title: 'Đơn vị hành chính', width: 130, value: (r) => unitCell(r.point), editor: unitEditor },
    ],
    [found, tree],
  );

  const save = (row: TreeRow, columnKey: string, value: string) =>
    attempt(async () => {
      const patch = columnKey === unitColumn ? await unitPatchFor(value) : patchFor(columnKey, value);
      if (typeof patch === 'string') return showError(patch);
      await call('bridgePoints.update', { id: row.point.id, ...patch });
      const before =
        columnKey === unitColumn
          ? { unitCode: row.point.unitCode, unitKind: row.point.unitKind }
          : patchFor(columnKey, columns.find((c) => c.key === columnKey)!.value(row));
      pushUndo({
        label: `sửa điểm cầu ${row.point.name}`,
        undo: async () => void (await call('bridgePoints.update', { id: row.point.id, ...before })),
      });
      await changed();
    });

  // One change for the whole paste, as the attendee list does: the rows pasted over are filled,
  // the rows beyond the end become points beside the last one, and one "Hoàn tác" takes it all back.
  const paste = (edits: readonly CellEdit<TreeRow>[], added: readonly Record<string, string>[]) =>
    attempt(async () => {
      const { updates, additions, skipped } = pastedRows(columns, edits, added);
      if (updates.length + additions.length === 0) {
        if (skipped > 0) showError('Không có dòng nào có tên điểm cầu nên chưa dán gì.');
        else showToast({ kind: 'info', message: 'Các ô dán vào giống hệt dữ liệu đang có; không có gì thay đổi.' });
        return;
      }
      const skippedNote = skipped > 0 ? `Bỏ qua ${skipped} dòng không có tên điểm cầu.` : undefined;
      const parentId = rows[rows.length - 1]?.point.parentId ?? null;
      offerUndo(await call('bridgePoints.paste', { updates, parentId, additions }), skippedNote);
      if (parentId !== null && additions.length > 0) tree.toggle(parentId, true);
      await changed();
    });

  const remove = (point: BridgePoint) =>
    attempt(async () => {
      offerUndo(await call('bridgePoints.remove', { id: point.id }));
      await changed();
    });

  const onSelectionChange = useCallback(
    (_rows: readonly TreeRow[], row: TreeRow | undefined) => setActive(row?.point),
    [],
  );

  const onRowKeyDown = (event: KeyboardEvent, row: TreeRow) => {
    if (found || !event.altKey || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return false;
    tree.toggle(row.point.id, event.key === 'ArrowRight');
    return true;
  };

  return (
    <section className="screen">
      <header className="screen-header">
        <h1>Danh mục điểm cầu</h1>
        <div className="toolbar">
          <SearchBox
            label="Tìm điểm cầu"
            placeholder="Tìm điểm cầu theo tên, địa chỉ (gõ không dấu cũng được)…"
            value={query}
            onChange={setQuery}
          />
          <button type="button" className="primary" onClick={() => setCreating({ parent: null })}>
            + Điểm cầu cấp cao nhất
          </button>
          <button type="button" disabled={!active} onClick={() => active && setCreating({ parent: active })}>
            + Điểm cầu cấp dưới
          </button>
          <button type="button" onClick={() => setAddingUnits(true)}>
            Thêm điểm cầu theo danh mục hành chính…
          </button>
          <HistoryButton entity="bridge_point" record={active ?? null} onPutBack={() => void changed()} />
          <DeleteRowsButton disabled={!active} onClick={() => active && void remove(active)}>
            Xoá
          </DeleteRowsButton>
        </div>
      </header>
      <p className="hint">
        {found ? `${found.length} điểm cầu khớp với "${query}". ` : ''}Bấm ▸ hoặc Alt+→ để mở cấp dưới, Alt+← để thu gọn
        · Enter/F2 sửa ô · dán nhiều dòng từ Excel (các dòng quá cuối danh sách thành điểm cầu mới) · Ctrl+Delete xoá ·
        Ctrl+Z hoàn tác.
      </p>
      <DataGrid<TreeRow>
        label="Danh mục điểm cầu"
        columns={columns}
        rowCount={rows.length}
        rowAt={(i) => rows[i]}
        rowKey={(r) => r.point.id}
        controller={controller}
        resetKey={found ? `q:${query}` : 'tree'}
        onEdit={async (row, key, value) => void (await save(row, key, value))}
        onPaste={async (edits, added) => void (await paste(edits, added))}
        onDeleteRows={(selected) => selected[0] && void remove(selected[0].point)}
        onSelectionChange={onSelectionChange}
        onRowKeyDown={onRowKeyDown}
        emptyMessage={
          found
            ? 'Không có điểm cầu nào khớp.'
            : tree.loaded
              ? 'Danh mục chưa có điểm cầu nào. Bấm "+ Điểm cầu cấp cao nhất" để bắt đầu.'
              : 'Đang tải…'
        }
      />
      {addingUnits && (
        <AddUnitsDialog
          onClose={() => setAddingUnits(false)}
          onAdded={(result) => {
            setAddingUnits(false);
            offerUndo(result);
            // The province's point opens on its new units.
            tree.toggle(result.parentId, true);
            void changed();
          }}
        />
      )}
      {creating && (
        <BridgePointForm
          parent={creating.parent}
          onClose={() => setCreating(null)}
          onCreated={() => {
            const parent = creating.parent;
            setCreating(null);
            if (parent) tree.toggle(parent.id, true);
            void changed().then(() => controller.current?.focus());
          }}
        />
      )}
    </section>
  );
}
