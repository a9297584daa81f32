// Excel 2007+ workbooks read part by part from the zip (see zip.ts for the caps), with a
// streaming XML parser. Formulas are never evaluated: a cell gives its last saved value.
import { importError, importMessages } from '../errors';
import { importLimits } from '../../../shared/import-limits';
import {
  excelDateText,
  numberText,
  parseRange,
  cellAddress,
  type CellRange,
  type RawCell,
  type RawSheet,
} from '../sheet';
import { decodeXml, scanXml, type XmlHandlers } from './xml-scan';
import type { ZipArchive } from './zip';

function parseXml(xml: Buffer | undefined, handlers: XmlHandlers): void {
  if (!xml) return;
  try {
    scanXml(xml.toString('utf8'), handlers);
  } catch {
    throw importError(importMessages.damagedZip);
  }
}

interface SharedString {
  readonly text: string;
  readonly font?: string;
}

const textRuns = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?t>|<(?:[\w.-]+:)?t(?:\s[^>]*)?\/>/g;

function readSharedStrings(zip: ZipArchive, path: string): SharedString[] {
  const xml = zip.read(path)?.toString('utf8');
  if (!xml) return [];
  if (xml.includes('<![CDATA[') || xml.includes('<!--')) return readSharedStringsSlowly(xml);
  const strings: SharedString[] = [];
  const item = /<(?:[\w.-]+:)?si(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?si>|<(?:[\w.-]+:)?si\s*\/>/g;
  for (let match = item.exec(xml); match; match = item.exec(xml)) {
    // Phonetic runs (<rPh>) are reading aids, not part of the text.
    const body = (match[1] ?? '').replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
    let text = '';
    for (let run = textRuns.exec(body); run; run = textRuns.exec(body)) text += run[1] ?? '';
    textRuns.lastIndex = 0;
    const font = /<(?:[\w.-]+:)?rFont\s+val="([^"]*)"/.exec(body)?.[1];
    strings.push(font ? { text: decodeXml(text), font } : { text: decodeXml(text) });
  }
  return strings;
}

function readSharedStringsSlowly(xml: string): SharedString[] {
  const strings: SharedString[] = [];
  let text = '';
  let font: string | undefined;
  let inText = false;
  let inPhonetic = false;
  parseXml(Buffer.from(xml), {
    open: (name, attr) => {
      if (name === 'si') {
        text = '';
        font = undefined;
      } else if (name === 't' && !inPhonetic) inText = true;
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 'rFont' && font === undefined) font = attr('val') ?? '';
    },
    text: (t) => {
      if (inText) text += t;
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') strings.push(font ? { text, font } : { text });
    },
  });
  return strings;
}

interface Styles {
  /** Font name per cell style index. */
  readonly fonts: (string | undefined)[];
  /** Whether each cell style shows a number as a date. */
  readonly dates: boolean[];
}

const builtInDateFormats = new Set([14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

function readStyles(zip: ZipArchive, path: string): Styles {
  const fontNames: (string | undefined)[] = [];
  const customDates = new Set<number>();
  const fonts: (string | undefined)[] = [];
  const dates: boolean[] = [];
  let section = '';
  let inFont = false;
  parseXml(zip.read(path), {
    open: (name, attr) => {
      if (name === 'fonts' || name === 'cellXfs' || name === 'cellStyleXfs') section = name;
      else if (name === 'numFmt') {
        const code = (attr('formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '');
        if (/[dy]/i.test(code)) customDates.add(Number(attr('numFmtId')));
      } else if (name === 'font' && section === 'fonts') {
        inFont = true;
        fontNames.push(undefined);
      } else if (name === 'name' && inFont) fontNames[fontNames.length - 1] = attr('val') ?? '';
      else if (name === 'xf' && section === 'cellXfs') {
        const numFmt = Number(attr('numFmtId') ?? 0);
        fonts.push(fontNames[Number(attr('fontId') ?? 0)]);
        dates.push(builtInDateFormats.has(numFmt) || customDates.has(numFmt));
      }
    },
    close: (name) => {
      if (name === 'font') inFont = false;
      else if (name === section) section = '';
    },
  });
  return { fonts, dates };
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

interface SheetRef {
  readonly name: string;
  readonly path: string;
  readonly hidden: boolean;
}

function readWorkbook(zip: ZipArchive): { sheets: SheetRef[]; sharedStrings?: string; styles?: string } {
  const targets = new Map<string, { type: string; target: string }>();
  parseXml(zip.read('xl/_rels/workbook.xml.rels'), {
    open: (name, attr) => {
      if (name === 'Relationship') {
        targets.set(attr('Id') ?? '', {
          type: attr('Type') ?? '',
          target: resolveTarget('xl/workbook.xml', attr('Target') ?? ''),
        });
      }
    },
  });
  const sheets: SheetRef[] = [];
  parseXml(zip.read('xl/workbook.xml'), {
    open: (name, attr) => {
      if (name !== 'sheet') return;
      // r:id, whatever the prefix ("id" alone would be the sheetId's neighbour in some writers).
      const target = targets.get(attr('id') ?? '');
      const state = attr('state');
      if (target)
        sheets.push({
          name: attr('name') ?? '',
          path: target.target,
          hidden: state === 'hidden' || state === 'veryHidden',
        });
    },
  });
  const byType = (suffix: string) => [...targets.values()].find((t) => t.type.endsWith(suffix))?.target;
  return { sheets, sharedStrings: byType('/sharedStrings'), styles: byType('/styles') };
}

// One pass over the sheet's XML: rows, cells (with their value or inline text) and merged areas.
const sheetParts = new RegExp(
  [
    /<(?:[\w.-]+:)?row\b([^>]*?)\/?>/.source,
    /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/.source,
    /<(?:[\w.-]+:)?mergeCell\b([^>]*?)\/?>/.source,
  ].join('|'),
  'g',
);
const attribute = (attrs: string, name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];
const rowNumber = /(?:^|\s)r="(\d+)"/;
const cellRef = /(?:^|\s)r="([A-Z]+\d+)"/i;
const cellType = /(?:^|\s)t="(\w+)"/;
const cellStyle = /(?:^|\s)s="(\d+)"/;
const rowHidden = /(?:^|\s)hidden="(?:1|true)"/;
const cellValue = /<(?:[\w.-]+:)?v>([^<]*)<\/(?:[\w.-]+:)?v>/;

/**
 * A row of the sheet, counted against the budget. Its number may not lie beyond the rows an
 * import reads either: a single `<row r="2000000000">` would make every later pass walk two
 * billion empty rows.
 */
function nextRow(row: number, budget: { rows: number }): number {
  if (--budget.rows < 0 || row >= importLimits.rows) throw importError(importMessages.tooManyRows(importLimits.rows));
  return row;
}

function readSheet(
  zip: ZipArchive,
  ref: SheetRef,
  strings: SharedString[],
  styles: Styles,
  budget: { rows: number },
): RawSheet {
  const xml = zip.read(ref.path)?.toString('utf8') ?? '';
  if (xml.includes('<![CDATA[') || xml.includes('<!--')) return readSheetSlowly(xml, ref, strings, styles, budget);
  const rows: (RawCell | undefined)[][] = [];
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];
  let row = -1;
  let col = -1;
  sheetParts.lastIndex = 0;
  for (let m = sheetParts.exec(xml); m; m = sheetParts.exec(xml)) {
    if (m[1] !== undefined) {
      const r = rowNumber.exec(m[1])?.[1];
      row = nextRow(r ? Number(r) - 1 : row + 1, budget);
      col = -1;
      if (m[1].includes('hidden') && rowHidden.test(m[1])) hiddenRows.push(row);
    } else if (m[2] !== undefined) {
      const r = cellRef.exec(m[2])?.[1];
      col = (r ? cellAddress(r)?.col : undefined) ?? col + 1;
      const body = m[3];
      if (!body || row < 0 || col >= importLimits.columns) continue;
      const type = (m[2].includes('t=') && cellType.exec(m[2])?.[1]) || 'n';
      const style = m[2].includes('s=') ? Number(cellStyle.exec(m[2])?.[1] ?? 0) : 0;
      let value: string;
      if (type === 'inlineStr') {
        value = '';
        for (let run = textRuns.exec(body); run; run = textRuns.exec(body)) value += run[1] ?? '';
        textRuns.lastIndex = 0;
      } else value = cellValue.exec(body)?.[1] ?? '';
      const cell = toCell(decodeXml(value), type, style, strings, styles);
      if (cell) (rows[row] ??= [])[col] = cell;
    } else if (m[4] !== undefined) {
      const range = parseRange(attribute(m[4], 'ref') ?? '');
      if (range) merges.push(range);
    }
  }
  return { name: ref.name, hidden: ref.hidden, rows, merges, hiddenRows };
}

function toCell(
  value: string,
  type: string,
  style: number,
  strings: SharedString[],
  styles: Styles,
): RawCell | undefined {
  if (value === '' || type === 'e') return undefined;
  // One object of one shape per cell: a sheet may hold millions of them.
  let text: string;
  let font = styles.fonts[style];
  if (type === 's') {
    const shared = strings[Number(value)];
    text = shared?.text ?? '';
    font = shared?.font ?? font;
  } else if (type === 'b') text = value === '1' ? 'TRUE' : 'FALSE';
  else if (type === 'n' && styles.dates[style]) text = excelDateText(Number(value));
  else if (type === 'n') text = numberText(value);
  else text = value;
  return { text, font };
}

/** The same, through the general XML reader, for sheets with comments or CDATA. */
function readSheetSlowly(
  xml: string,
  ref: SheetRef,
  strings: SharedString[],
  styles: Styles,
  budget: { rows: number },
): RawSheet {
  const rows: (RawCell | undefined)[][] = [];
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];
  let row = -1;
  let col = -1;
  let type = '';
  let style = 0;
  let value = '';
  let inValue = false;
  let inInline = false;
  parseXml(Buffer.from(xml), {
    open: (name, attr) => {
      if (name === 'row') {
        const r = attr('r');
        row = nextRow(r ? Number(r) - 1 : row + 1, budget);
        col = -1;
        if (attr('hidden') === '1' || attr('hidden') === 'true') hiddenRows.push(row);
      } else if (name === 'c') {
        const r = attr('r');
        col = (r ? cellAddress(r)?.col : undefined) ?? col + 1;
        type = attr('t') ?? 'n';
        style = Number(attr('s') ?? 0);
        value = '';
      } else if (name === 'v') inValue = true;
      else if (name === 'is') inInline = true;
      else if (name === 't' && inInline) inValue = true;
      else if (name === 'mergeCell') {
        const range = parseRange(attr('ref') ?? '');
        if (range) merges.push(range);
      }
    },
    text: (t) => {
      if (inValue) value += t;
    },
    close: (name) => {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'is') inInline = false;
      else if (name === 'c' && row >= 0 && col >= 0 && col < importLimits.columns) {
        const cell = toCell(value, type, style, strings, styles);
        if (cell) (rows[row] ??= [])[col] = cell;
      }
    },
  });
  return { name: ref.name, hidden: ref.hidden, rows, merges, hiddenRows };
}

export function readXlsx(zip: ZipArchive): RawSheet[] {
  const workbook = readWorkbook(zip);
  if (workbook.sheets.length === 0) throw importError(importMessages.unreadable);
  if (workbook.sheets.length > importLimits.sheets)
    throw importError(importMessages.tooManySheets(importLimits.sheets));
  const strings = workbook.sharedStrings ? readSharedStrings(zip, workbook.sharedStrings) : [];
  const styles = workbook.styles ? readStyles(zip, workbook.styles) : { fonts: [], dates: [] };
  const budget = { rows: importLimits.rows };
  return workbook.sheets.map((ref) => readSheet(zip, ref, strings, styles, budget));
}
