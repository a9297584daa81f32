// The counts of a conference, per bridge point and per level, with the totals as real
// formulas (SUM, and COUNTIF/SUMIF over the points' sheet) whose values are also stored, so
// the file reads right before any spreadsheet recalculates it.
import { inLevelOrder, unknownLevel } from '../../../shared/conference-day/figures';
import type { DelegateFigures } from '../../../shared/conference-day/day-calls';
import { AppError } from '../../../shared/errors';
import { listTitle, type SheetHeading } from './attendee-book';
import { writeWorkbook } from './workbook-file';
import { fittedWidth, longest, ReportSheet, type ReportColumn } from './report-sheet';

export interface SummaryPoint {
  readonly name: string;
  readonly level: string | null;
  readonly parentName: string | null;
  readonly figures: DelegateFigures;
  /** False while nobody at the point is marked and it reported no count: only the invited are known. */
  readonly reported: boolean;
}

const pointsSheet = 'Theo điểm cầu';
const levelsSheet = 'Theo cấp';

/** The figures' columns, as the minutes and the quick report give them; each adds up to "Triệu tập". */
const figureColumns: readonly {
  readonly key: keyof DelegateFigures;
  readonly header: string;
  /** Known before the roll call too. */
  readonly always?: boolean;
}[] = [
  { key: 'invited', header: 'Triệu tập', always: true },
  { key: 'present', header: 'Có mặt' },
  { key: 'late', header: 'Trong đó đến muộn' },
  { key: 'absentWithReason', header: 'Vắng có lý do' },
  { key: 'absentWithoutReason', header: 'Vắng không lý do' },
  { key: 'absentByCount', header: 'Vắng (điểm cầu báo số lượng)' },
  { key: 'unknown', header: 'Chưa điểm danh' },
  { key: 'confirmed', header: 'Trong đó đã xác nhận', always: true },
];

/** A criterion that matches the text exactly (no wildcards, no comparison). */
function exactly(text: string): string {
  return `"=${text.replace(/[~*?]/g, '~$&').replace(/"/g, '""')}"`;
}

const sum = (values: readonly (number | null)[]) => values.reduce<number>((total, v) => total + (v ?? 0), 0);
/** "A", "B", … for the 1-based column. */
const letter = (column: number) => String.fromCharCode(64 + column);

export async function writeSummaryBook(
  file: string,
  heading: SheetHeading,
  points: readonly SummaryPoint[],
): Promise<number> {
  if (points.length === 0)
    throw new AppError(
      'NOT_FOUND',
      'Hội nghị chưa có điểm cầu nào nên chưa có gì để tổng hợp. Hãy gắn điểm cầu cho hội nghị trước.',
    );
  // A column no point has anything in (no point reports numbers only, say) is left out.
  const figures = figureColumns.filter((c) => c.always || points.some((p) => p.reported && p.figures[c.key] > 0));
  const value = (p: SummaryPoint, key: keyof DelegateFigures) =>
    p.reported || figureColumns.find((c) => c.key === key)?.always ? p.figures[key] : null;
  return writeWorkbook(file, (workbook) => {
    const counts: ReportColumn[] = figures.map((c) => ({ header: c.header, type: 'count', width: 10 }));
    /** A sheet of the counts by point or by level: TT, what it goes by, then the figures. */
    const summarySheet = (name: string, by: string, columns: readonly ReportColumn[]) =>
      new ReportSheet(workbook, {
        name,
        title: listTitle(heading, `Tổng hợp số lượng đại biểu theo ${by}`),
        columns: [{ header: 'TT', type: 'order', width: 5 }, ...columns, ...counts],
      });
    const byPoint = summarySheet(pointsSheet, 'điểm cầu', [
      { header: 'Điểm cầu', type: 'text', width: fittedWidth(longest(points.map((p) => p.name)), 20, 40) },
      {
        header: 'Cấp',
        type: 'text',
        width: fittedWidth(longest(points.map((p) => p.level ?? unknownLevel)), 12, 20),
        center: true,
      },
      { header: 'Thuộc', type: 'text', width: fittedWidth(longest(points.map((p) => p.parentName)), 12, 30) },
    ]);
    // Figures start after TT, Điểm cầu, Cấp, Thuộc on the points' sheet, after TT, Cấp, Số điểm cầu on the levels'.
    const pointColumn = (i: number) => letter(5 + i);
    const first = byPoint.nextRow;
    points.forEach((p, i) =>
      byPoint.add([i + 1, p.name, p.level ?? unknownLevel, p.parentName, ...figures.map((c) => value(p, c.key))]),
    );
    const last = first + points.length - 1;
    byPoint.addTotal([
      null,
      'Tổng cộng',
      null,
      null,
      ...figures.map((c, i) => ({
        formula: `SUM(${pointColumn(i)}${first}:${pointColumn(i)}${last})`,
        result: sum(points.map((p) => value(p, c.key))),
      })),
    ]);
    byPoint.finish();

    // Levels compared as SUMIF compares them: without case.
    const levels = new Map<string, { label: string; points: SummaryPoint[] }>();
    for (const p of points) {
      const label = p.level ?? unknownLevel;
      const key = label.toLocaleLowerCase('vi-VN');
      const entry = levels.get(key) ?? { label, points: [] };
      entry.points.push(p);
      levels.set(key, entry);
    }
    const ordered = inLevelOrder([...levels.values()], (l) => l.label);
    const byLevel = summarySheet(levelsSheet, 'cấp', [
      { header: 'Cấp', type: 'text', width: fittedWidth(longest(ordered.map((l) => l.label)), 16, 30) },
      { header: 'Số điểm cầu', type: 'count', width: 11 },
    ]);
    const range = (column: string) => `'${pointsSheet}'!$${column}$${first}:$${column}$${last}`;
    const levelFirst = byLevel.nextRow;
    ordered.forEach((level, i) => {
      const criterion = exactly(level.label);
      byLevel.add([
        i + 1,
        level.label,
        { formula: `COUNTIF(${range('C')},${criterion})`, result: level.points.length },
        ...figures.map((c, j) => ({
          formula: `SUMIF(${range('C')},${criterion},${range(pointColumn(j))})`,
          result: sum(level.points.map((p) => value(p, c.key))),
        })),
      ]);
    });
    const levelLast = levelFirst + levels.size - 1;
    const levelTotal = (column: string, result: number) => ({
      formula: `SUM(${column}${levelFirst}:${column}${levelLast})`,
      result,
    });
    byLevel.addTotal([
      null,
      'Tổng cộng',
      levelTotal('C', points.length),
      ...figures.map((c, j) => levelTotal(letter(4 + j), sum(points.map((p) => value(p, c.key))))),
    ]);
    byLevel.finish();
    return points.length;
  });
}
