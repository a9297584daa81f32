// A spreadsheet's bytes → the attendee tables in it, cleaned. Pure and synchronous: it runs
// in its own process (parse-worker.ts, run-parse.ts) with caps on time and memory.
import { originSheetName, readOrigin, type TemplateOrigin } from '../../shared/export/template-origin';
import type { ImportTable, ParsedFile } from '../../shared/import-types';
import { importError, importMessages } from './errors';
import { readSheets } from './read';
import { fillMerges, findTable, hasNameColumn } from './table/find-table';
import { pointInTitle, sheetNamesAPoint } from './table/point-names';
import { repairName, repairSheet } from './text/repair';

export function parseSpreadsheet(bytes: Uint8Array, fileName: string): ParsedFile {
  const sheets = readSheets(bytes, fileName);
  const tables: ImportTable[] = [];
  const skippedSheets: { sheet: string; reason: string }[] = [];
  let anyContent = false;
  let origin: TemplateOrigin | null = null;
  for (const sheet of sheets) {
    const name = repairName(sheet.name);
    // A template the app sent to a bridge point says in a hidden sheet which point it is for.
    if (sheet.hidden && name === originSheetName) {
      origin = readOrigin(sheet.rows.map((row) => Array.from(row ?? [], (cell) => cell?.text ?? '')));
      if (origin) continue;
    }
    if (sheet.hidden) {
      skippedSheets.push({ sheet: name, reason: 'trang tính ẩn' });
      continue;
    }
    const rows = fillMerges(repairSheet(sheet), sheet.merges);
    if (rows.every((row) => !row || row.every((t) => !t))) {
      skippedSheets.push({ sheet: name, reason: 'trang tính trống' });
      continue;
    }
    anyContent = true;
    const found = findTable(rows);
    if (!found || !hasNameColumn(found.columns)) {
      skippedSheets.push({ sheet: name, reason: 'không có cột họ tên (không phải danh sách đại biểu)' });
      continue;
    }
    const titlePoint = pointInTitle(found.title);
    const sheetPoint = titlePoint ?? (sheetNamesAPoint(name) ? name : null);
    tables.push({
      sheet: name,
      headerRows:
        found.headerTop === found.headerBottom ? [found.headerTop + 1] : [found.headerTop + 1, found.headerBottom + 1],
      columns: found.columns,
      sheetPoint,
      firstDataRow: found.headerBottom + 1,
      rows: rows.slice(found.headerBottom + 1).map((row) => Array.from(row ?? [], (t) => t ?? '')),
    });
  }
  if (tables.length === 0) {
    if (!anyContent) throw importError(importMessages.empty);
    throw importError(importMessages.noNameColumn(sheets.length > 1 ? 'các trang tính' : 'trang tính'));
  }
  return origin ? { fileName, tables, skippedSheets, origin } : { fileName, tables, skippedSheets };
}
