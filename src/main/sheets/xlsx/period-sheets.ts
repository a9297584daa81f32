// The period's workbook: one print-ready sheet (report-sheet.ts) per table of the Thống kê
// screen, each titled with the period, its totals real SUM formulas and its rates row-wise
// formulas (=IF(F5=0,"",G5/F5), shown as percentages), every formula's value stored with it so
// that the file reads right before a spreadsheet recalculates it.
import type {
  PeriodConference,
  PeriodDelegates,
  PeriodFigures,
  PeriodGroup,
  PointAttendance,
  ProblemPoint,
  RepeatAbsentee,
  UnitAttendance,
} from '../../../shared/statistics/statistics-types';
import { dayMonthYear, localDayMonthYear } from '../../../shared/text/vietnamese-dates';
import { conferenceKinds } from '../../../shared/conferences/vocabularies';
import { filterWords } from '../../statistics/export/words';
import { fittedWidth, longest, ReportSheet, type ColumnType, type SheetValue, type TitleLine } from './report-sheet';
import { writeWorkbook, type WorkbookFile } from './workbook-file';

export const periodSheetNames = [
  'Tổng hợp',
  'Theo loại',
  'Theo cơ quan chủ trì',
  'Theo tháng',
  'Hội nghị',
  'Điểm cầu',
  'Đơn vị',
  'Sự cố kết nối',
  'Vắng nhiều lần',
] as const;
type PeriodSheetName = (typeof periodSheetNames)[number];

interface Column<T> {
  readonly header: string;
  readonly type: ColumnType;
  readonly width: number;
  readonly center?: boolean;
  /** The row's value; a rate column gives instead the columns (0-based) it divides. */
  readonly value?: (row: T) => string | number | null;
  /** rate: this column's count over that one's, both of the same row. */
  readonly rate?: readonly [numerator: number, denominator: number];
  /** Added up in the totals row. */
  readonly total?: boolean;
}

interface Table<T> {
  readonly name: PeriodSheetName;
  /** What the sheet shows, under the workbook's title. */
  readonly heading: string;
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
  /** A "Tổng cộng" row under the table. */
  readonly totals: boolean;
}

/** "A", "B", … for the 0-based column (the widest table has 15). */
const letter = (index: number) => String.fromCharCode(65 + index);

const rateOf = (numerator: number, denominator: number): number | string =>
  denominator === 0 ? '' : numerator / denominator;
const rateFormula = (numerator: number, denominator: number, row: number) =>
  `IF(${letter(denominator)}${row}=0,"",${letter(numerator)}${row}/${letter(denominator)}${row})`;

function titleOf(figures: PeriodFigures, heading: string, madeOn: Date): TitleLine[] {
  const narrowed = filterWords(figures);
  return [
    { text: 'TÌNH HÌNH TỔ CHỨC HỘI NGHỊ TRỰC TUYẾN', size: 14, bold: true },
    { text: heading, size: 13, bold: true },
    { text: narrowed ? `${figures.periodLabel} (${narrowed})` : figures.periodLabel, size: 12, italic: true },
    { text: `Lập ngày ${localDayMonthYear(madeOn)}`, size: 12, italic: true },
  ];
}

function writeTable<T>(workbook: WorkbookFile, figures: PeriodFigures, madeOn: Date, table: Table<T>): void {
  const { columns } = table;
  const sheet = new ReportSheet(workbook, {
    name: table.name,
    title: titleOf(figures, table.heading, madeOn),
    columns: columns.map((c) => ({ header: c.header, type: c.type, width: c.width, center: c.center })),
  });
  const first = sheet.nextRow;
  const sums = columns.map(() => 0);
  table.rows.forEach((item, i) => {
    const row = sheet.nextRow;
    const plain = columns.map((c) => (c.type === 'order' ? i + 1 : (c.value?.(item) ?? null)));
    plain.forEach((v, j) => {
      if (typeof v === 'number') sums[j] += v;
    });
    sheet.add(
      columns.map((c, j): SheetValue => {
        if (!c.rate) return plain[j];
        const [n, d] = c.rate;
        return { formula: rateFormula(n, d, row), result: rateOf(Number(plain[n]), Number(plain[d])) };
      }),
    );
  });
  if (table.totals) {
    const last = sheet.nextRow - 1;
    const row = sheet.nextRow;
    const label = columns.findIndex((c) => c.type === 'text');
    sheet.addTotal(
      columns.map((c, j): SheetValue => {
        if (j === label) return 'Tổng cộng';
        if (c.total)
          return table.rows.length === 0
            ? 0
            : { formula: `SUM(${letter(j)}${first}:${letter(j)}${last})`, result: sums[j] };
        if (c.rate)
          return { formula: rateFormula(c.rate[0], c.rate[1], row), result: rateOf(sums[c.rate[0]], sums[c.rate[1]]) };
        return null;
      }),
    );
  }
  sheet.finish();
}

const order = { header: 'TT', type: 'order', width: 6 } as const;
const counted = <T>(header: string, value: (row: T) => number, width = 11): Column<T> => ({
  header,
  type: 'count',
  width,
  value,
  total: true,
});
const rate = <T>(header: string, numerator: number, denominator: number): Column<T> => ({
  header,
  type: 'rate',
  width: 9,
  rate: [numerator, denominator],
});
const text = <T>(
  header: string,
  value: (row: T) => string | null,
  values: readonly T[],
  min = 12,
  max = 40,
): Column<T> => ({
  header,
  type: 'text',
  width: fittedWidth(longest(values.map(value)), min, max),
  value,
});

/** A group's figures after its name (column 1): conferences, points, taking part, invited, present, rate. */
function groupColumns<T extends PeriodGroup>(header: string, name: (g: T) => string, rows: readonly T[]): Column<T>[] {
  return [
    order,
    text(header, name, rows, 14),
    counted('Số hội nghị', (g) => g.conferences),
    counted('Lượt điểm cầu', (g) => g.points),
    counted('Điểm cầu tham gia', (g) => g.takingPart),
    counted('Triệu tập', (g) => g.invited),
    counted('Có mặt', (g) => g.present),
    rate('Tỷ lệ có mặt', 6, 5),
  ];
}

interface Line {
  readonly label: string;
  readonly value: number;
  /** The line (0-based, in order) whose value this one is a share of. */
  readonly of?: number;
}

/** The headline figures, one a line; a share of another line is a formula over the two cells. */
function writeSummary(workbook: WorkbookFile, figures: PeriodFigures, madeOn: Date): void {
  const { points, delegates: d } = figures;
  const lines: Line[] = [
    { label: 'Số hội nghị', value: figures.conferences.length },
    { label: 'Số điểm cầu (khác nhau)', value: points.distinct },
    { label: 'Lượt điểm cầu kết nối', value: points.attached },
    { label: 'Lượt điểm cầu tham gia', value: points.takingPart, of: 2 },
    { label: 'Lượt điểm cầu gặp sự cố kết nối', value: points.withProblems, of: 2 },
    { label: 'Đại biểu được triệu tập', value: d.invited },
    { label: 'Đại biểu có mặt', value: d.present, of: 5 },
    { label: 'Trong đó đến muộn', value: d.late, of: 5 },
    { label: 'Đại biểu vắng', value: d.absent, of: 5 },
    { label: 'Vắng có lý do', value: d.absentWithReason, of: 5 },
    { label: 'Vắng không lý do', value: d.absentWithoutReason, of: 5 },
    { label: 'Chưa điểm danh', value: d.unknown, of: 5 },
  ];
  const sheet = new ReportSheet(workbook, {
    name: 'Tổng hợp',
    title: titleOf(figures, 'Tổng hợp số liệu của kỳ', madeOn),
    columns: [
      order,
      { header: 'Chỉ tiêu', type: 'text', width: 34 },
      { header: 'Số lượng', type: 'count', width: 12 },
      { header: 'Tỷ lệ', type: 'rate', width: 10 },
    ],
  });
  const first = sheet.nextRow;
  lines.forEach((line, i) => {
    const share: SheetValue =
      line.of === undefined
        ? null
        : {
            formula: `IF(C${first + line.of}=0,"",C${first + i}/C${first + line.of})`,
            result: rateOf(line.value, lines[line.of].value),
          };
    sheet.add([i + 1, line.label, line.value, share]);
  });
  sheet.finish();
}

export async function writePeriodBook(file: string, figures: PeriodFigures, madeOn: Date): Promise<number> {
  return writeWorkbook(file, (workbook) => {
    writeSummary(workbook, figures, madeOn);
    periodTables(figures, (table) => writeTable(workbook, figures, madeOn, table));
    return figures.conferences.length;
  });
}

type Delegates = Pick<
  PeriodDelegates,
  'invited' | 'present' | 'late' | 'absentWithReason' | 'absentWithoutReason' | 'unknown'
>;

/** Invited, present, late, absent with and without reason, not marked, in the order the day's summary gives them. */
function delegateColumns<T extends Delegates>(): Column<T>[] {
  return [
    counted('Triệu tập', (r) => r.invited),
    counted('Có mặt', (r) => r.present),
    counted('Đến muộn', (r) => r.late, 10),
    counted('Vắng có lý do', (r) => r.absentWithReason, 10),
    counted('Vắng không lý do', (r) => r.absentWithoutReason, 10),
    counted('Chưa điểm danh', (r) => r.unknown, 10),
  ];
}

const monthName = (month: string) => `Tháng ${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** The sheets after the summary, each handed to `write` in the workbook's order. */
function periodTables(f: PeriodFigures, write: <T>(table: Table<T>) => void): void {
  write({
    name: 'Theo loại',
    heading: 'Số hội nghị theo loại',
    totals: true,
    rows: f.byKind,
    columns: groupColumns('Loại hội nghị', (k) => k.label, f.byKind),
  });
  write({
    name: 'Theo cơ quan chủ trì',
    heading: 'Số hội nghị theo cơ quan chủ trì',
    totals: true,
    rows: f.byHost,
    columns: groupColumns('Cơ quan chủ trì', (h) => h.host, f.byHost),
  });
  write({
    name: 'Theo tháng',
    heading: 'Số hội nghị theo tháng',
    totals: true,
    rows: f.byMonth,
    columns: groupColumns('Tháng', (m) => monthName(m.month), f.byMonth),
  });
  write<PeriodConference>({
    name: 'Hội nghị',
    heading: 'Các hội nghị trong kỳ: điểm cầu và đại biểu',
    totals: true,
    rows: f.conferences,
    columns: [
      order,
      { header: 'Ngày', type: 'text', width: 12, center: true, value: (c) => dayMonthYear(c.date) },
      text('Tên hội nghị', (c) => c.name, f.conferences, 24, 50),
      text('Loại', (c) => conferenceKinds.label(c.kind), f.conferences, 10, 20),
      text('Cơ quan chủ trì', (c) => c.hostBody, f.conferences, 12, 30),
      // Joined from the office's own point: the figures are that point's branch.
      text('Tham dự tại điểm cầu', (c) => c.joinedAt, f.conferences, 12, 30),
      counted('Điểm cầu', (c) => c.points, 9),
      counted('Điểm cầu tham gia', (c) => c.takingPart, 9),
      counted('Điểm cầu gặp sự cố', (c) => c.problemPoints, 9),
      ...delegateColumns(),
      rate('Tỷ lệ có mặt', 10, 9),
    ],
  });
  write<PointAttendance>({
    name: 'Điểm cầu',
    heading: 'Tỷ lệ đại biểu có mặt theo điểm cầu',
    totals: true,
    rows: f.attendanceByPoint,
    columns: [
      order,
      text('Điểm cầu', (p) => p.name, f.attendanceByPoint, 20, 45),
      { ...text('Cấp', (p) => p.levelLabel, f.attendanceByPoint, 10, 20), center: true },
      counted('Số hội nghị', (p) => p.conferences, 9),
      counted('Tham gia', (p) => p.takingPart, 9),
      counted('Hội nghị gặp sự cố', (p) => p.problemConferences, 9),
      ...delegateColumns(),
      rate('Tỷ lệ có mặt', 7, 6),
    ],
  });
  write<UnitAttendance>({
    name: 'Đơn vị',
    heading: 'Tỷ lệ đại biểu có mặt theo đơn vị',
    totals: true,
    rows: f.attendanceByUnit,
    columns: [
      order,
      text('Đơn vị', (u) => u.unit, f.attendanceByUnit, 20, 45),
      counted('Số hội nghị', (u) => u.conferences, 9),
      ...delegateColumns(),
      rate('Tỷ lệ có mặt', 4, 3),
    ],
  });
  write<ProblemPoint>({
    name: 'Sự cố kết nối',
    heading: 'Điểm cầu gặp sự cố kết nối',
    totals: true,
    rows: f.problemPoints,
    columns: [
      order,
      text('Điểm cầu', (p) => p.name, f.problemPoints, 20, 45),
      counted('Số hội nghị', (p) => p.conferences, 10),
      counted('Hội nghị gặp sự cố', (p) => p.problemConferences, 10),
      counted('Số lần báo sự cố', (p) => p.problemReports, 10),
      { header: 'Lần gần nhất', type: 'text', width: 12, center: true, value: (p) => dayMonthYear(p.lastDate) },
      text('Ghi chú lần gần nhất', (p) => p.lastNote, f.problemPoints, 14, 40),
    ],
  });
  write<RepeatAbsentee>({
    name: 'Vắng nhiều lần',
    heading: `Đại biểu vắng từ ${f.filter.absentAtLeast.toLocaleString('vi-VN')} hội nghị trở lên`,
    totals: false,
    rows: f.repeatAbsentees,
    columns: [
      order,
      text('Họ và tên', (a) => a.fullName, f.repeatAbsentees, 18, 30),
      text('Chức vụ', (a) => a.position, f.repeatAbsentees, 12, 30),
      text('Đơn vị', (a) => a.unit, f.repeatAbsentees, 12, 30),
      counted('Được triệu tập', (a) => a.invited, 10),
      counted('Có mặt', (a) => a.present, 9),
      counted('Vắng', (a) => a.absent, 9),
      counted('Vắng có lý do', (a) => a.absentWithReason, 9),
      counted('Vắng không lý do', (a) => a.absentWithoutReason, 9),
      rate('Tỷ lệ vắng', 6, 4),
    ],
  });
}
