// The attendees of a parsed file, with the column mapping the secretary may have corrected.
import type {
  DuplicateGroup,
  ImportedAttendee,
  ImportTable,
  ImportWarning,
  ParsedFile,
} from '../../shared/import/import-types';
import { answerTimes } from './duplicates/answer-time';
import { mergeDuplicates } from './duplicates/merge-duplicates';
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
 * secretary chose to import, by their `sheet`. `keptApart`: duplicate groups (by id) the
 * secretary keeps as separate rows.
 */
export function attendeesOf(
  parsed: ParsedFile,
  overrides?: MappingOverrides,
  included?: ReadonlySet<string>,
  keptApart?: ReadonlySet<string>,
): { attendees: ImportedAttendee[]; warnings: ImportWarning[]; duplicates: DuplicateGroup[] } {
  const found: ImportedAttendee[] = [];
  const times: (number | undefined)[] = [];
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
    found.push(...result.attendees);
    times.push(...timesOf(table, result.attendees));
    warnings.push(...result.warnings);
  }
  const merged = mergeDuplicates(found, times, keptApart);
  const attendees = merged.attendees;
  warnings.push(...merged.warnings);
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
  return { attendees, warnings, duplicates: merged.groups };
}

// When each attendee's answer was sent: the table's last timestamp column holding a value
// (Microsoft Forms' completion time comes after its start time).
function timesOf(table: ImportTable, attendees: readonly ImportedAttendee[]): (number | undefined)[] {
  const columns = table.columns.filter((c) => c.kind === 'timestamp').map((c) => c.index);
  if (columns.length === 0) return attendees.map(() => undefined);
  const texts = attendees.map((a) => {
    const cells = table.rows[a.row - 1 - table.firstDataRow] ?? [];
    const values = columns.map((c) => cells[c] ?? '').filter(Boolean);
    return values[values.length - 1] ?? '';
  });
  return answerTimes(texts);
}
