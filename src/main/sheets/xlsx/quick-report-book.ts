// "Báo cáo nhanh" as Excel: the paragraph for the chair and the minutes above the counts per
// level (totals as SUM formulas), and a second sheet with the points that have problems.
import type { QuickReport } from '../../../shared/conference-day/day-calls';
import { listTitle, type SheetHeading } from './attendee-book';
import { fittedWidth, longest, ReportSheet } from './report-sheet';
import { writeWorkbook } from './workbook-file';

export async function writeQuickReportBook(
  file: string,
  heading: SheetHeading,
  moment: string,
  report: QuickReport,
): Promise<number> {
  return writeWorkbook(file, (workbook) => {
    const { levels, points, delegates, problemPoints } = report.figures;
    const sheet = new ReportSheet(workbook, {
      name: 'Báo cáo nhanh',
      title: [
        ...listTitle(heading, 'Báo cáo nhanh'),
        { text: `(Tính đến ${moment})`, size: 12, italic: true },
        { text: report.paragraph, size: 12, left: true },
      ],
      columns: [
        { header: 'Cấp', type: 'text', width: fittedWidth(longest(levels.map((l) => l.level)), 16, 28) },
        { header: 'Số điểm cầu', type: 'count', width: 12 },
        { header: 'Đã kết nối', type: 'count', width: 12 },
        { header: 'Sự cố', type: 'count', width: 10 },
        { header: 'Triệu tập', type: 'count', width: 12 },
        { header: 'Có mặt', type: 'count', width: 12 },
        { header: 'Vắng', type: 'count', width: 10 },
        { header: 'Chưa điểm danh', type: 'count', width: 12 },
      ],
    });
    const first = sheet.nextRow;
    for (const l of levels)
      sheet.add([l.level, l.points, l.connected, l.problems, l.invited, l.present, l.absent, l.unknown]);
    const last = first + levels.length - 1;
    const total = (column: string, result: number) =>
      levels.length > 0 ? { formula: `SUM(${column}${first}:${column}${last})`, result } : result;
    sheet.addTotal([
      'Tổng cộng',
      total('B', points.total),
      total('C', points.connected),
      total('D', points.problems),
      total('E', delegates.invited),
      total('F', delegates.present),
      total('G', delegates.absent),
      total('H', delegates.unknown),
    ]);
    sheet.finish();
    if (problemPoints.length > 0) {
      const problems = new ReportSheet(workbook, {
        name: 'Điểm cầu sự cố',
        title: listTitle(heading, 'Điểm cầu gặp sự cố kết nối'),
        columns: [
          { header: 'TT', type: 'order', width: 5 },
          { header: 'Điểm cầu', type: 'text', width: fittedWidth(longest(problemPoints.map((p) => p.name)), 20, 40) },
          { header: 'Ghi chú', type: 'text', width: fittedWidth(longest(problemPoints.map((p) => p.note)), 16, 40) },
        ],
      });
      problemPoints.forEach((p, i) => problems.add([i + 1, p.name, p.note]));
      problems.finish();
    }
    return levels.length;
  });
}
