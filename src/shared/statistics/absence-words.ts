// Why the period's delegates were missing, in words, for the report and `report period`:
// points that report only their numbers say how many were missing, not why, so those stand apart.
import type { PeriodDelegates } from './statistics-types';

const count = (n: number) => n.toLocaleString('vi-VN');

/** The absent counted from the numbers points reported, whose reasons nobody gave. */
export function absentByCount(d: PeriodDelegates): number {
  return d.absent - d.absentWithReason - d.absentWithoutReason;
}

export function absenceReasons(d: PeriodDelegates): string[] {
  const byCount = absentByCount(d);
  return [
    `${count(d.absentWithReason)} có lý do`,
    `${count(d.absentWithoutReason)} không lý do`,
    ...(byCount > 0 ? [`${count(byCount)} theo số điểm cầu báo`] : []),
  ];
}
