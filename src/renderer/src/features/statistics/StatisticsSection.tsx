// A table of the period that can run to thousands of rows (the points of a national year):
// the first rows, and all of them on demand.
import { useState } from 'react';
import { ListTable, type ListColumn } from '../../components/ListTable';
import { formatCount } from '../../lib/format';

const firstRows = 50;

interface Props<R> {
  readonly title: string;
  readonly columns: readonly ListColumn<R>[];
  readonly rows: readonly R[];
  readonly rowKey: (row: R) => string | number;
  /** What an empty table says instead; none where the period's conferences always fill it. */
  readonly empty?: string;
}

export function StatisticsSection<R>({ title, columns, rows, rowKey, empty }: Props<R>) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, firstRows);
  return (
    <section className="statistics-section" aria-label={title}>
      <h2>{title}</h2>
      {rows.length === 0 ? (
        empty && <p className="muted">{empty}</p>
      ) : (
        <ListTable label={title} columns={columns} rows={shown} rowKey={rowKey} />
      )}
      {shown.length < rows.length && (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          Xem tất cả ({formatCount(rows.length)})
        </button>
      )}
    </section>
  );
}
