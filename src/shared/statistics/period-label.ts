// The periods an office reports on (a quarter, a half year, a year, a month) as dates, and a
// period's name as a report's title gives it; any other two dates are named by their days.
import { dayMonthYear } from '../text/vietnamese-dates';

export interface DateRange {
  readonly from: string;
  readonly to: string;
}

const romans = ['I', 'II', 'III', 'IV'];

function monthRange(year: number, firstMonth: number, months: number): DateRange {
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastMonth = firstMonth + months - 1;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** Quarter 1 to 4. */
export function quarterRange(year: number, quarter: number): DateRange {
  return monthRange(year, 3 * (quarter - 1) + 1, 3);
}

/** Half 1 (đầu năm) or 2 (cuối năm). */
export function halfRange(year: number, half: number): DateRange {
  return monthRange(year, 6 * (half - 1) + 1, 6);
}

export function yearRange(year: number): DateRange {
  return monthRange(year, 1, 12);
}

export function periodLabel({ from, to }: DateRange): string {
  const year = Number(from.slice(0, 4));
  const same = (range: DateRange) => range.from === from && range.to === to;
  if (same(yearRange(year))) return `Năm ${year}`;
  for (const half of [1, 2]) {
    if (same(halfRange(year, half))) return `6 tháng ${half === 1 ? 'đầu' : 'cuối'} năm ${year}`;
  }
  for (const quarter of [1, 2, 3, 4]) {
    if (same(quarterRange(year, quarter))) return `Quý ${romans[quarter - 1]} năm ${year}`;
  }
  const month = Number(from.slice(5, 7));
  if (same(monthRange(year, month, 1))) return `Tháng ${month} năm ${year}`;
  if (from === to) return `Ngày ${dayMonthYear(from)}`;
  return `Từ ngày ${dayMonthYear(from)} đến ngày ${dayMonthYear(to)}`;
}

/** Every month the range touches, "2026-01" … "2026-03". */
export function monthsOf({ from, to }: DateRange): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}
