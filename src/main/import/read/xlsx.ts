// Excel 2007+ workbooks read part by part from the zip (see zip.ts for the caps), with a
// streaming XML parser. Formulas are never evaluated: a cell gives its last saved value.
import { AppError } from '../../../shared/errors';
import { importError, importMessages } from '../errors';
import { importLimits } from '../../../shared/import/import-limits';
import {
  excelDateText,
  numberText,
  parseRange,
  cellAddress,
  cellName,
  readBudget,
  type CellRange,
  type RawCell,
  type RawSheet,
  type ReadBudget,
} from '../sheet';
import { decodeXml, scanXml, type XmlHandlers } from './xml-scan';
import { eachTag, ownText } from './xml-pieces';
import type { ZipArchive } from './zip';

function parseXml(xml: Buffer | undefined, handlers: XmlHandlers): void {
  if (!xml) return;
  try {
    scanXml(xml.toString('utf8'), handlers);
  } catch (error) {
    // A limit a handler reached keeps its own message.
    if (error instanceof AppError) throw error;
    throw importError(importMessages.damagedZip);
  }
}

const tagEnd = new Set([0x3e, 0x2f, 0x20, 0x09, 0x0a, 0x0d]); // > / and white space

/**
 * How many shared strings the part opens, counted on its bytes: a part of more than an import
 * reads is refused at once, not after a million of them are made.
 */
function openedStrings(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf('si', 1); at >= 0; at = bytes.indexOf('si', at + 2)) {
    const before = bytes[at - 1];
    if ((before === 0x3c || before === 0x3a) && tagEnd.has(bytes[at + 2])) count++;
  }
  return count;
}

/** A shared string more than an import reads: refused before it is kept. */
function countString(strings: readonly SharedString[]): void {
  if (strings.length >= importLimits.sharedStrings)
    throw importError(importMessages.tooManyStrings(importLimits.sharedStrings));
}

/** A cell's text, refused when longer than a cell of Excel holds (no list has one). */
function checkedText(text: string, sheet: string, row: number, col: number): string {
  if (text.length > importLimits.cellChars) throw importError(importMessages.cellTooLong(sheet, cellName(row, col)));
  return text;
}

interface SharedString {
  readonly text: string;
  readonly font?: string;
}

const textRuns = /<(?:[\w.-]+:)?t(?:\s[^<>]*)?>([^<]*)<\/(?:[\w.-]+:)?t>|<(?:[\w.-]+:)?t(?:\s[^<>]*)?\/>/g;

function readSharedStrings(zip: ZipArchive, path: string): SharedString[] {
  const bytes = zip.read(path);
  if (!bytes) return [];
  if (openedStrings(bytes) > importLimits.sharedStrings)
    throw importError(importMessages.tooManyStrings(importLimits.sharedStrings));
  if (bytes.includes('<![CDATA[') || bytes.includes('<!--')) return readSharedStringsSlowly(bytes);
  const strings: SharedString[] = [];
  const item = /<((?:[\w.-]+:)?)si\b[^<>]*?(\/?)>/g;
  eachTag(
    bytes,
    item,
    (match) => (match[2] ? null : `</${match[1]}si>`),
    (_, raw) => {
      countString(strings);
      const body = withoutPhonetic(raw);
      let text = '';
      for (let run = textRuns.exec(body); run; run = textRuns.exec(body)) text += run[1] ?? '';
      textRuns.lastIndex = 0;
      const font = /<(?:[\w.-]+:)?rFont\s+val="([^"]*)"/.exec(body)?.[1];
      const own = ownText(decodeXml(text));
      strings.push(font ? { text: own, font } : { text: own });
    },
  );
  return strings;
}

/** A text without its phonetic runs (<rPh>), reading aids that are not part of it. */
function withoutPhonetic(body: string): string {
  if (!body.includes('rPh')) return body;
  const phonetic = /<((?:[\w.-]+:)?)rPh\b/g;
  let kept = '';
  let from = 0;
  for (let match = phonetic.exec(body); match; match = phonetic.exec(body)) {
    kept += body.slice(from, match.index);
    const close = `</${match[1]}rPh>`;
    const end = body.indexOf(close, phonetic.lastIndex);
    if (end < 0) return kept;
    from = end + close.length;
    phonetic.lastIndex = from;
  }
  return kept + body.slice(from);
}

function readSharedStringsSlowly(xml: Buffer): SharedString[] {
  const strings: SharedString[] = [];
  let text = '';
  let font: string | undefined;
  let inText = false;
  let inPhonetic = false;
  parseXml(xml, {
    open: (name, attr) => {
      if (name === 'si') {
        countString(strings);
        text = '';
        font = undefined;
      } else if (name === 't' && !inPhonetic) inText = true;
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 'rFont' && font === undefined) font = attr('val') ?? '';
    },
    text: (t) => {
      // A text that outgrows any cell is not gathered further; a cell that uses it is refused.
      if (inText && text.length <= importLimits.cellChars) text += t;
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

// One pass over the sheet's XML: rows, cells' opening tags (eachTag finds their bodies) and
// merged areas. "<" never occurs inside a tag, so no attempt to match scans past the next one.
const sheetParts = new RegExp(
  [
    /<(?:[\w.-]+:)?row\b([^<>]*?)\/?>/.source,
    /<((?:[\w.-]+:)?)c\b([^<>]*?)(\/?)>/.source,
    /<(?:[\w.-]+:)?mergeCell\b([^<>]*?)\/?>/.source,
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

function readSheet(
  zip: ZipArchive,
  ref: SheetRef,
  strings: SharedString[],
  styles: Styles,
  budget: ReadBudget,
): RawSheet {
  const bytes = zip.read(ref.path) ?? Buffer.alloc(0);
  if (bytes.includes('<![CDATA[') || bytes.includes('<!--'))
    return readSheetSlowly(bytes, ref, strings, styles, budget);
  const rows: (RawCell | undefined)[][] = [];
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];
  let row = -1;
  let col = -1;
  eachTag(
    bytes,
    sheetParts,
    (m) => (m[3] !== undefined && !m[4] ? `</${m[2]}c>` : null),
    (m, body) => {
      if (m[1] !== undefined) {
        const r = rowNumber.exec(m[1])?.[1];
        row = budget.row(r ? Number(r) - 1 : row + 1);
        col = -1;
        if (m[1].includes('hidden') && rowHidden.test(m[1])) hiddenRows.push(row);
      } else if (m[3] !== undefined) {
        const attrs = m[3];
        const r = cellRef.exec(attrs)?.[1];
        col = (r ? cellAddress(r)?.col : undefined) ?? col + 1;
        if (!body || row < 0 || col >= importLimits.columns) return;
        const type = (attrs.includes('t=') && cellType.exec(attrs)?.[1]) || 'n';
        const style = attrs.includes('s=') ? Number(cellStyle.exec(attrs)?.[1] ?? 0) : 0;
        let value: string;
        if (type === 'inlineStr') {
          value = '';
          for (let run = textRuns.exec(body); run; run = textRuns.exec(body)) value += run[1] ?? '';
          textRuns.lastIndex = 0;
        } else value = cellValue.exec(body)?.[1] ?? '';
        const cell = toCell(decodeXml(value), type, style, strings, styles);
        if (cell) {
          budget.cell();
          checkedText(cell.text, ref.name, row, col);
          (rows[row] ??= [])[col] = cell;
        }
      } else if (m[5] !== undefined) {
        const range = parseRange(attribute(m[5], 'ref') ?? '');
        if (range) merges.push(range);
      }
    },
  );
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
  else text = ownText(value);
  return { text, font };
}

/** The same, through the general XML reader, for sheets with comments or CDATA. */
function readSheetSlowly(
  xml: Buffer,
  ref: SheetRef,
  strings: SharedString[],
  styles: Styles,
  budget: ReadBudget,
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
  parseXml(xml, {
    open: (name, attr) => {
      if (name === 'row') {
        const r = attr('r');
        row = budget.row(r ? Number(r) - 1 : row + 1);
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
      if (inValue && value.length <= importLimits.cellChars) value += t;
    },
    close: (name) => {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'is') inInline = false;
      else if (name === 'c' && row >= 0 && col >= 0 && col < importLimits.columns) {
        const cell = toCell(value, type, style, strings, styles);
        if (cell) {
          budget.cell();
          checkedText(cell.text, ref.name, row, col);
          (rows[row] ??= [])[col] = cell;
        }
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
  const budget = readBudget();
  return workbook.sheets.map((ref) => readSheet(zip, ref, strings, styles, budget));
}
