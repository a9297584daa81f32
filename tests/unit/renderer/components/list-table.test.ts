// The plain list table keeps the markup the lists had by hand: counts right-aligned, dates on
// one line, and the row's buttons last under a header only a screen reader names.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ListTable, type ListColumn } from '../../../../src/renderer/src/components/ListTable';

interface Row {
  readonly id: number;
  readonly day: string;
  readonly count: number;
}
const columns: readonly ListColumn<Row>[] = [
  { title: 'Lúc', nowrap: true, cell: (r) => r.day },
  { title: 'Số', numeric: true, nowrap: true, cell: (r) => r.count },
  { title: 'Đại biểu', numeric: true, cell: (r) => r.count },
];
const rows: readonly Row[] = [{ id: 1, day: '07/12/2026', count: 12 }];

describe('ListTable', () => {
  it('classes the cells as their column says', () => {
    const html = renderToStaticMarkup(createElement(ListTable<Row>, { columns, rows, rowKey: (r) => r.id }));
    expect(html).toBe(
      '<table class="list-table"><thead><tr><th>Lúc</th><th class="num">Số</th><th class="num">Đại biểu</th></tr></thead>' +
        '<tbody><tr><td class="nowrap">07/12/2026</td><td class="num nowrap">12</td><td class="num">12</td></tr></tbody></table>',
    );
  });

  it('ends each row with its buttons under "Thao tác"', () => {
    const html = renderToStaticMarkup(
      createElement(ListTable<Row>, {
        label: 'Các lần nhập',
        columns: columns.slice(0, 1),
        rows,
        rowKey: (r) => r.id,
        actions: (r) => createElement('button', { type: 'button' }, `Xoá ${r.id}`),
      }),
    );
    expect(html).toBe(
      '<table class="list-table" aria-label="Các lần nhập"><thead><tr><th>Lúc</th><th aria-label="Thao tác"></th></tr></thead>' +
        '<tbody><tr><td class="nowrap">07/12/2026</td><td class="row-actions"><button type="button">Xoá 1</button></td></tr></tbody></table>',
    );
  });
});
