// A long list read a page at a time (usePagedRows) in the spreadsheet grid, under the line that
// counts it: a cell typed saves at once, a paste saves its cells one by one behind a progress bar.
import type { ReactNode } from 'react';
import { formatCount } from '../lib/format';
import { saveMany } from '../lib/save-many';
import type { PagedRows } from '../lib/use-paged-rows';
import { DataGrid, type DataGridProps } from './DataGrid';

interface Props<R> extends Omit<DataGridProps<R>, 'rowCount' | 'rowAt' | 'onVisibleRange' | 'onEdit' | 'onEditMany'> {
  readonly rows: PagedRows<R>;
  /** What the count calls the rows: "đại biểu", "người". */
  readonly noun: string;
  /** What to do when the list is cut short, e.g. "hãy gõ thêm để thu hẹp". */
  readonly narrow: string;
  /** The ways to work the list, after the count. */
  readonly hint: ReactNode;
  /** A cell's new text; `remember` is false for the cells of a paste, which are not undone one by one. */
  readonly save: (row: R, columnKey: string, value: string, remember: boolean) => Promise<boolean>;
  /** After the cells were saved, to read the list again. */
  readonly onSaved: () => Promise<void>;
}

export function PagedGrid<R>({ rows, noun, narrow, hint, save, onSaved, ...grid }: Props<R>) {
  const total = formatCount(rows.total);
  return (
    <>
      <p className="hint">
        {rows.truncated && (
          <strong>
            Có hơn {total} người khớp nên chỉ hiện {total} người đầu; {narrow}.{' '}
          </strong>
        )}
        {rows.loaded && !rows.truncated ? `${total} ${noun}. ` : ''}
        {hint}
      </p>
      <DataGrid<R>
        {...grid}
        rowCount={rows.total}
        rowAt={rows.rowAt}
        onVisibleRange={rows.ensureRange}
        onEdit={async (row, key, value) => {
          if (await save(row, key, value, true)) await onSaved();
        }}
        onEditMany={async (edits) => {
          await saveMany(edits, (e) => save(e.row, e.columnKey, e.value, false));
          await onSaved();
        }}
      />
    </>
  );
}
