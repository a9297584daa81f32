// The conference's bridge points for the technical team and the leaders: who presides at
// each, who to call about the link and whether it works.
import { listTitle, type SheetHeading } from './attendee-book';
import { writeWorkbook } from './workbook-file';
import { fittedWidth, longest, ReportSheet } from './report-sheet';

export interface ListedBridgePoint {
  readonly name: string;
  readonly level: string | null;
  readonly parentName: string | null;
  readonly address: string | null;
  /** "Nguyễn Văn A, Bí thư Huyện ủy" */
  readonly presiding: string | null;
  readonly techContact: string | null;
  readonly techPhone: string | null;
  readonly status: string;
  /** "14:05 30/12/2026" */
  readonly checkedAt: string | null;
  readonly note: string | null;
}

export async function writeBridgePointBook(
  file: string,
  heading: SheetHeading,
  points: readonly ListedBridgePoint[],
): Promise<number> {
  return writeWorkbook(file, (workbook) => {
    const sheet = new ReportSheet(workbook, {
      name: 'Danh sách điểm cầu',
      title: listTitle(heading, 'Danh sách điểm cầu'),
      columns: [
        { header: 'TT', type: 'order', width: 5 },
        {
          header: 'Điểm cầu',
          type: 'text',
          width: fittedWidth(longest(points.map((p) => p.name)), 18, 34),
          narrowest: 18,
        },
        // "Xã, phường, đặc khu" on one line where the page allows.
        { header: 'Cấp', type: 'text', width: fittedWidth(longest(points.map((p) => p.level)), 10, 20), center: true },
        { header: 'Thuộc', type: 'text', width: fittedWidth(longest(points.map((p) => p.parentName)), 10, 26) },
        { header: 'Địa chỉ', type: 'text', width: fittedWidth(longest(points.map((p) => p.address)), 12, 30) },
        { header: 'Người chủ trì', type: 'text', width: fittedWidth(longest(points.map((p) => p.presiding)), 14, 34) },
        {
          header: 'Cán bộ kỹ thuật',
          type: 'text',
          width: fittedWidth(longest(points.map((p) => p.techContact)), 14, 24),
        },
        { header: 'Điện thoại kỹ thuật', type: 'text', width: 13, center: true },
        { header: 'Kết nối', type: 'text', width: 13, center: true },
        { header: 'Kiểm tra lúc', type: 'text', width: 17, center: true },
        { header: 'Ghi chú', type: 'text', width: fittedWidth(longest(points.map((p) => p.note)), 10, 26) },
      ],
    });
    points.forEach((p, i) =>
      sheet.add([
        i + 1,
        p.name,
        p.level,
        p.parentName,
        p.address,
        p.presiding,
        p.techContact,
        p.techPhone,
        p.status,
        p.checkedAt,
        p.note,
      ]),
    );
    sheet.finish();
    return points.length;
  });
}
