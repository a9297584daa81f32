// The attendee list as Excel: one sheet with a "Điểm cầu" column, or one sheet per bridge
// point. Its headers are those the import recognises, so a list the app writes comes back
// into the app unchanged; rows stream out point by point.
import { checkpoint, readAhead, type Work } from './work';
import { sheetName } from './cell-text';
import { fittedWidth, ReportSheet, type ReportColumn, type SheetValue, type TitleLine } from './report-sheet';
import { writeWorkbook } from './workbook-file';
import type { SheetInput } from '../sheets';

export interface SheetHeading {
  readonly conferenceName: string;
  /** "Ngày 30 tháng 12 năm 2026" */
  readonly dateLine: string;
}

export interface ListedAttendee {
  readonly id: number;
  readonly fullName: string;
  readonly position: string | null;
  readonly unit: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly gender: 'Nam' | 'Nữ' | null;
  readonly birthYear: number | null;
  /** The attendance as the secretary marked it ("Có mặt"), null while only invited. */
  readonly status: string | null;
  readonly note: string | null;
}

export interface ListedPoint {
  /** The conference's point; null for attendees with none. */
  readonly id: number | null;
  readonly name: string | null;
}

export type AttendeeField =
  | 'order'
  | 'id'
  | 'fullName'
  | 'position'
  | 'unit'
  | 'bridgePoint'
  | 'phone'
  | 'email'
  | 'gender'
  | 'birthYear'
  | 'status'
  | 'note';

/** The longest text of each column, and which optional columns have anything in them. */
export interface AttendeeShape {
  readonly longest: Readonly<Record<'fullName' | 'position' | 'unit' | 'bridgePoint' | 'email' | 'note', number>>;
  readonly has: Readonly<Record<'email' | 'gender' | 'birthYear' | 'status', boolean>>;
}

export interface AttendeeSource {
  readonly heading: SheetHeading;
  /** The points that have attendees, in the order they are listed. */
  readonly points: readonly ListedPoint[];
  readonly total: number;
  readonly shape: AttendeeShape;
  rowsAt(pointId: number | null): readonly ListedAttendee[];
}

/** Headers as the import reads them (import/table/columns.ts); the id column only in templates. */
export function attendeeColumn(field: AttendeeField, shape: AttendeeShape): ReportColumn {
  const { longest } = shape;
  switch (field) {
    case 'order':
      return { header: 'TT', type: 'order', width: 5 };
    case 'id':
      return { header: 'Mã (không sửa)', type: 'order', width: 8, hidden: true };
    case 'fullName':
      return { header: 'Họ và tên', type: 'text', width: fittedWidth(longest.fullName, 20, 30), narrowest: 20 };
    case 'position':
      return { header: 'Chức vụ', type: 'text', width: fittedWidth(longest.position, 16, 40) };
    case 'unit':
      return { header: 'Đơn vị', type: 'text', width: fittedWidth(longest.unit, 14, 34) };
    case 'bridgePoint':
      return { header: 'Điểm cầu', type: 'text', width: fittedWidth(longest.bridgePoint, 14, 32) };
    case 'phone':
      return { header: 'Điện thoại', type: 'text', width: 13, center: true };
    case 'email':
      return { header: 'Email', type: 'text', width: fittedWidth(longest.email, 14, 30) };
    case 'gender':
      return { header: 'Giới tính', type: 'text', width: 9, center: true };
    case 'birthYear':
      return { header: 'Năm sinh', type: 'order', width: 9 };
    case 'status':
      return { header: 'Tình trạng', type: 'text', width: 14, center: true };
    case 'note':
      return { header: 'Ghi chú', type: 'text', width: fittedWidth(longest.note, 12, 30) };
  }
}

/**
 * The values of one row in the order of `fields`: a function made once per list, since it
 * runs for each of up to 100,000 rows.
 */
export function rowValues(
  fields: readonly AttendeeField[],
): (a: ListedAttendee, order: number | null, pointName: string | null) => SheetValue[] {
  const keys = fields.map((f) => (f === 'order' || f === 'bridgePoint' ? null : f));
  const orderAt = fields.indexOf('order');
  const pointAt = fields.indexOf('bridgePoint');
  return (a, order, pointName) => {
    const values = new Array<SheetValue>(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      values[i] = key === null ? null : a[key];
    }
    if (orderAt >= 0) values[orderAt] = order;
    if (pointAt >= 0) values[pointAt] = pointName;
    return values;
  };
}

/**
 * The list's columns, the optional ones only where something is in them; the point's column
 * where the list is on one sheet (a sheet per point names it in the title).
 */
export function listFields(shape: AttendeeShape, layout: SheetInput['layout']): AttendeeField[] {
  const optional = (['email', 'gender', 'birthYear', 'status'] as const).filter((f) => shape.has[f]);
  return [
    'order',
    'fullName',
    'position',
    'unit',
    ...(layout === 'oneSheet' ? (['bridgePoint'] as const) : []),
    'phone',
    ...optional,
    'note',
  ];
}

/** "Huyện ủy Đại Từ" from "Điểm cầu Huyện ủy Đại Từ": for titles that already say "điểm cầu". */
export function withoutPointWord(name: string): string {
  return name.replace(/^điểm cầu\s+/i, '');
}

export function listTitle(heading: SheetHeading, what: string, pointName?: string | null): TitleLine[] {
  const lines: TitleLine[] = [
    { text: heading.conferenceName, size: 13, bold: true },
    { text: heading.dateLine, size: 12, italic: true },
    { text: what.toLocaleUpperCase('vi-VN'), size: 14, bold: true },
  ];
  // "Tại điểm cầu …" is also how the import knows the point of a sheet without the column.
  if (pointName) lines.push({ text: `Tại điểm cầu ${withoutPointWord(pointName)}`, size: 13, bold: true });
  return lines;
}

export async function writeAttendeeBook(
  file: string,
  source: AttendeeSource,
  layout: SheetInput['layout'],
  work: Work,
): Promise<number> {
  const { total } = source;
  const fields = listFields(source.shape, layout);
  const values = rowValues(fields);
  return writeWorkbook(file, async (workbook) => {
    let done = 0;
    if (layout === 'oneSheet') {
      const sheet = new ReportSheet(workbook, {
        name: 'Danh sách đại biểu',
        title: listTitle(source.heading, 'Danh sách đại biểu'),
        columns: fields.map((f) => attendeeColumn(f, source.shape)),
      });
      const ahead = readAhead(source.points, (p) => source.rowsAt(p.id));
      for (let entry = ahead.take(); entry; entry = ahead.take()) {
        const { point, rows } = entry;
        for (const a of rows) {
          done++;
          sheet.add(values(a, done, point.name));
          await checkpoint(work, done, total, sheet, ahead.fill);
        }
      }
      sheet.finish();
      return done;
    }
    const taken = new Set<string>();
    for (const point of source.points) {
      const sheet = new ReportSheet(workbook, {
        name: sheetName(point.name ? withoutPointWord(point.name) : 'Đại biểu khác', taken),
        title: listTitle(source.heading, 'Danh sách đại biểu', point.name),
        columns: fields.map((f) => attendeeColumn(f, source.shape)),
      });
      let order = 0;
      for (const a of source.rowsAt(point.id)) {
        done++;
        sheet.add(values(a, ++order, point.name));
        await checkpoint(work, done, total, sheet);
      }
      sheet.finish();
    }
    return done;
  });
}
