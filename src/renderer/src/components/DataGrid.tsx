// A table that edits like a spreadsheet: arrow keys, Enter, Tab, F2, typing to replace,
// Delete to clear, copy and paste of several rows from Excel, and only the visible rows in
// the page, so 100,000 rows scroll as smoothly as 10.
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MutableRefObject,
  type ReactNode,
} from 'react';
import { foldForSearch } from '../../../shared/text/vietnamese';
import { CellEditor } from './CellEditor';
import type { AppendRow, GridColumn, GridEditor } from './grid-types';
import { formatTsv, parseTsv } from './tsv';

export interface DataGridProps<R> {
  readonly label: string;
  readonly columns: readonly GridColumn<R>[];
  readonly rowCount: number;
  /** The row at an index, or undefined while its page is still loading. */
  readonly rowAt: (index: number) => R | undefined;
  readonly rowKey: (row: R) => string | number;
  readonly onVisibleRange?: (start: number, end: number) => void;
  readonly onEdit?: (row: R, columnKey: string, value: string) => Promise<void>;
  /** Several cells pasted onto existing rows: saved together, with one progress bar. */
  readonly onEditMany?: (edits: readonly { row: R; columnKey: string; value: string }[]) => Promise<void>;
  readonly appendRow?: AppendRow;
  readonly onDeleteRows?: (rows: readonly R[]) => void;
  readonly onSelectionChange?: (rows: readonly R[], activeRow: R | undefined, activeIndex: number) => void;
  /** Keys the screen handles itself (reordering, opening a tree node); true when handled. */
  readonly onRowKeyDown?: (event: KeyboardEvent, row: R, index: number) => boolean;
  readonly rowClassName?: (row: R) => string;
  readonly emptyMessage?: ReactNode;
  /** Changes when the data is reloaded from scratch, so the cursor goes back to the top. */
  readonly resetKey?: string;
  /** Lets the screen put the cursor on a row (after reordering, say). */
  readonly controller?: MutableRefObject<GridController | null>;
}

export interface GridController {
  moveToRow(index: number): void;
  /** The row under the cursor now, even before the screen has redrawn. */
  activeRow(): number;
  focus(): void;
}

const rowHeight = 34;
const numberColumnWidth = 56;

interface Cell {
  readonly row: number;
  readonly col: number;
}
interface Editing extends Cell {
  readonly initial: string;
}

function editorOf<R>(column: GridColumn<R>, isAppendRow: boolean, appendRow?: AppendRow): GridEditor | undefined {
  if (isAppendRow)
    return appendRow?.startColumns.includes(column.key)
      ? (appendRow.editorFor?.(column.key) ?? column.editor)
      : undefined;
  return column.editor;
}

/** Pasted text for a select column may be the label ("Có mặt") or the code ("co_mat"). */
function pastedValue<R>(column: GridColumn<R>, text: string): string {
  if (column.editor?.kind !== 'select') return text;
  const folded = foldForSearch(text);
  const option = column.editor.options.find((o) => foldForSearch(o.label) === folded || o.value === text);
  return option ? option.value : text;
}

export function DataGrid<R>(props: DataGridProps<R>) {
  const { columns, rowCount, rowAt, appendRow } = props;
  const totalRows = rowCount + (appendRow ? 1 : 0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActiveState] = useState<Cell>({ row: 0, col: 0 });
  const activeRef = useRef(active);
  const setActive = (next: Cell | ((current: Cell) => Cell)) => {
    activeRef.current = typeof next === 'function' ? next(activeRef.current) : next;
    setActiveState(activeRef.current);
  };
  const [anchor, setAnchor] = useState(0);
  const [editing, setEditing] = useState<Editing | null>(null);

  const virtualizer = useVirtualizer({
    count: totalRows,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  const { onVisibleRange } = props;
  useEffect(() => {
    if (rowCount > 0) onVisibleRange?.(first, Math.min(last, rowCount - 1));
  }, [first, last, rowCount, onVisibleRange]);

  useEffect(() => {
    setActive({ row: 0, col: 0 });
    setAnchor(0);
    setEditing(null);
  }, [props.resetKey]);

  // Keep the cursor inside the table when rows disappear (filter, delete).
  useEffect(() => {
    if (active.row > totalRows - 1) setActive((a) => ({ ...a, row: Math.max(0, totalRows - 1) }));
  }, [totalRows, active.row]);

  const selectedRange = useMemo(
    () => [Math.min(anchor, active.row), Math.max(anchor, active.row)] as const,
    [anchor, active.row],
  );
  const selectedRows = (): R[] => {
    const rows: R[] = [];
    for (let i = selectedRange[0]; i <= Math.min(selectedRange[1], rowCount - 1); i++) {
      const row = rowAt(i);
      if (row !== undefined) rows.push(row);
    }
    return rows;
  };

  const { onSelectionChange } = props;
  const activeRowValue = active.row < rowCount ? rowAt(active.row) : undefined;
  useEffect(() => {
    onSelectionChange?.(selectedRows(), activeRowValue, active.row);
  }, [selectedRange[0], selectedRange[1], activeRowValue, active.row, onSelectionChange]);

  useLayoutEffect(() => {
    virtualizer.scrollToIndex(active.row, { align: 'auto' });
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${active.row}:${active.col}"]`);
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active.row, active.col, virtualizer]);

  const focusGrid = () => scrollRef.current?.focus({ preventScroll: true });
  // After a row is added from the last line, the cursor stays on the (new) last line, ready
  // for the next name, wherever the sorted list put the added row.
  const followAppend = useRef(false);
  const rowCountRef = useRef(rowCount);
  rowCountRef.current = rowCount;
  const toAppendRow = () => {
    setActive((a) => ({ ...a, row: rowCountRef.current }));
    setAnchor(rowCountRef.current);
  };
  useEffect(() => {
    if (followAppend.current) {
      followAppend.current = false;
      setActive((a) => ({ ...a, row: rowCount }));
      setAnchor(rowCount);
    }
  }, [rowCount]);

  const moveTo = (row: number, col: number, extend = false) => {
    const next = {
      row: Math.max(0, Math.min(totalRows - 1, row)),
      col: Math.max(0, Math.min(columns.length - 1, col)),
    };
    setActive(next);
    if (!extend) setAnchor(next.row);
  };

  if (props.controller) {
    props.controller.current = {
      moveToRow: (index) => moveTo(index, activeRef.current.col),
      activeRow: () => activeRef.current.row,
      focus: focusGrid,
    };
  }

  const startEdit = (initial?: string) => {
    const column = columns[active.col];
    const isAppend = active.row === rowCount && !!appendRow;
    if (!editorOf(column, isAppend, appendRow)) return;
    const row = isAppend ? undefined : rowAt(active.row);
    if (!isAppend && row === undefined) return;
    setEditing({ ...active, initial: initial ?? (row === undefined ? '' : column.value(row)) });
  };

  const commit = async (value: string, move: 'down' | 'right' | 'left' | 'none' = 'down') => {
    if (!editing) return;
    const { row: index, col } = editing;
    const column = columns[col];
    setEditing(null);
    focusGrid();
    const isAppend = index === rowCount && !!appendRow;
    if (move === 'down') moveTo(index + 1, col);
    else if (move === 'right') moveTo(index, col + 1);
    else if (move === 'left') moveTo(index, col - 1);
    if (isAppend) {
      followAppend.current = true;
      if (value.trim() !== '') await appendRow!.onAppend([{ [column.key]: value }]);
      toAppendRow();
      return;
    }
    const row = rowAt(index);
    if (row !== undefined && value !== column.value(row)) await props.onEdit?.(row, column.key, value);
  };

  const cancel = () => {
    setEditing(null);
    focusGrid();
  };

  const copy = (event: ClipboardEvent | React.ClipboardEvent) => {
    const rows = selectedRows();
    const text =
      rows.length > 1
        ? formatTsv(rows.map((r) => columns.map((c) => displayText(c, r))))
        : activeRowValue !== undefined
          ? displayText(columns[active.col], activeRowValue)
          : '';
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };

  const paste = async (text: string) => {
    const matrix = parseTsv(text).filter((r) => r.some((c) => c.trim() !== ''));
    if (matrix.length === 0) return;
    const edits: { row: R; columnKey: string; value: string }[] = [];
    const appended: Record<string, string>[] = [];
    matrix.forEach((cells, i) => {
      const index = active.row + i;
      if (index < rowCount) {
        const row = rowAt(index);
        if (row === undefined) return;
        cells.forEach((cell, j) => {
          const column = columns[active.col + j];
          if (column?.editor) edits.push({ row, columnKey: column.key, value: pastedValue(column, cell.trim()) });
        });
      } else if (appendRow) {
        const record: Record<string, string> = {};
        cells.forEach((cell, j) => {
          const column = columns[active.col + j];
          if (column) record[column.key] = pastedValue(column, cell.trim());
        });
        appended.push(record);
      }
    });
    if (edits.length > 0) {
      if (props.onEditMany) await props.onEditMany(edits);
      else for (const e of edits) await props.onEdit?.(e.row, e.columnKey, e.value);
    }
    if (appended.length > 0) await appendRow!.onAppend(appended);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const row = active.row < rowCount ? rowAt(active.row) : undefined;
    if (row !== undefined && props.onRowKeyDown?.(event, row, active.row)) {
      event.preventDefault();
      return;
    }
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    const ctrl = event.ctrlKey || event.metaKey;
    const handled = (() => {
      switch (event.key) {
        case 'ArrowDown':
          moveTo(ctrl ? totalRows - 1 : active.row + 1, active.col, event.shiftKey);
          return true;
        case 'ArrowUp':
          moveTo(ctrl ? 0 : active.row - 1, active.col, event.shiftKey);
          return true;
        case 'ArrowRight':
          moveTo(active.row, ctrl ? columns.length - 1 : active.col + 1);
          return true;
        case 'ArrowLeft':
          moveTo(active.row, ctrl ? 0 : active.col - 1);
          return true;
        case 'PageDown':
          moveTo(active.row + page, active.col, event.shiftKey);
          return true;
        case 'PageUp':
          moveTo(active.row - page, active.col, event.shiftKey);
          return true;
        case 'Home':
          moveTo(ctrl ? 0 : active.row, 0);
          return true;
        case 'End':
          moveTo(ctrl ? totalRows - 1 : active.row, columns.length - 1);
          return true;
        case 'Tab':
          moveTo(active.row, active.col + (event.shiftKey ? -1 : 1));
          return true;
        case 'Enter':
        case 'F2':
          startEdit();
          return true;
        case 'Delete':
        case 'Backspace':
          if (ctrl && props.onDeleteRows) {
            const rows = selectedRows();
            if (rows.length > 0) props.onDeleteRows(rows);
            return true;
          }
          if (row !== undefined && columns[active.col].editor && columns[active.col].value(row) !== '') {
            void props.onEdit?.(row, columns[active.col].key, '');
          }
          return true;
        default:
          if (!ctrl && !event.altKey && event.key.length === 1) {
            startEdit(event.key);
            return true;
          }
          return false;
      }
    })();
    if (handled) event.preventDefault();
  };

  return (
    <div
      className="grid"
      role="grid"
      aria-label={props.label}
      aria-rowcount={totalRows}
      tabIndex={0}
      ref={scrollRef}
      onKeyDown={onKeyDown}
      onCopy={(e) => !editing && copy(e)}
      onPaste={(e) => {
        if (editing) return;
        e.preventDefault();
        void paste(e.clipboardData.getData('text/plain'));
      }}
    >
      <div
        className="grid-header"
        role="row"
        style={{ width: numberColumnWidth + columns.reduce((s, c) => s + c.width, 0) }}
      >
        <div className="grid-cell grid-number" role="columnheader" style={{ width: numberColumnWidth }}>
          #
        </div>
        {columns.map((c) => (
          <div key={c.key} className="grid-cell" role="columnheader" style={{ width: c.width }}>
            {c.title}
          </div>
        ))}
      </div>
      {rowCount === 0 && !appendRow && <div className="grid-empty">{props.emptyMessage}</div>}
      <div
        className="grid-body"
        style={{
          height: virtualizer.getTotalSize(),
          width: numberColumnWidth + columns.reduce((s, c) => s + c.width, 0),
        }}
      >
        {items.map((item) => {
          const isAppend = item.index === rowCount;
          const row = isAppend ? undefined : rowAt(item.index);
          const selected = item.index >= selectedRange[0] && item.index <= selectedRange[1];
          return (
            <div
              key={row !== undefined ? props.rowKey(row) : `i${item.index}`}
              role="row"
              aria-rowindex={item.index + 1}
              aria-selected={selected}
              className={
                `grid-row${selected ? ' selected' : ''}${isAppend ? ' append' : ''} ` +
                `${row !== undefined ? (props.rowClassName?.(row) ?? '') : ''}`
              }
              style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
            >
              <div
                className="grid-cell grid-number"
                style={{ width: numberColumnWidth }}
                onMouseDown={(e) => {
                  e.preventDefault();
                  focusGrid();
                  moveTo(item.index, active.col, e.shiftKey);
                }}
              >
                {isAppend ? '+' : item.index + 1}
              </div>
              {columns.map((column, col) => {
                const isActive = active.row === item.index && active.col === col;
                const isEditing = editing?.row === item.index && editing.col === col;
                const editor = editorOf(column, isAppend, appendRow);
                const cellClass = [
                  'grid-cell',
                  isActive && 'active',
                  column.align && `align-${column.align}`,
                  !editor && 'readonly',
                ]
                  .filter(Boolean)
                  .join(' ');
                return (
                  <div
                    key={column.key}
                    role="gridcell"
                    data-cell={`${item.index}:${col}`}
                    data-column={column.key}
                    aria-readonly={!editor}
                    className={cellClass}
                    style={{ width: column.width }}
                    onMouseDown={(e) => {
                      if (isEditing) return;
                      e.preventDefault();
                      focusGrid();
                      moveTo(item.index, col, e.shiftKey);
                    }}
                    onDoubleClick={() => startEdit()}
                  >
                    {isEditing && editor ? (
                      <CellEditor editor={editor} initial={editing.initial} commit={commit} cancel={cancel} />
                    ) : isAppend ? (
                      appendRow?.startColumns[0] === column.key ? (
                        <span className="placeholder">{appendRow?.placeholder}</span>
                      ) : null
                    ) : row === undefined ? (
                      <span className="loading-cell" />
                    ) : (
                      (column.render?.(row) ?? displayText(column, row))
                    )}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function displayText<R>(column: GridColumn<R>, row: R): string {
  const value = column.value(row);
  // An empty choice ("(Chưa gán điểm cầu)") reads better as an empty cell.
  if (column.editor?.kind === 'select' && value !== '')
    return column.editor.options.find((o) => o.value === value)?.label ?? value;
  return value;
}
