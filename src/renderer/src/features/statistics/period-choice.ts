// The period the secretary picks on the Thống kê screen, and the two days it stands for.
import { halfRange, quarterRange, yearRange } from '../../../../shared/statistics/period-label';

export type PeriodMode = 'quarter' | 'half' | 'year' | 'range';
export type Quarter = 1 | 2 | 3 | 4;
export type Half = 1 | 2;

export interface PeriodChoice {
  readonly mode: PeriodMode;
  readonly year: number;
  readonly quarter: Quarter;
  readonly half: Half;
  /** The two days of "Khoảng ngày", as the date inputs give them ('' while not typed). */
  readonly from: string;
  readonly to: string;
}

/** The quarter of today: what the secretary reports on most often. */
export function currentQuarter(today = new Date()): PeriodChoice {
  const year = today.getFullYear();
  const quarter = (Math.floor(today.getMonth() / 3) + 1) as Quarter;
  const { from, to } = quarterRange(year, quarter);
  return { mode: 'quarter', year, quarter, half: quarter <= 2 ? 1 : 2, from, to };
}

/** The two days of the choice; null while "Khoảng ngày" lacks one of them. */
export function choiceRange(choice: PeriodChoice): { from: string; to: string } | null {
  switch (choice.mode) {
    case 'quarter':
      return quarterRange(choice.year, choice.quarter);
    case 'half':
      return halfRange(choice.year, choice.half);
    case 'year':
      return yearRange(choice.year);
    case 'range':
      return choice.from && choice.to ? { from: choice.from, to: choice.to } : null;
  }
}
