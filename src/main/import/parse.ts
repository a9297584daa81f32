// A spreadsheet's bytes → the attendee tables in it, cleaned. Pure and synchronous: it runs
// in its own process (parse-worker.ts, run-parse.ts) with caps on time and memory.
import { originSheetName, readOrigin, type TemplateOrigin } from '../../shared/sheets/template-origin';
import type { ImportTable, ParsedFile } from '../../shared/import/import-types';
import { importError, importMessages } from './errors';
import { readSheets } from './read';
import type { RawSheet } from './sheet';
import { fillMerges } from './table/find-table';
import { headingPoint, pointInTitle, sheetNamesAPoint } from './table/point-names';
import { isProseTable, looksLikeProse } from './table/prose';
import { tablesOfSheet } from './table/split-tables';
import { repairName, repairSheet } from './text/repair';
import { foldForSearch } from '../../shared/text/vietnamese';

export function parseSpreadsheet(bytes: Uint8Array, fileName: string): ParsedFile {
  const sheets = readSheets(bytes, fileName);
  const tables: ImportTable[] = [];
  const skippedSheets: { sheet: string; reason: string }[] = [];
  let anyContent = false;
  // Until a sheet with content is not running text.
  let prose = true;
  let origin: TemplateOrigin | null = null;
  const sheetCount = sheets.length;
  for (let i = 0; i < sheetCount; i++) {
    const sheet = sheets[i];
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
    const hiddenRows = sheet.hiddenRows ?? [];
    // The raw cells are the reading's largest object: they go before the tables are built.
    sheets[i] = released;
    // What the sender cannot see is not on their list: a hidden model row, rows taken out.
    for (const r of hiddenRows) if (r < rows.length) rows[r] = [];
    if (rows.every((row) => !row || row.every((t) => !t))) {
      skippedSheets.push({ sheet: name, reason: 'trang tính trống' });
      continue;
    }
    anyContent = true;
    const found = tablesOfSheet(rows).filter((t) => !isProseTable(rows.slice(t.found.headerTop, t.end), t.found));
    if (found.length === 0 && looksLikeProse(rows)) {
      skippedSheets.push({ sheet: name, reason: 'văn bản, không phải bảng danh sách' });
      continue;
    }
    prose = false;
    if (found.length === 0) {
      skippedSheets.push({
        sheet: name,
        reason: /^huong dan/.test(foldForSearch(name))
          ? 'trang hướng dẫn cách điền'
          : 'không có cột họ tên (không phải danh sách đại biểu)',
      });
      continue;
    }
    // A table below the first is at the same point unless its own title names another.
    const sheetPoint =
      pointInTitle(found[0].found.title) ??
      headingPoint(found[0].found.title) ??
      (sheetNamesAPoint(name) ? name : null);
    found.forEach(({ found: table, end, title: rawTitle, setAside }, i) => {
      const title = rawTitle === null ? null : sentenceCase(rawTitle);
      const dataRows = rows.slice(table.headerBottom + 1, end).map(denseRow);
      tables.push({
        // A table below the first is told apart by its title, in the preview and the warnings.
        sheet: i === 0 ? name : `${name} – ${title ?? `bảng ${i + 1}`}`,
        headerRows:
          table.headerTop === table.headerBottom
            ? [table.headerTop + 1]
            : [table.headerTop + 1, table.headerBottom + 1],
        columns: table.columns,
        sheetPoint: i === 0 ? sheetPoint : (pointInTitle(table.title) ?? headingPoint(table.title) ?? sheetPoint),
        firstDataRow: table.headerBottom + 1,
        rows: dataRows,
        ...(title !== null && { title }),
        ...(setAside && { setAside }),
        ...hiddenIn(hiddenRows, table.headerBottom + 1, end),
      });
    });
  }
  if (tables.length === 0) {
    if (!anyContent) throw importError(importMessages.empty);
    if (prose) throw importError(importMessages.prose);
    throw importError(importMessages.noNameColumn(sheetCount > 1 ? 'các trang tính' : 'trang tính'));
  }
  return origin ? { fileName, tables, skippedSheets, origin } : { fileName, tables, skippedSheets };
}

const released: RawSheet = { name: '', hidden: true, rows: [], merges: [] };

/** A row with every cell a string ('' where empty), filled in place: a long list is not copied again. */
function denseRow(row: string[] | undefined): string[] {
  if (!row) return [];
  for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = '';
  return row;
}

/** Rows of the table the file keeps hidden (a model row, rows taken out): 1-based, not imported. */
function hiddenIn(hiddenRows: readonly number[], from: number, end: number): { hiddenRows?: number[] } {
  const hidden = hiddenRows.filter((r) => r >= from && r < end).map((r) => r + 1);
  return hidden.length > 0 ? { hiddenRows: hidden } : {};
}

/** "DANH SÁCH CÁN BỘ PHỤC VỤ" → "Danh sách cán bộ phục vụ": a title typed in capitals, as a label. */
function sentenceCase(text: string): string {
  if (text !== text.toLocaleUpperCase('vi')) return text;
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}
