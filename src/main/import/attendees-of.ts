// The attendees of a parsed file, with the column mapping the secretary may have corrected.
import type { ImportedAttendee, ImportTable, ImportWarning, ParsedFile } from '../../shared/import-types';
import type { ColumnKind } from './table/columns';
import { extractAttendees } from './table/extract';

/** Per sheet, a column index → the kind the secretary chose (null: not imported). */
export type MappingOverrides = Readonly<Record<string, Readonly<Record<number, ColumnKind | null>>>>;

export function withOverrides(table: ImportTable, overrides?: MappingOverrides): ImportTable {
  const chosen = overrides?.[table.sheet];
  if (!chosen) return table;
  return { ...table, columns: table.columns.map((c) => (c.index in chosen ? { ...c, kind: chosen[c.index] } : c)) };
}

/**
 * `included`: tables set aside by default (those serving the conference, guests) that the
 * secretary chose to import, by their `sheet`.
 */
export function attendeesOf(
  parsed: ParsedFile,
  overrides?: MappingOverrides,
  included?: ReadonlySet<string>,
): { attendees: ImportedAttendee[]; warnings: ImportWarning[] } {
  const attendees: ImportedAttendee[] = [];
  const warnings: ImportWarning[] = [];
  for (const original of parsed.tables) {
    if (original.setAside && !included?.has(original.sheet)) {
      warnings.push({
        sheet: original.sheet,
        row: original.headerRows[0],
        message:
          `Bảng "${original.title ?? original.sheet}" không phải danh sách đại biểu nên được để riêng, không ` +
          `nhập; chọn "Nhập cả bảng này" nếu cần.`,
      });
      continue;
    }
    const hidden = original.hiddenRows ?? [];
    if (hidden.length > 0) {
      const shown = hidden.slice(0, 10).join(', ') + (hidden.length > 10 ? ', …' : '');
      warnings.push({
        sheet: original.sheet,
        row: hidden[0],
        message:
          `${hidden.length} dòng bị ẩn trong tệp (dòng ${shown}), thường là dòng mẫu hoặc dòng đã bỏ, nên ` +
          `không được nhập.`,
      });
    }
    const table = withOverrides(original, overrides);
    // Rows are stored from the first data row; extraction counts rows from the sheet's top.
    // The table's own row arrays, not copies: a 100,000-row list would be held twice.
    const rows: (readonly string[])[] = [];
    table.rows.forEach((row, i) => (rows[table.firstDataRow + i] = row));
    const result = extractAttendees(rows, table.firstDataRow, table.columns, {
      sheet: table.sheet,
      sheetPoint: table.sheetPoint,
    });
    attendees.push(...result.attendees);
    warnings.push(...result.warnings);
  }
  const withoutPoint = attendees.filter((a) => !a.bridgePoint).length;
  if (withoutPoint > 0) {
    warnings.push({
      sheet: '',
      row: 0,
      message:
        `${withoutPoint} đại biểu không rõ điểm cầu (tệp không có cột điểm cầu hay dòng nhóm theo điểm cầu); ` +
        `có thể chọn điểm cầu cho họ khi nhập.`,
    });
  }
  return { attendees, warnings };
}
