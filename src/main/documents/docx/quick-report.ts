// "Báo cáo nhanh" on one page: the official header, the title, the moment it describes, the
// paragraph for the chair and the minutes, the counts per level (with the total), the points
// that have problems, and the signature of the one who reports.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type Document,
} from 'docx';
import type { QuickReport } from '../../../shared/conference-day/day-calls';
import type { FormatProfile } from '../../../shared/documents/format-profile';
import { officialDocument } from './document';
import { officialHeader, textWidthTwips, type HeaderDetails } from './header';
import { bodyParagraph, centred, emptyLine } from './paragraphs';
import { signatureBlock, type SignerNames } from './signatures';
import { runs } from './text';

export interface QuickReportData {
  readonly header: HeaderDetails;
  readonly conferenceName: string;
  /** "14 giờ 35 phút, ngày 30/12/2026" */
  readonly moment: string;
  readonly report: QuickReport;
  readonly signerNames: SignerNames;
}

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const count = (n: number) => n.toLocaleString('vi-VN');

/** Points and delegates per level, with the total row. */
export function levelTable(profile: FormatProfile, report: QuickReport): Table {
  const size = profile.body.size - 1;
  const cell = (text: string, bold = false, left = false) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: left ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: runs(text, { size, bold }, profile),
        }),
      ],
    });
  const header = ['Cấp', 'Số điểm cầu', 'Đã kết nối', 'Sự cố', 'Triệu tập', 'Có mặt', 'Vắng', 'Chưa điểm danh'];
  const { levels, points, delegates } = report.figures;
  const rows = [
    new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
    ...levels.map(
      (l) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(l.level, false, true),
            ...[l.points, l.connected, l.problems, l.invited, l.present, l.absent, l.unknown].map((n) =>
              cell(count(n)),
            ),
          ],
        }),
    ),
    new TableRow({
      cantSplit: true,
      children: [
        cell('Tổng cộng', true, true),
        ...[
          points.total,
          points.connected,
          points.problems,
          delegates.invited,
          delegates.present,
          delegates.absent,
          delegates.unknown,
        ].map((n) => cell(count(n), true)),
      ],
    }),
  ];
  // The level's name takes a quarter of the width, so that "Tổng cộng" and "Xã, phường, đặc khu" keep to one line.
  const total = textWidthTwips(profile);
  const rest = Math.floor((total - Math.round(total / 4)) / (header.length - 1));
  return new Table({
    rows,
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: [total - rest * (header.length - 1), ...header.slice(1).map(() => rest)],
    borders,
  });
}

export function quickReportDocument(profile: FormatProfile, data: QuickReportData): Document {
  const body = profile.body.size;
  const { report } = data;
  const children: (Paragraph | Table)[] = [
    officialHeader(profile, data.header),
    centred(profile, 'Báo cáo nhanh', profile.documentType, 0, true, 18),
    centred(profile, `Tình hình kết nối và đại biểu dự ${data.conferenceName}`, profile.subject, 0),
    centred(
      profile,
      `(Tính đến ${data.moment})`,
      { size: body, bold: false, italic: true, caps: false, underline: false },
      12,
    ),
    bodyParagraph(profile, runs(report.paragraph, { size: body }, profile)),
    levelTable(profile, report),
    emptyLine(),
  ];
  if (report.figures.problemPoints.length > 0) {
    children.push(
      bodyParagraph(profile, runs('Các điểm cầu gặp sự cố kết nối:', { size: body, bold: true }, profile), {
        keepNext: true,
      }),
    );
    for (const p of report.figures.problemPoints) {
      children.push(
        bodyParagraph(profile, runs(`- ${p.name}${p.note ? `: ${p.note}` : ''}.`, { size: body }, profile)),
      );
    }
    children.push(emptyLine());
  }
  children.push(signatureBlock(profile, profile.signature.signers.quickReport, data.signerNames));
  return officialDocument(profile, { title: `Báo cáo nhanh ${data.conferenceName}`, subject: data.conferenceName }, [
    { children },
  ]);
}
