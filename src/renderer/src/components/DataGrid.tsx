// A table that edits like a spreadsheet: arrow keys, Enter, Tab, F2, typing to replace,
// Delete to clear, copy and paste of several rows from Excel, and only the visible rows in
// the page, so 100,000 rows scroll as smoothly as 10.
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MutableRefObject,
  type ReactNode,
} from 'react';
import { foldForSearch } from '../../../shared/text/vietnamese';
import { useLatest } from '../lib/use-latest';
import { CellEditor } from './CellEditor';
import type { AppendRow, CellEdit, GridColumn, GridEditor, Move } from './grid-types';
import { saveNewRow, type NewRowSave } from './new-row';
import { formatTsv, parseTsv } from './tsv';
import { TypeIn } from './TypeIn';

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
  readonly onEditMany?: (edits: readonly CellEdit<R>[]) => Promise<void>;
  /**
   * A whole paste as one change: the cells pasted onto existing rows and, by column key, the
   * rows pasted beyond the last one, to add. Instead of onEditMany and the "+" line's onAppend.
   */
  readonly onPaste?: (edits: readonly CellEdit<R>[], added: readonly Record<string, string>[]) => Promise<void>;
  readonly appendRow?: AppendRow<R>;
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
/** The "+" line as a row of the cursor: it stays on that line when rows are added above it. */
const newLine = -1;

interface Cell {
  /** A row index, or newLine. */
  readonly row: number;
  readonly col: number;
}
interface Editing extends Cell {
  readonly initial: string;
}
/** The row being typed on the "+" line: its cells so far, shown there until it is in the list. */
interface Draft<R> {
  readonly values: Readonly<Record<string, string>>;
  readonly save: NewRowSave<R>;
}

const origin: Cell = { row: 0, col: 0 };

/** Pasted text for a select column may be the label ("Có mặt") or the code ("co_mat"). */
function pastedValue<R>(column: GridColumn<R>, text: string): string {
  if (column.editor?.kind !== 'select') return text;
  const folded = foldForSearch(text);
  const option = column.editor.options.find((o) => foldForSearch(o.label) === folded || o.value === text);
  return option ? option.value : text;
}

export function DataGrid<R>(props: DataGridProps<R>) {
  const { columns, rowCount, rowAt, rowKey, appendRow } = props;
  const totalRows = rowCount + (appendRow ? 1 : 0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const typeInRef = useRef<HTMLInputElement>(null);
  const cellIds = useId();
  const cellId = (index: number, col: number) => `${cellIds}-${index}-${col}`;
  const [active, setActiveState] = useState<Cell>(origin);
  const activeRef = useRef(active);
  const setActive = (next: Cell) => {
    activeRef.current = next;
    setActiveState(next);
  };
  useLayoutEffect(() => {
    activeRef.current = active;
  }, [active]);
  const [anchor, setAnchor] = useState(0);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [draft, setDraft] = useState<Draft<R> | null>(null);
  // The row typed from the "+" line, once in the list: Tab goes on along it, and Enter ends it
  // and goes to the next new row, as in Excel.
  const [typedRow, setTypedRow] = useState<string | number | null>(null);

  // The data reloaded from scratch (another filter, another order): back to the top.
  const [shownResetKey, setShownResetKey] = useState(props.resetKey);
  if (shownResetKey !== props.resetKey) {
    setShownResetKey(props.resetKey);
    setActiveState(origin);
    setAnchor(0);
    setEditing(null);
    setDraft(null);
    setTypedRow(null);
  }

  /** Where a cursor row is now; rows that disappeared (filter, delete) leave it on the last one. */
  const indexOf = (row: number) => Math.max(0, Math.min(row === newLine ? rowCount : row, totalRows - 1));
  const activeIndex = indexOf(active.row);
  const onNewLine = !!appendRow && activeIndex === rowCount;

  // Once the row typed on the "+" line is saved, the cursor goes to it, wherever the list put
  // it (by protocol order or by name). A row the list does not show (filtered out, or on a page
  // not loaded) stays on the "+" line, where the cells typed next still go to it.
  const added = draft?.save.added();
  if (added !== undefined && !editing) {
    const key = rowKey(added);
    for (let i = 0; i < rowCount; i++) {
      const row = rowAt(i);
      if (row === undefined || rowKey(row) !== key) continue;
      setDraft(null);
      setTypedRow(key);
      setActiveState({ row: i, col: active.col });
      setAnchor(i);
      break;
    }
  }

  // A cell typed on that row may move it (a position, in protocol order): the cursor goes with
  // it; moved out of the rows loaded, the row typed ends there.
  const shownHere = activeIndex < rowCount ? rowAt(activeIndex) : undefined;
  if (typedRow !== null && !editing && shownHere !== undefined && rowKey(shownHere) !== typedRow) {
    let moved = -1;
    for (let i = 0; i < rowCount && moved < 0; i++) {
      const row = rowAt(i);
      if (row !== undefined && rowKey(row) === typedRow) moved = i;
    }
    if (moved < 0) setTypedRow(null);
    else {
      setActiveState({ row: moved, col: active.col });
      setAnchor(moved);
    }
  }

  // The virtualizer's measuring functions change with every render; React Compiler (which the
  // app does not use) could not memoize around them, so nothing is lost by its warning.
  // eslint-disable-next-line react-hooks/incompatible-library
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

  const anchorIndex = indexOf(anchor);
  const selectionStart = Math.min(anchorIndex, activeIndex);
  const selectionEnd = Math.max(anchorIndex, activeIndex);
  const selectedRows = (): R[] => {
    const rows: R[] = [];
    for (let i = selectionStart; i <= Math.min(selectionEnd, rowCount - 1); i++) {
      const row = rowAt(i);
      if (row !== undefined) rows.push(row);
    }
    return rows;
  };

  const { onSelectionChange } = props;
  const activeRowValue = activeIndex < rowCount ? rowAt(activeIndex) : undefined;
  // Told when the range, the row under the cursor or that row's data changes; the rows are
  // read as they are then (a page of them may have loaded since).
  const selection = useLatest(selectedRows);
  useEffect(() => {
    onSelectionChange?.(selection.current(), activeRowValue, activeIndex);
  }, [selectionStart, selectionEnd, activeRowValue, activeIndex, onSelectionChange, selection]);

  useLayoutEffect(() => {
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${activeIndex}:${active.col}"]`);
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [activeIndex, active.col, virtualizer]);

  const focusGrid = () => typeInRef.current?.focus({ preventScroll: true });

  const moveTo = (row: number, col: number, extend = false) => {
    const index = Math.max(0, Math.min(totalRows - 1, row));
    const next = {
      row: appendRow && index === rowCount ? newLine : index,
      col: Math.max(0, Math.min(columns.length - 1, col)),
    };
    // Leaving the "+" line ends the row typed there; its cells still being saved are not lost.
    if (next.row !== newLine) setDraft(null);
    if (index !== activeIndex) setTypedRow(null);
    setActive(next);
    if (!extend) setAnchor(next.row);
  };
  /** Enter at the end of a new row: the next one starts where a row starts. */
  const toNextNewRow = () => {
    const start = columns.findIndex((c) => c.key === appendRow?.startColumns[0]);
    moveTo(rowCount, Math.max(0, start));
  };
  const moveAfter = (row: number, col: number, move: Move) => {
    if (move === 'down') moveTo(row + 1, col);
    else if (move === 'right') moveTo(row, col + 1);
    else if (move === 'left') moveTo(row, col - 1);
  };

  const { controller } = props;
  useLayoutEffect(() => {
    if (!controller) return;
    controller.current = {
      moveToRow: (index) => moveTo(index, activeRef.current.col),
      activeRow: () => indexOf(activeRef.current.row),
      focus: focusGrid,
    };
  });

  const editorAt = (index: number, column: GridColumn<R>): GridEditor | undefined => {
    if (!appendRow || index !== rowCount || draft) return column.editor;
    return appendRow.startColumns.includes(column.key)
      ? (appendRow.editorFor?.(column.key) ?? column.editor)
      : undefined;
  };

  const startEdit = (initial?: string) => {
    const column = columns[active.col];
    if (!editorAt(activeIndex, column)) return;
    const row = onNewLine ? undefined : rowAt(activeIndex);
    if (!onNewLine && row === undefined) return;
    const current = row !== undefined ? column.value(row) : (draft?.values[column.key] ?? '');
    setEditing({ row: onNewLine ? newLine : activeIndex, col: active.col, initial: initial ?? current });
  };

  /** A cell of the "+" line saved: the first adds the row, the next ones are saved on it. */
  const commitNewLine = (
    column: GridColumn<R>,
    col: number,
    value: string,
    move: Move,
    alongside?: Readonly<Record<string, string>>,
  ) => {
    const values = { ...draft?.values, ...alongside, [column.key]: value };
    const staysOnRow = move === 'left' || move === 'right' || move === 'none';
    if (draft) {
      if (value !== (draft.values[column.key] ?? '')) draft.save.fill(column.key, value);
      setDraft(staysOnRow ? { ...draft, values } : null);
    } else if (value.trim() !== '' && appendRow) {
      const save = saveNewRow(
        () => appendRow.onAppend([values]),
        (row, key, text) => props.onEdit?.(row, key, text) ?? Promise.resolve(),
        // An answer of no row (already in the list, refused) ends the row typed on the "+" line.
        () => setDraft((d) => (d?.save !== save ? d : save.added() === undefined ? null : { ...d })),
      );
      if (staysOnRow) setDraft({ values, save });
    }
    if (move === 'down') toNextNewRow();
    else moveAfter(rowCount, col, move);
  };

  const commit = (value: string, move: Move = 'down', alongside?: Readonly<Record<string, string>>) => {
    if (!editing) return;
    const { row: index, col } = editing;
    const column = columns[col];
    setEditing(null);
    focusGrid();
    if (index === newLine) {
      commitNewLine(column, col, value, move, alongside);
      return;
    }
    const row = rowAt(index);
    if (move === 'down' && row !== undefined && rowKey(row) === typedRow) toNextNewRow();
    else moveAfter(index, col, move);
    if (row !== undefined && value !== column.value(row)) void props.onEdit?.(row, column.key, value);
  };

  const cancel = () => {
    setEditing(null);
    focusGrid();
  };

  const copy = (event: React.ClipboardEvent) => {
    const rows = selectedRows();
    const text =
      rows.length > 1
        ? formatTsv(rows.map((r) => columns.map((c) => displayText(c, r))))
        : activeRowValue !== undefined
          ? displayText(columns[active.col], activeRowValue)
          : '';
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
  };

  const paste = async (text: string) => {
    const matrix = parseTsv(text).filter((r) => r.some((c) => c.trim() !== ''));
    if (matrix.length === 0) return;
    const edits: CellEdit<R>[] = [];
    const appended: Record<string, string>[] = [];
    matrix.forEach((cells, i) => {
      const index = activeIndex + i;
      if (index < rowCount) {
        const row = rowAt(index);
        if (row === undefined) return;
        cells.forEach((cell, j) => {
          const column = columns[active.col + j];
          if (column?.editor) edits.push({ row, columnKey: column.key, value: pastedValue(column, cell.trim()) });
        });
      } else if (appendRow || props.onPaste) {
        const record: Record<string, string> = {};
        cells.forEach((cell, j) => {
          const column = columns[active.col + j];
          if (column) record[column.key] = pastedValue(column, cell.trim());
        });
        appended.push(record);
      }
    });
    if (props.onPaste) {
      await props.onPaste(edits, appended);
      return;
    }
    if (edits.length > 0) {
      if (props.onEditMany) await props.onEditMany(edits);
      else for (const e of edits) await props.onEdit?.(e.row, e.columnKey, e.value);
    }
    if (appended.length > 0 && appendRow) await appendRow.onAppend(appended);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // A composition keyboard's keys belong to the word it is composing in the type-in box.
    if (editing || event.nativeEvent.isComposing || event.keyCode === 229) return;
    const row = activeIndex < rowCount ? rowAt(activeIndex) : undefined;
    if (row !== undefined && props.onRowKeyDown?.(event, row, activeIndex)) {
      event.preventDefault();
      return;
    }
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    const ctrl = event.ctrlKey || event.metaKey;
    const handled = (() => {
      switch (event.key) {
        case 'ArrowDown':
          moveTo(ctrl ? totalRows - 1 : activeIndex + 1, active.col, event.shiftKey);
          return true;
        case 'ArrowUp':
          moveTo(ctrl ? 0 : activeIndex - 1, active.col, event.shiftKey);
          return true;
        case 'ArrowRight':
          moveTo(activeIndex, ctrl ? columns.length - 1 : active.col + 1);
          return true;
        case 'ArrowLeft':
          moveTo(activeIndex, ctrl ? 0 : active.col - 1);
          return true;
        case 'PageDown':
          moveTo(activeIndex + page, active.col, event.shiftKey);
          return true;
        case 'PageUp':
          moveTo(activeIndex - page, active.col, event.shiftKey);
          return true;
        case 'Home':
          moveTo(ctrl ? 0 : activeIndex, 0);
          return true;
        case 'End':
          moveTo(ctrl ? totalRows - 1 : activeIndex, columns.length - 1);
          return true;
        case 'Tab':
          moveTo(activeIndex, active.col + (event.shiftKey ? -1 : 1));
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

  const columnLeft = numberColumnWidth + columns.slice(0, active.col).reduce((s, c) => s + c.width, 0);
  const width = numberColumnWidth + columns.reduce((s, c) => s + c.width, 0);
  return (
    <div
      className="grid"
      role="grid"
      aria-label={props.label}
      aria-rowcount={totalRows}
      aria-activedescendant={cellId(activeIndex, active.col)}
      tabIndex={-1}
      ref={scrollRef}
      onFocus={(e) => e.target === e.currentTarget && focusGrid()}
      onKeyDown={onKeyDown}
      onCopy={(e) => !editing && copy(e)}
      onPaste={(e) => {
        if (editing) return;
        e.preventDefault();
        void paste(e.clipboardData.getData('text/plain'));
      }}
    >
      <div className="grid-header" role="row" style={{ width }}>
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
      <div className="grid-body" style={{ height: virtualizer.getTotalSize(), width }}>
        {items.map((item) => {
          const isAppend = item.index === rowCount;
          const row = isAppend ? undefined : rowAt(item.index);
          const selected = item.index >= selectionStart && item.index <= selectionEnd;
          return (
            <div
              // The "+" line keeps its key as rows are added above it, so an editor open on it stays.
              key={isAppend ? 'new' : row !== undefined ? rowKey(row) : `i${item.index}`}
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
                const isActive = activeIndex === item.index && active.col === col;
                const isEditing = editing !== null && indexOf(editing.row) === item.index && editing.col === col;
                const editor = editorAt(item.index, column);
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
                    id={cellId(item.index, col)}
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
                      draft ? (
                        labelOf(column, draft.values[column.key] ?? '')
                      ) : appendRow?.startColumns[0] === column.key ? (
                        <span className="placeholder">{appendRow.placeholder}</span>
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
        <TypeIn
          ref={typeInRef}
          box={{ top: activeIndex * rowHeight, left: columnLeft, width: columns[active.col]?.width, height: rowHeight }}
          activeCell={cellId(activeIndex, active.col)}
          onText={startEdit}
        />
      </div>
    </div>
  );
}

/** A select column's code as its label; an empty choice ("(Chưa gán điểm cầu)") reads better as an empty cell. */
function labelOf<R>(column: GridColumn<R>, value: string): string {
  if (column.editor?.kind === 'select' && value !== '')
    return column.editor.options.find((o) => o.value === value)?.label ?? value;
  return value;
}

function displayText<R>(column: GridColumn<R>, row: R): string {
  return labelOf(column, column.value(row));
}
