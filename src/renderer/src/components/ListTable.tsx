// A short list read whole, as a plain table: one line a row, and the row's own buttons last,
// under a header only a screen reader names.
import type { ReactNode } from 'react';

export interface ListColumn<R> {
  readonly title: string;
  /** A count or a number: aligned right. */
  readonly numeric?: boolean;
  /** A date or a code, kept on one line. */
  readonly nowrap?: boolean;
  readonly cell: (row: R) => ReactNode;
}

interface Props<R> {
  readonly label?: string;
  readonly columns: readonly ListColumn<R>[];
  readonly rows: readonly R[];
  readonly rowKey: (row: R) => string | number;
  readonly actions?: (row: R) => ReactNode;
}

function cellClass({ numeric, nowrap }: ListColumn<never>): string | undefined {
  return [numeric && 'num', nowrap && 'nowrap'].filter(Boolean).join(' ') || undefined;
}

export function ListTable<R>({ label, columns, rows, rowKey, actions }: Props<R>) {
  return (
    <table className="list-table" aria-label={label}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.title} className={column.numeric ? 'num' : undefined}>
              {column.title}
            </th>
          ))}
          {actions && <th aria-label="Thao tác" />}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.title} className={cellClass(column)}>
                {column.cell(row)}
              </td>
            ))}
            {actions && <td className="row-actions">{actions(row)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
