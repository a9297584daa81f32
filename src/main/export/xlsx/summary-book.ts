// The counts of a conference, per bridge point and per level, with the totals as real
// formulas (SUM, and COUNTIF/SUMIF over the points' sheet) whose values are also stored, so
// the file reads right before any spreadsheet recalculates it.
import { inLevelOrder, unknownLevel } from '../../../shared/conference-day/figures';
import { AppError } from '../../../shared/errors';
import { listTitle, type SheetHeading } from './attendee-book';
import { writeWorkbook } from './workbook-file';
import { fittedWidth, longest, ReportSheet, type ReportColumn } from './report-sheet';

export interface SummaryPoint {
  readonly name: string;
  readonly level: string | null;
  readonly parentName: string | null;
  readonly invited: number;
  /** Null while the point has not reported. */
  readonly present: number | null;
  readonly absent: number;
}

const pointsSheet = 'Theo điểm cầu';
const levelsSheet = 'Theo cấp';

/** A criterion that matches the text exactly (no wildcards, no comparison). */
function exactly(text: string): string {
  return `"=${text.replace(/[~*?]/g, '~$&').replace(/"/g, '""')}"`;
}

const sum = (values: readonly (number | null)[]) => values.reduce<number>((total, v) => total + (v ?? 0), 0);

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
  return writeWorkbook(file, (workbook) => {
    const counts: ReportColumn[] = [
      { header: 'Số được mời', type: 'count', width: 11 },
      { header: 'Có mặt', type: 'count', width: 10 },
      { header: 'Vắng', type: 'count', width: 10 },
    ];
    const byPoint = new ReportSheet(workbook, {
      name: pointsSheet,
      title: listTitle(heading, 'Tổng hợp số lượng đại biểu theo điểm cầu'),
      columns: [
        { header: 'TT', type: 'order', width: 5 },
        { header: 'Điểm cầu', type: 'text', width: fittedWidth(longest(points.map((p) => p.name)), 20, 40) },
        {
          header: 'Cấp',
          type: 'text',
          width: fittedWidth(longest(points.map((p) => p.level ?? unknownLevel)), 12, 20),
          center: true,
        },
        { header: 'Thuộc', type: 'text', width: fittedWidth(longest(points.map((p) => p.parentName)), 12, 30) },
        ...counts,
      ],
    });
    const first = byPoint.nextRow;
    points.forEach((p, i) =>
      byPoint.add([i + 1, p.name, p.level ?? unknownLevel, p.parentName, p.invited, p.present, p.absent]),
    );
    const last = first + points.length - 1;
    const total = (column: string, values: readonly (number | null)[]) => ({
      formula: `SUM(${column}${first}:${column}${last})`,
      result: sum(values),
    });
    byPoint.addTotal([
      null,
      'Tổng cộng',
      null,
      null,
      total(
        'E',
        points.map((p) => p.invited),
      ),
      total(
        'F',
        points.map((p) => p.present),
      ),
      total(
        'G',
        points.map((p) => p.absent),
      ),
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
    const byLevel = new ReportSheet(workbook, {
      name: levelsSheet,
      title: listTitle(heading, 'Tổng hợp số lượng đại biểu theo cấp'),
      columns: [
        { header: 'TT', type: 'order', width: 5 },
        { header: 'Cấp', type: 'text', width: fittedWidth(longest(ordered.map((l) => l.label)), 16, 30) },
        { header: 'Số điểm cầu', type: 'count', width: 11 },
        ...counts,
      ],
    });
    const range = (column: string) => `'${pointsSheet}'!$${column}$${first}:$${column}$${last}`;
    const levelFirst = byLevel.nextRow;
    ordered.forEach((level, i) => {
      const criterion = exactly(level.label);
      const sumIf = (column: string, values: readonly (number | null)[]) => ({
        formula: `SUMIF(${range('C')},${criterion},${range(column)})`,
        result: sum(values),
      });
      byLevel.add([
        i + 1,
        level.label,
        { formula: `COUNTIF(${range('C')},${criterion})`, result: level.points.length },
        sumIf(
          'E',
          level.points.map((p) => p.invited),
        ),
        sumIf(
          'F',
          level.points.map((p) => p.present),
        ),
        sumIf(
          'G',
          level.points.map((p) => p.absent),
        ),
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
      levelTotal('D', sum(points.map((p) => p.invited))),
      levelTotal('E', sum(points.map((p) => p.present))),
      levelTotal('F', sum(points.map((p) => p.absent))),
    ]);
    byLevel.finish();
    return points.length;
  });
}
