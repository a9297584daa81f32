// "Báo cáo tình hình tổ chức hội nghị trực tuyến" of a quarter, a half or a year to the
// superior body, laid out as the conference's Báo cáo kết quả (report.ts): the header with the
// register's number, the tên loại and the trích yếu, the period's figures in words and in
// tables (by kind, the conferences, the points with the lowest attendance, the points with
// connection problems, the people absent again and again), an assessment said only from
// those figures, "Nơi nhận" and the signer. Every number is read from the PeriodFigures the
// Thống kê screen shows.
import type { Document, FileChild } from 'docx';
import type { FormatProfile } from '../../../shared/documents/format-profile';
import { paragraph, richDoc } from '../../../shared/drafting/rich-text';
import type { PeriodFigures } from '../../../shared/statistics/statistics-types';
import { dayMonthYear } from '../../../shared/text/vietnamese-dates';
import { officialDocument } from './document';
import { officialHeader, type HeaderDetails } from './header';
import type { Fragments } from './pack';
import { bodyParagraph, centred, emptyLine, numberedHeading } from './paragraphs';
import { recipientsAndSignature } from './recipients';
import type { SignerNames } from './signatures';
import { runs } from './text';
import { filterWords, lowerFirst, periodReportSubject } from '../../statistics/export/words';
import { absenceReasons } from '../../../shared/statistics/absence-words';
import { heldAndJoined } from '../../../shared/statistics/held-joined';
import { attendanceRate, rateText } from '../../../shared/statistics/rate-text';
import { xmlTable, type XmlColumn, type XmlRow } from './xml-table';

export interface PeriodReportData {
  readonly header: HeaderDetails;
  readonly figures: PeriodFigures;
  /** "Nơi nhận", one recipient a line. */
  readonly recipients: readonly string[];
  /** Who signs, as typed; null leaves the name to write by hand. */
  readonly signer: string | null;
}

/** The points listed by name in the report; the workbook has them all. */
export const lowestPointsShown = 20;
/** The report names the points with most problems and the people most absent; the workbook has them all. */
export const mostShown = 30;

/** The first `limit` rows, and the sentence that says the table is cut when it is. */
function firstOf<T>(rows: readonly T[], limit: number, cut: (shown: string, all: string) => string) {
  const shown = rows.slice(0, limit);
  return {
    shown,
    note: rows.length > shown.length ? cut(count(shown.length), count(rows.length)) : null,
  };
}
const inWorkbook = 'danh sách đầy đủ có trong tệp Excel thống kê của kỳ.';

const count = (n: number) => n.toLocaleString('vi-VN');

/** Held by the office, joined from its own point, or both: what the opening sentence says it did. */
function openingWords(f: PeriodFigures): { did: string; split: string[]; note: string } {
  const { held, joined } = heldAndJoined(f.conferences);
  const all = count(f.conferences.length);
  if (joined === 0) return { did: `đã tổ chức ${all} hội nghị trực tuyến`, split: [], note: '' };
  const note =
    ' Số điểm cầu và đại biểu của các hội nghị tham dự được tính tại điểm cầu của cơ quan và các điểm cầu trực thuộc.';
  if (held === 0) return { did: `đã tham dự ${all} hội nghị trực tuyến tại điểm cầu của cơ quan`, split: [], note };
  return {
    did: `đã tổ chức và tham dự ${all} hội nghị trực tuyến`,
    split: [`${count(held)} hội nghị chủ trì`, `${count(joined)} hội nghị tham dự tại điểm cầu của cơ quan`],
    note,
  };
}

function summaryWords(f: PeriodFigures): string {
  const period = lowerFirst(f.periodLabel);
  const { did, split, note } = openingWords(f);
  const kinds = [split.join(', '), ...f.byKind.map((k) => `${count(k.conferences)} hội nghị ${lowerFirst(k.label)}`)]
    .filter(Boolean)
    .join('; ');
  const d = f.delegates;
  const absent = d.absent > 0 ? `; vắng ${count(d.absent)} đại biểu (${absenceReasons(d).join(', ')})` : '';
  const unknown = d.unknown > 0 ? `; ${count(d.unknown)} đại biểu chưa được điểm danh` : '';
  return (
    `Trong ${period}, ${did}` +
    `${kinds ? ` (${kinds})` : ''}, kết nối ${count(f.points.attached)} lượt điểm cầu ` +
    `(${count(f.points.distinct)} điểm cầu), trong đó ${count(f.points.takingPart)} lượt điểm cầu tham gia. ` +
    `Tổng số đại biểu được triệu tập là ${count(d.invited)}, có mặt ${count(d.present)} đại biểu ` +
    `(tỷ lệ ${rateText(d.rate)}), trong đó ${count(d.late)} đại biểu đến muộn${absent}${unknown}.${note}`
  );
}

/** The assessment: what the figures say, compared with nothing they do not hold. */
function assessment(f: PeriodFigures): string[] {
  const { points, delegates } = f;
  const lines = [
    delegates.rate === null
      ? 'Trong kỳ chưa có đại biểu nào được triệu tập theo danh sách.'
      : `Tỷ lệ đại biểu có mặt chung của kỳ đạt ${rateText(delegates.rate)}.`,
  ];
  if (points.attached > 0)
    lines.push(
      `${count(points.takingPart)}/${count(points.attached)} lượt điểm cầu tham gia ` +
        `(${rateText(points.takingPart / points.attached)}).`,
    );
  const lowest = f.attendanceByPoint.find((p) => p.rate !== null);
  if (lowest) lines.push(`Điểm cầu có tỷ lệ đại biểu có mặt thấp nhất là ${lowest.name} (${rateText(lowest.rate)}).`);
  const worst = f.problemPoints[0];
  lines.push(
    worst
      ? `Có ${count(points.withProblems)} lượt điểm cầu gặp sự cố kết nối, tại ${count(f.problemPoints.length)} ` +
          `điểm cầu; nhiều nhất là ${worst.name} (${count(worst.problemConferences)} hội nghị).`
      : 'Không có điểm cầu nào gặp sự cố kết nối.',
  );
  const n = f.filter.absentAtLeast;
  lines.push(
    f.repeatAbsentees.length > 0
      ? `Có ${count(f.repeatAbsentees.length)} đại biểu vắng từ ${count(n)} hội nghị trở lên trong số các hội nghị ` +
          `được triệu tập.`
      : `Không có đại biểu nào vắng từ ${count(n)} hội nghị trở lên.`,
  );
  return lines;
}

const order = { header: 'TT', share: 0.06, centred: true } as const;
const figure = (header: string, share = 0.1): XmlColumn => ({ header, share, centred: true });

function* numbered<T>(items: readonly T[], cells: (item: T) => readonly string[]): Generator<XmlRow> {
  let i = 0;
  for (const item of items) yield { cells: [String(++i), ...cells(item)] };
}

function kindTable(profile: FormatProfile, f: PeriodFigures): string {
  const columns = [
    order,
    { header: 'Loại hội nghị', share: 0.22 },
    figure('Số hội nghị', 0.09),
    figure('Lượt điểm cầu', 0.12),
    figure('Điểm cầu tham gia', 0.12),
    // A year's total runs to seven digits and more ("1.185.177").
    figure('Triệu tập', 0.14),
    figure('Có mặt', 0.14),
    figure('Tỷ lệ', 0.11),
  ];
  const d = f.delegates;
  const rows = [
    ...numbered(f.byKind, (k) => [
      k.label,
      count(k.conferences),
      count(k.points),
      count(k.takingPart),
      count(k.invited),
      count(k.present),
      rateText(attendanceRate(k)),
    ]),
    {
      cells: [
        '',
        'Tổng cộng',
        count(f.conferences.length),
        count(f.points.attached),
        count(f.points.takingPart),
        count(d.invited),
        count(d.present),
        rateText(d.rate),
      ],
    },
  ];
  return xmlTable(profile, columns, rows);
}

function conferenceTable(profile: FormatProfile, f: PeriodFigures): string {
  const columns = [
    order,
    figure('Ngày', 0.15),
    { header: 'Hội nghị', share: 0.28 },
    // "2.544/2.546" on one line.
    figure('Điểm cầu tham gia / kết nối', 0.16),
    figure('Triệu tập', 0.12),
    figure('Có mặt', 0.11),
    figure('Tỷ lệ', 0.12),
  ];
  return xmlTable(
    profile,
    columns,
    numbered(f.conferences, (c) => [
      dayMonthYear(c.date),
      c.joinedAt ? `${c.name} (tham dự tại ${c.joinedAt})` : c.name,
      `${count(c.takingPart)}/${count(c.points)}`,
      count(c.invited),
      count(c.present),
      rateText(c.rate),
    ]),
  );
}

function pointTable(profile: FormatProfile, f: PeriodFigures): { table: string | null; note: string } {
  const rated = f.attendanceByPoint.filter((p) => p.rate !== null);
  if (rated.length === 0) return { table: null, note: 'Trong kỳ chưa có điểm cầu nào có đại biểu được triệu tập.' };
  const { shown, note } = firstOf(
    rated,
    lowestPointsShown,
    (n, all) =>
      `Bảng nêu ${n} điểm cầu có tỷ lệ đại biểu có mặt thấp nhất trong ${all} điểm cầu có đại biểu được ` +
      `triệu tập; số liệu của từng điểm cầu có trong tệp Excel thống kê của kỳ.`,
  );
  const columns = [
    order,
    { header: 'Điểm cầu', share: 0.25 },
    figure('Số hội nghị', 0.09),
    figure('Triệu tập', 0.1),
    figure('Có mặt', 0.1),
    figure('Đến muộn', 0.09),
    figure('Vắng có lý do', 0.1),
    figure('Vắng không lý do', 0.1),
    figure('Tỷ lệ', 0.11),
  ];
  const table = xmlTable(
    profile,
    columns,
    numbered(shown, (p) => [
      p.name,
      count(p.conferences),
      count(p.invited),
      count(p.present),
      count(p.late),
      count(p.absentWithReason),
      count(p.absentWithoutReason),
      rateText(p.rate),
    ]),
  );
  return {
    table,
    note:
      note ?? `Bảng nêu cả ${count(shown.length)} điểm cầu có đại biểu được triệu tập, xếp từ tỷ lệ có mặt thấp nhất.`,
  };
}

function problemTable(profile: FormatProfile, f: PeriodFigures): { table: string; note: string | null } {
  const { shown, note } = firstOf(
    f.problemPoints,
    mostShown,
    (n, all) => `Bảng nêu ${n} điểm cầu gặp sự cố nhiều nhất trong ${all} điểm cầu gặp sự cố; ${inWorkbook}`,
  );
  const columns = [
    order,
    { header: 'Điểm cầu', share: 0.3 },
    figure('Số hội nghị', 0.11),
    figure('Số hội nghị gặp sự cố', 0.13),
    figure('Số lần báo sự cố', 0.12),
    { header: 'Lần gần nhất', share: 0.28 },
  ];
  const table = xmlTable(
    profile,
    columns,
    numbered(shown, (p) => [
      p.name,
      count(p.conferences),
      count(p.problemConferences),
      count(p.problemReports),
      `${dayMonthYear(p.lastDate)}${p.lastNote ? `: ${p.lastNote}` : ''}`,
    ]),
  );
  return { table, note };
}

function absenteeTable(profile: FormatProfile, f: PeriodFigures): { table: string; note: string | null } {
  const { shown, note } = firstOf(
    f.repeatAbsentees,
    mostShown,
    (n, all) =>
      `Bảng nêu ${n} đại biểu vắng nhiều nhất trong ${all} đại biểu vắng từ ${count(f.filter.absentAtLeast)} ` +
      `hội nghị trở lên; ${inWorkbook}`,
  );
  const columns = [
    order,
    { header: 'Họ và tên', share: 0.22 },
    { header: 'Chức vụ, đơn vị', share: 0.3 },
    figure('Được triệu tập', 0.1),
    figure('Vắng', 0.1),
    figure('Có lý do', 0.11),
    figure('Không lý do', 0.11),
  ];
  const table = xmlTable(
    profile,
    columns,
    numbered(shown, (a) => [
      a.fullName,
      [a.position, a.unit].filter(Boolean).join(', '),
      count(a.invited),
      count(a.absent),
      count(a.absentWithReason),
      count(a.absentWithoutReason),
    ]),
  );
  return { table, note };
}

export function periodReportDocument(profile: FormatProfile, data: PeriodReportData, fragments: Fragments): Document {
  const f = data.figures;
  const body = (text: string, bold = false) =>
    bodyParagraph(profile, runs(text, { size: profile.body.size, bold }, profile));
  const table = (xml: string): FileChild[] => [fragments.placeholder(xml), emptyLine()];
  const cutTable = ({ table: xml, note }: { table: string; note: string | null }): FileChild[] => [
    ...(note ? [body(note)] : []),
    ...table(xml),
  ];
  const subject = periodReportSubject(f.periodLabel);
  const narrowed = filterWords(f);
  const italic = { size: profile.body.size, bold: false, italic: true, caps: false, underline: false };
  let heading = 0;
  const headed = (text: string) => numberedHeading(profile, ++heading, text);
  const points = pointTable(profile, f);
  const absentAtLeast = count(f.filter.absentAtLeast);
  const children: FileChild[] = [
    officialHeader(profile, data.header),
    centred(profile, 'Báo cáo', profile.documentType, 0, true, 18),
    centred(profile, subject, profile.subject, narrowed ? 0 : 12),
    ...(narrowed ? [centred(profile, `(${narrowed})`, italic, 12)] : []),
    headed('KẾT QUẢ TỔ CHỨC HỘI NGHỊ'),
    body(summaryWords(f)),
    body('1. Số hội nghị theo loại', true),
    ...table(kindTable(profile, f)),
    body('2. Các hội nghị trong kỳ', true),
    ...table(conferenceTable(profile, f)),
    headed('TỶ LỆ ĐẠI BIỂU CÓ MẶT THEO ĐIỂM CẦU'),
    body(points.note),
    ...(points.table ? table(points.table) : []),
    headed('ĐIỂM CẦU GẶP SỰ CỐ KẾT NỐI'),
    ...(f.problemPoints.length > 0
      ? cutTable(problemTable(profile, f))
      : [body('Trong kỳ không có điểm cầu nào gặp sự cố kết nối.')]),
    headed(`ĐẠI BIỂU VẮNG TỪ ${absentAtLeast} HỘI NGHỊ TRỞ LÊN`),
    ...(f.repeatAbsentees.length > 0
      ? cutTable(absenteeTable(profile, f))
      : [body(`Trong kỳ không có đại biểu nào vắng từ ${absentAtLeast} hội nghị trở lên.`)]),
    headed('ĐÁNH GIÁ CHUNG'),
    ...assessment(f).map((line) => body(line)),
    emptyLine(),
    recipientsAndSignature(
      profile,
      richDoc(...data.recipients.map((line) => paragraph(line))),
      profile.signature.signers.report.right,
      // No conference stands behind the period: whichever name the profile's signer takes is the one typed.
      signerNamesOf(data.signer),
    ),
  ];
  return officialDocument(profile, { title: `Báo cáo ${lowerFirst(subject)}`, subject }, [{ children }]);
}

function signerNamesOf(signer: string | null): SignerNames {
  return { secretary: signer, chair: signer, presiding: signer, signer };
}
