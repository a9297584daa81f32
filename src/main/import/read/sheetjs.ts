// Excel 97-2003 (.xls) and OpenDocument (.ods) through SheetJS, the maintained reader for
// these formats (the community edition 0.20.3, republished on npm as @e965/xlsx). Only
// values are read: no formulas are computed and no links followed.
import * as XLSX from '@e965/xlsx';
import { importError, importMessages } from '../errors';
import { importLimits } from '../../../shared/import/import-limits';
import { readBudget, withinLimits, type CellRange, type RawCell, type RawSheet } from '../sheet';
import { fontKey, readXlsFonts } from './xls-fonts';

/** An .xls or .ods; an .xls's workbook stream gives its cells' fonts, which SheetJS does not. */
export function readWithSheetJs(bytes: Uint8Array, workbookStream?: Uint8Array): RawSheet[] {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, {
      type: 'array',
      cellFormula: false,
      cellHTML: false,
      cellNF: false,
      cellText: true,
      cellDates: false,
      sheetRows: importLimits.rows + 1,
      WTF: false,
    });
  } catch (error) {
    if (/password|encrypt/i.test(String((error as Error).message))) throw importError(importMessages.encrypted);
    throw importError(importMessages.unreadable);
  }
  if (workbook.SheetNames.length > importLimits.sheets)
    throw importError(importMessages.tooManySheets(importLimits.sheets));
  const budget = readBudget();
  const sheetFonts = readXlsFonts(workbookStream, workbook.SheetNames.length);
  return workbook.SheetNames.map((name, index) => {
    const sheet = workbook.Sheets[name];
    const fontOf = sheetFonts[index];
    const rows: (RawCell | undefined)[][] = [];
    // By the cells SheetJS made, not by the range it reports: a LibreOffice sheet's formatted
    // empty rows stretch the range to the last row SheetJS reads, with nothing in them.
    for (const key of sheet ? Object.keys(sheet) : []) {
      if (key.startsWith('!')) continue;
      const { r, c } = XLSX.utils.decode_cell(key);
      const cell = sheet[key] as XLSX.CellObject;
      if (c >= importLimits.columns || cell.t === 'e' || cell.t === 'z') continue;
      const text =
        cell.t === 'n' && (cell.w === undefined || /^[\d.]+$/.test(String(cell.v))) && !/[/-]/.test(cell.w ?? '')
          ? String(cell.v)
          : (cell.w ?? String(cell.v ?? ''));
      if (text === '') continue;
      if (!rows[r]) budget.row(r);
      budget.cell();
      const font = cell.t === 's' ? fontOf?.get(fontKey(r, c)) : undefined;
      (rows[r] ??= [])[c] = font ? { text, font } : { text };
    }
    const merges = (sheet?.['!merges'] ?? [])
      .map((m) => withinLimits({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }))
      .filter((m): m is CellRange => m !== null);
    const hidden = (workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0;
    return { name, hidden, rows, merges };
  });
}
