// A sheet that prints well the first time (docs/formats.md, "Excel reports"): A4 at full size
// (landscape for a wide table, long texts wrapped in narrower columns rather than the whole
// sheet shrunk to fit), the header row repeated on every page and frozen on screen, a merged title block
// in Times New Roman, an autofilter over the table, texts as text and counts as numbers.
// Rows are written as they come (exceljs's streaming writer), so 100,000 rows never sit in
// memory at once.
import type ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import { sheetText } from './cell-text';
import { cancelledMessage } from './work';
import type { WorkbookFile } from './workbook-file';

type Sheet = ExcelJS.Worksheet;

/**
 * order: "TT" numbers; text: any text (phone numbers too: the leading 0 stays); count: a number
 * to add up; rate: a share from 0 to 1, shown as a percentage.
 */
export type ColumnType = 'order' | 'text' | 'count' | 'rate';

export interface ReportColumn {
  readonly header: string;
  readonly type: ColumnType;
  /** Excel's width units (about one digit each). */
  readonly width: number;
  readonly center?: boolean;
  readonly hidden?: boolean;
  /** Where a wide table is narrowed to print at full size, not below this (a name on one line). */
  readonly narrowest?: number;
}

export interface TitleLine {
  readonly text: string;
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** A paragraph of text reads from the left; titles are centred. */
  readonly left?: boolean;
}

/** A formula's result is stored with it; "" for a rate whose divisor is 0 (=IF(C5=0,"",D5/C5)). */
export type SheetValue = string | number | null | { readonly formula: string; readonly result: number | string };

export interface ReportSheetOptions {
  readonly name: string;
  readonly title: readonly TitleLine[];
  readonly columns: readonly ReportColumn[];
  /** Points, for rows tall enough to sign in. */
  readonly rowHeight?: number;
  /** Data cells stay editable while the title and header are protected (templates sent out). */
  readonly editableData?: boolean;
  /** What may be typed in a column (by its index), checked by the spreadsheet on the data rows. */
  readonly validations?: Readonly<Record<number, ExcelJS.DataValidation>>;
}

const font = 'Times New Roman';
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
/** Page margins in inches (exceljs's unit): left, right and the rest. */
const margins = { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
/** Millimetres a width unit takes on paper: 7 pixels (a digit of the default font) at 96 dpi. */
export const mmPerWidthUnit = (7 * 25.4) / 96;
/**
 * Width units that print across A4 between the margins at 100 %, less 5 % for a spreadsheet
 * that draws a unit a little wider than Excel does (LibreOffice with another default font).
 */
export const pageWidthUnits = {
  portrait: Math.floor(((210 - (margins.left + margins.right) * 25.4) / mmPerWidthUnit) * 0.95),
  landscape: Math.floor(((297 - (margins.left + margins.right) * 25.4) / mmPerWidthUnit) * 0.95),
} as const;
/** A wrapped text column is not narrowed below this many units (about a word and a half). */
const narrowestWrapped = 12;
/** Points per line of 12 pt Times New Roman, with the cell's padding. */
const lineHeight = 15.6;

/**
 * How many lines a wrapped text takes in a column `width` units wide. Spreadsheets do not
 * grow a row for wrapped text on their own when they open a file (LibreOffice keeps the
 * default height), so each row is given the height its longest text needs.
 */
export function wrappedLines(text: string, width: number): number {
  // A unit is about one digit of the default font; Times New Roman letters are a little
  // narrower, and a line keeps a character's room for the padding.
  const perLine = Math.max(1, Math.floor(width * 1.2) - 1);
  if (text.length <= perLine && !text.includes('\n')) return 1;
  // Words laid out one after another, without splitting the text (it runs for every cell).
  let lines = 1;
  let used = 0;
  let wordStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (code !== 32 && code !== 10) continue;
    const length = i - wordStart;
    wordStart = i + 1;
    if (used === 0) used = length;
    else if (used + 1 + length <= perLine) used += 1 + length;
    else {
      lines++;
      used = length;
    }
    while (used > perLine) {
      lines++;
      used -= perLine;
    }
    if (code === 10) {
      lines++;
      used = 0;
    }
  }
  return lines;
}

export interface PrintLayout {
  readonly orientation: 'portrait' | 'landscape';
  /** Each column's width, wrapped text columns narrowed where the table was wider than the page. */
  readonly widths: readonly number[];
}

/**
 * Widths whose total is at most `limit`, the excess given back by the wrapped text columns
 * (names, positions, notes), each in proportion to how far it is wider than it may become:
 * `keep` of its width, and never less than its `narrowest` (or `narrowestWrapped`); `fits` says
 * whether they could.
 */
function narrowTo(
  columns: readonly ReportColumn[],
  limit: number,
  keep: number,
): { widths: readonly number[]; fits: boolean } {
  const visible = (c: ReportColumn) => !(c.hidden ?? false);
  const excess = columns.filter(visible).reduce((sum, c) => sum + c.width, 0) - limit;
  if (excess <= 0) return { widths: columns.map((c) => c.width), fits: true };
  const wraps = (c: ReportColumn) => visible(c) && c.type === 'text' && !(c.center ?? false);
  const floor = (c: ReportColumn) =>
    Math.min(c.width, Math.max(c.narrowest ?? narrowestWrapped, Math.ceil(c.width * keep)));
  const room = columns.reduce((sum, c) => sum + (wraps(c) ? c.width - floor(c) : 0), 0);
  const share = room === 0 ? 0 : Math.min(1, excess / room);
  return {
    widths: columns.map((c) => (wraps(c) ? c.width - Math.ceil((c.width - floor(c)) * share) : c.width)),
    fits: room >= excess,
  };
}

/**
 * How a table goes on A4 at full size: portrait if it fits there with its long texts at no
 * less than three quarters of their widths, else landscape, where a table still too wide
 * wraps its long texts in narrower columns, so that a text takes another line instead of the
 * whole sheet printing at 60 % (12 pt read as 7 pt).
 */
export function printLayout(columns: readonly ReportColumn[]): PrintLayout {
  const portrait = narrowTo(columns, pageWidthUnits.portrait, 0.75);
  if (portrait.fits) return { orientation: 'portrait', widths: portrait.widths };
  return { orientation: 'landscape', widths: narrowTo(columns, pageWidthUnits.landscape, 0).widths };
}

// One style object per kind of cell, given to every cell by reference: exceljs then files it
// once instead of comparing a new object for each of 100,000 rows.
function cellStyle(type: ColumnType, center: boolean, editable: boolean): Partial<ExcelJS.Style> {
  return {
    font: { name: font, size: 12 },
    numFmt: type === 'text' ? '@' : type === 'count' ? '#,##0' : type === 'rate' ? '0.0%' : undefined,
    alignment: {
      vertical: 'middle',
      horizontal: type === 'text' && !center ? 'left' : 'center',
      wrapText: type === 'text',
    },
    border: thin,
    protection: editable ? { locked: false } : undefined,
  };
}

const headerStyle: Partial<ExcelJS.Style> = {
  font: { name: font, size: 12, bold: true },
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  border: thin,
};

export class ReportSheet {
  readonly headerRow: number;
  private readonly sheet: Sheet;
  private readonly columns: readonly ReportColumn[];
  /** Each column's width where its text wraps, 0 where it does not. */
  private readonly wrapWidths: readonly number[];
  private readonly styles: Partial<ExcelJS.Style>[];
  private readonly boldStyles: Partial<ExcelJS.Style>[];
  private readonly groupStyle: Partial<ExcelJS.Style>;
  private next: number;
  private lastData: number;
  /** An empty cell: in an editable sheet an empty text, since the writer leaves out rows with no value at all. */
  private readonly blank: '' | null;

  constructor(
    private readonly workbook: WorkbookFile,
    private readonly options: ReportSheetOptions,
  ) {
    const { title } = options;
    const layout = printLayout(options.columns);
    const columns = options.columns.map((c, i) => ({ ...c, width: layout.widths[i] }));
    this.columns = columns;
    this.wrapWidths = columns.map((c) => (c.type === 'text' ? c.width : 0));
    this.headerRow = title.length + 2;
    this.next = this.headerRow + 1;
    this.lastData = this.headerRow;
    this.sheet = workbook.book.addWorksheet(options.name, {
      pageSetup: {
        paperSize: 9,
        orientation: layout.orientation,
        // The widths fit the page at 100 %; one page wide stays as a net for a spreadsheet
        // that draws them a little wider, so that a column never goes to a page of its own.
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        printTitlesRow: `${this.headerRow}:${this.headerRow}`,
        margins,
      },
      headerFooter: { oddFooter: `&C&"${font},Regular"&11Trang &P/&N` },
      views: [
        {
          state: 'frozen',
          xSplit: 0,
          ySplit: this.headerRow,
          topLeftCell: `A${this.headerRow + 1}`,
          activeCell: `A${this.headerRow + 1}`,
        },
      ],
    });
    const editable = options.editableData ?? false;
    // In a template the columns themselves are open, so staff can paste a list longer than the
    // rows prepared for it (cells below keep text as text too).
    this.sheet.columns = columns.map((c) => ({
      width: c.width,
      hidden: c.hidden ?? false,
      style: editable ? { protection: { locked: false }, numFmt: c.type === 'text' ? '@' : undefined } : undefined,
    }));
    this.blank = editable ? '' : null;
    this.styles = columns.map((c) => cellStyle(c.type, c.center ?? false, editable));
    this.boldStyles = this.styles.map((s) => ({ ...s, font: { name: font, size: 12, bold: true } }));
    this.groupStyle = { ...headerStyle, alignment: { vertical: 'middle', horizontal: 'left', wrapText: true } };

    const tableWidth = columns.reduce((sum, c) => sum + (c.hidden ? 0 : c.width), 0);
    title.forEach((line, i) => {
      const row = this.sheet.getRow(i + 1);
      row.getCell(1).value = sheetText(line.text);
      row.getCell(1).style = {
        font: { name: font, size: line.size, bold: line.bold ?? false, italic: line.italic ?? false },
        alignment: { horizontal: line.left ? 'justify' : 'center', vertical: 'middle', wrapText: true },
      };
      // Larger letters take more room: the line is measured as if in 12 pt.
      row.height = Math.round(line.size * 1.7) * wrappedLines(line.text, (tableWidth * 12) / line.size);
      this.sheet.mergeCells(i + 1, 1, i + 1, columns.length);
      row.commit();
    });
    const header = this.sheet.getRow(this.headerRow);
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.style = headerStyle;
    });
    header.height = 33;
    header.commit();
  }

  /** The number the next row will have. */
  get nextRow(): number {
    return this.next;
  }

  /** A row of the table; returns its number. */
  add(values: readonly SheetValue[]): number {
    this.lastData = this.next;
    return this.write(values, this.styles);
  }

  /** The totals under the table (bold, outside the filter). */
  addTotal(values: readonly SheetValue[]): number {
    return this.write(values, this.boldStyles);
  }

  private write(values: readonly SheetValue[], styles: readonly Partial<ExcelJS.Style>[]): number {
    const number = this.next++;
    const row = this.sheet.getRow(number);
    let lines = 1;
    for (let i = 0; i < this.columns.length; i++) {
      const cell = row.getCell(i + 1);
      const value = values[i];
      if (typeof value === 'string') {
        const text = sheetText(value);
        cell.value = text;
        const width = this.wrapWidths[i];
        if (width > 0 && text.length > width) lines = Math.max(lines, wrappedLines(text, width));
      } else cell.value = value ?? this.blank;
      cell.style = styles[i];
    }
    const height = Math.max(this.options.rowHeight ?? 0, lines > 1 ? lines * lineHeight : 0);
    if (height > 0) row.height = height;
    row.commit();
    return number;
  }

  /** A row naming a group ("I. ĐIỂM CẦU …") across the whole table. */
  addGroup(text: string): void {
    const number = this.next++;
    const row = this.sheet.getRow(number);
    for (let i = 1; i <= this.columns.length; i++) row.getCell(i).style = this.groupStyle;
    row.getCell(1).value = sheetText(text);
    this.sheet.mergeCells(number, 1, number, this.columns.length);
    row.height = 21;
    row.commit();
    this.lastData = number;
  }

  /**
   * Waits until the zip has caught up with what was written. exceljs does not push back
   * (exceljs#734) and shows nothing of what waits for compression: rows written faster than
   * they are compressed would pile up in memory (all 100,000 of them) and be compressed only at
   * the end. The zip has caught up when the file stops growing over a short timer and the
   * disk is not behind. Giving the thread back lets the compression, which runs beside it, keep
   * up; `meanwhile` (reading the next rows, say) is done instead of waiting as long as it has
   * something to do.
   */
  async settle(signal: AbortSignal, meanwhile?: () => boolean): Promise<void> {
    let before: number | null = null;
    for (;;) {
      this.workbook.check();
      if (signal.aborted) throw new AppError('CANCELLED', cancelledMessage);
      if (before !== null && this.workbook.output === before && !this.workbook.behind) return;
      if (meanwhile?.()) {
        before = null;
        await new Promise((resolve) => setImmediate(resolve));
      } else {
        before = this.workbook.output;
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    }
  }

  /** Filters on the header, protection where asked, and the sheet written out. */
  finish(): void {
    this.sheet.autoFilter = {
      from: { row: this.headerRow, column: 1 },
      to: { row: this.lastData, column: this.columns.length },
    };
    // A rule per range through the sheet's `dataValidations` (public, left out of the typings, as
    // exceljs#1109 answers): the typed per-cell form comes out as overlapping ranges of which
    // LibreOffice keeps only the first (exceljs#2820).
    const rules = (
      this.sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
    ).dataValidations;
    for (const [index, rule] of Object.entries(this.options.validations ?? {})) {
      const column = this.sheet.getColumn(Number(index) + 1).letter;
      rules.add(`${column}${this.headerRow + 1}:${column}${Math.max(this.lastData, this.headerRow + 1)}`, rule);
    }
    if (this.options.editableData) {
      // No password: the protection keeps the header from being changed by mistake, and the
      // staff who fill the list may still add, remove, sort and filter rows.
      void this.sheet.protect('', {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        formatRows: true,
        insertRows: true,
        deleteRows: true,
        sort: true,
        autoFilter: true,
      });
    }
    this.sheet.commit();
  }
}

/** A sheet of key-value rows nobody sees in Excel, read back by the app (templates). */
export function addHiddenSheet(
  workbook: WorkbookFile,
  name: string,
  entries: readonly (readonly [string, string])[],
): void {
  const sheet = workbook.book.addWorksheet(name, { state: 'veryHidden' });
  entries.forEach(([key, value], i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).value = key;
    row.getCell(2).value = sheetText(value);
    row.commit();
  });
  sheet.commit();
}

/** Column widths that fit the longest text of each column, between the column's bounds. */
export function fittedWidth(longest: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.ceil(longest * 1.1) + 2));
}

/** The length of the longest text (for widths), without spreading a long list into arguments. */
export function longest(values: Iterable<string | null | undefined>): number {
  let max = 0;
  for (const v of values) if (v && v.length > max) max = v.length;
  return max;
}
