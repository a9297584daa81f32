// The columns the period's tables share: a conference linked to its screen, and the delegates
// of a row (present of invited, late, absent with and without a reason, the rate).
import { createElement } from 'react';
import type { ListColumn } from '../../components/ListTable';
import type { PeriodDelegates } from '../../../../shared/statistics/statistics-types';
import { routeHash } from '../../app/route';
import { formatCount, formatDate } from '../../lib/format';
import { rateText } from '../../../../shared/statistics/rate-text';

export function conferenceLink(id: number, name: string) {
  return createElement('a', { href: routeHash({ view: 'conference', id, tab: 'info' }) }, name);
}

export function dateColumn<R>(date: (row: R) => string): ListColumn<R> {
  return { title: 'Ngày', nowrap: true, cell: (row) => formatDate(date(row)) };
}

export function delegateColumns<R extends PeriodDelegates>(): readonly ListColumn<R>[] {
  return [
    {
      title: 'Có mặt/Triệu tập',
      numeric: true,
      nowrap: true,
      cell: (r) => `${formatCount(r.present)}/${formatCount(r.invited)}`,
    },
    { title: 'Đến muộn', numeric: true, cell: (r) => formatCount(r.late) },
    { title: 'Vắng có lý do', numeric: true, cell: (r) => formatCount(r.absentWithReason) },
    { title: 'Vắng không lý do', numeric: true, cell: (r) => formatCount(r.absentWithoutReason) },
    { title: 'Tỷ lệ', numeric: true, nowrap: true, cell: (r) => rateText(r.rate) },
  ];
}
