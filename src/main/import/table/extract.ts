// The attendees in a found table: group headings give the bridge point of the rows under
// them; blank rows, subtotals, footers and signature lines are not attendees.
import { canonicalBridgePointName } from '../../../shared/text/bridge-point-name';
import { normalizePhone } from '../../../shared/text/phone';
import { foldForSearch } from '../../../shared/text/vietnamese';
import type { ImportedAttendee, ImportWarning } from '../../../shared/import/import-types';
import { headerKind, type ColumnKind } from './columns';
import type { TableColumn } from './find-table';
import { birthYearOf, genderOf, isTick, looksLikeDate } from './fields';
import { cleanPersonName } from './person-name';
import { namesAPlace, startsWithABody } from './point-names';

export interface SheetContext {
  readonly sheet: string;
  /** Bridge point implied by the sheet (its name or its title), used when a row gives none. */
  readonly sheetPoint: string | null;
}

// Rows that end the list: the place and date line, the signature block.
const endOfList = new RegExp(
  [
    /(^| )ngay (\d+|\.+) thang (\d+|\.+) nam (\d+|\.+)/.source,
    /^(nguoi lap|nguoi lap bieu|xac nhan|t\/?m |tm |k\/?t |kt |thu truong|noi nhan)/.source,
  ].join('|'),
);
// Rows that are not attendees but do not end the list: subtotals.
// "Cộng" and "Tổng" alone are also family names ("Công Thị Lan"): only before a number or alone.
const subtotal = /^(tong so|tong cong|so luong)( |$)|^(cong|tong)( \d|$)/;
function isGroupHeading(cells: readonly string[], columns: readonly TableColumn[]): string | null {
  // One text, alone on the row or repeated across merged columns (runs for every row).
  let text = '';
  let filled = 0;
  for (const t of cells) {
    if (!t) continue;
    if (text && t !== text) return null;
    text = t;
    filled++;
  }
  if (!text) return null;
  const orderColumn = columns.find((c) => c.kind === 'order');
  if (orderColumn && /^\d+$/.test(cells[orderColumn.index] ?? '')) return null;
  const numbered = /^\s*([IVXLC]+|\d+|[A-Z])\s*[.)]\s+\S/.test(text);
  const spansColumns = filled >= 2;
  const folded = foldForSearch(text);
  const mentionsPoint = folded.startsWith('diem cau ') || / diem cau /.test(` ${folded} `);
  return numbered || spansColumns || mentionsPoint || startsWithABody(folded) ? text : null;
}

/** The number a totals line states: "Tổng số: 37 đại biểu", "Cộng: 12 người". */
function statedCount(text: string): number | null {
  const match = /(\d{1,6})\s*(đại biểu|người|đồng chí|đ\/c)?\s*\.?$/i.exec(text.trim()) ?? /(\d{1,6})/.exec(text);
  return match ? Number(match[1]) : null;
}

const nameHeader = (text: string) => {
  const kind = headerKind(text);
  return kind === 'fullName' || kind === 'familyName';
};

// A model row left in a template: "Nguyễn Văn A", or fields that are the column's own name in
// brackets ("(Chức vụ)", "(Đơn vị)").
const placeholder = /^[([<].*[)\]>]$|^\.{3,}$|^…$/;
function isSampleRow(fullName: string, row: Row): boolean {
  const words = fullName.split(' ');
  if (words.length >= 2 && /^[A-Z]$/.test(words[words.length - 1])) return true;
  return [row.position, row.unit, row.positionAndUnit].some((text) => text !== undefined && placeholder.test(text));
}

const anonymousAccount = new Set(['anonymous', 'an danh']);

type Row = Partial<Record<ColumnKind, string>>;

function rowByKind(cells: readonly string[], columns: readonly TableColumn[]): Row {
  const row: Row = {};
  for (const column of columns) {
    const text = cells[column.index] ?? '';
    if (column.kind && text !== '') row[column.kind] = text;
  }
  return row;
}

export interface Extracted {
  readonly attendees: ImportedAttendee[];
  readonly warnings: ImportWarning[];
}

/** rows: the sheet's cleaned cells; from the first row after the header. */
export function extractAttendees(
  rows: readonly (readonly string[])[],
  firstDataRow: number,
  columns: readonly TableColumn[],
  context: SheetContext,
): Extracted {
  const attendees: ImportedAttendee[] = [];
  const warnings: ImportWarning[] = [];
  const warn = (row: number, message: string) => warnings.push({ sheet: context.sheet, row: row + 1, message });
  let group: string | null = null;
  let carried: string | null = null;
  let carriedCode: string | null = null;
  let groupStart = 0;
  // "Tổng số: 37 đại biểu" lines, checked against the rows found once the table is read.
  const totals: { row: number; stated: number; inGroup: number; inTable: number }[] = [];
  // Rows under one heading name the same point: each name is put in its canonical form once.
  const canonical = new Map<string, string>();
  const canonicalPoint = (name: string) => {
    let found = canonical.get(name);
    if (found === undefined) canonical.set(name, (found = canonicalBridgePointName(name)));
    return found;
  };

  for (let r = firstDataRow; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const filled = cells.filter(Boolean);
    if (filled.length === 0) continue;
    // A place-and-date line or a signature title stands alone on its row.
    if (filled.length <= 2 && endOfList.test(foldForSearch(filled.join(' ')))) break;
    const heading = isGroupHeading(cells, columns);
    if (heading) {
      group = namesAPlace(foldForSearch(heading)) ? heading : null;
      carried = null;
      groupStart = attendees.length;
      continue;
    }
    const row = rowByKind(cells, columns);
    const rawName = row.fullName ?? [row.familyName, row.givenName].filter(Boolean).join(' ');
    // "Tổng số: 37", or "Cộng" in the number column and "37 người" under the names.
    if (subtotal.test(foldForSearch(rawName)) || subtotal.test(foldForSearch(filled.join(' ')))) {
      const stated = statedCount(filled.join(' '));
      if (stated !== null)
        totals.push({ row: r, stated, inGroup: attendees.length - groupStart, inTable: attendees.length });
      continue;
    }
    // The header again, at the top of a printed page: never a person.
    if (rawName && nameHeader(rawName)) continue;
    if (!rawName) {
      const details = (['position', 'positionAndUnit', 'unit', 'phone', 'email'] as const).filter((k) => row[k]);
      if (details.length > 0) warn(r, 'Dòng có chức vụ hoặc liên lạc nhưng không có họ tên nên không được nhập.');
      continue;
    }
    const name = cleanPersonName(rawName, true);
    if (!name.fullName) {
      warn(r, `"${rawName}" không giống họ tên người nên không được nhập.`);
      continue;
    }
    if (isSampleRow(name.fullName, row)) {
      warn(r, `Dòng mẫu ("${name.fullName}") nên không được nhập.`);
      continue;
    }
    const attendee: ImportedAttendee = { sheet: context.sheet, row: r + 1, fullName: name.fullName };
    const position = row.position ?? row.positionAndUnit;
    if (position) attendee.position = position;
    if (row.unit) attendee.unit = row.unit;
    // A point written on a group's first row only, the cells below left blank (not merged),
    // holds for the rows below until the next one is written.
    // A unit code goes with the point's name, where the matcher reads it ("Xã Đại Từ (05830)");
    // Excel drops its leading zero when the cell is a number.
    const code = row.unitCode && /^\d{4,5}$/.test(row.unitCode) ? row.unitCode.padStart(5, '0') : null;
    if (row.bridgePoint) [carried, carriedCode] = [row.bridgePoint, code];
    // A row's own code is another unit than the name carried from above with another code.
    const ownCarried = code !== null && carriedCode !== code ? null : carried;
    const named = row.bridgePoint ?? ownCarried ?? group ?? context.sheetPoint;
    const point = code ? (named ? `${named} (${code})` : code) : named;
    if (point) attendee.bridgePoint = canonicalPoint(point);
    if (row.phone) {
      attendee.phone = normalizePhone(row.phone);
      if (!/^0\d{9,10}$/.test(attendee.phone))
        warn(
          r,
          `Số điện thoại "${row.phone}" không đúng dạng (cần 10 ` +
            `chữ số, bắt đầu bằng 0); đã giữ nguyên để kiểm tra lại.`,
        );
    }
    // Under "Nam" / "Nữ": the birth year, or only a mark saying which.
    const male = row.birthYearMale ? (birthYearOf(row.birthYearMale) ?? undefined) : undefined;
    const female = row.birthYearFemale ? (birthYearOf(row.birthYearFemale) ?? undefined) : undefined;
    const ticked =
      row.birthYearMale && isTick(row.birthYearMale)
        ? 'Nam'
        : row.birthYearFemale && isTick(row.birthYearFemale)
          ? 'Nữ'
          : undefined;
    const gender = (row.gender && genderOf(row.gender)) || (male ? 'Nam' : female ? 'Nữ' : (ticked ?? name.gender));
    if (gender) attendee.gender = gender;
    const birthYear = male ?? female ?? (row.birthYear ? (birthYearOf(row.birthYear) ?? undefined) : undefined);
    if (birthYear) attendee.birthYear = birthYear;
    else if (row.birthYear && looksLikeDate(row.birthYear))
      warn(r, `Ngày sinh "${row.birthYear}" không phải là một ngày có thật; đã để trống năm sinh để kiểm tra lại.`);
    else if (row.birthYear) warn(r, `Không đọc được năm sinh "${row.birthYear}".`);
    // Microsoft Forms writes "anonymous" for an answer sent without signing in.
    if (row.email && !anonymousAccount.has(foldForSearch(row.email))) {
      attendee.email = row.email.toLowerCase();
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(attendee.email)) warn(r, `Email "${row.email}" không đúng dạng.`);
    }
    if (row.note) attendee.note = row.note;
    attendees.push(attendee);
  }
  for (const total of totals) {
    if (total.stated === total.inGroup || total.stated === total.inTable) continue;
    warn(
      total.row,
      `Dòng tổng ghi ${total.stated} đại biểu nhưng danh sách phía trên có ${total.inTable} người; hãy kiểm tra ` +
        `tệp có sót hoặc thừa dòng không.`,
    );
  }
  return { attendees, warnings };
}
