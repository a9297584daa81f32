// Excel 2007+ workbooks read part by part from the zip (see zip.ts for the caps), with a
// streaming XML parser. Formulas are never evaluated: a cell gives its last saved value.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { importError, importMessages } from '../errors';
import { importLimits } from '../../../shared/import-limits';
import { excelDateText, numberText, parseRange, cellAddress, type CellRange, type RawCell, type RawSheet } from '../sheet';
import type { ZipArchive } from './zip';

const local = (name: string) => name.slice(name.indexOf(':') + 1);

function parseXml(xml: Buffer | undefined, handlers: {
  open?: (tag: SaxesTagPlain, name: string) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
}): void {
  if (!xml) return;
  const parser = new SaxesParser();
  if (handlers.open) parser.on('opentag', (tag) => handlers.open!(tag as SaxesTagPlain, local(tag.name)));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  if (handlers.close) parser.on('closetag', (tag) => handlers.close!(local(tag.name)));
  try {
    parser.write(xml.toString('utf8')).close();
  } catch {
    throw importError(importMessages.damagedZip);
  }
}

interface SharedString {
  readonly text: string;
  readonly font?: string;
}

function readSharedStrings(zip: ZipArchive, path: string): SharedString[] {
  const strings: SharedString[] = [];
  let text = '';
  let font: string | undefined;
  let inText = false;
  let inPhonetic = false;
  parseXml(zip.read(path), {
    open: (tag, name) => {
      if (name === 'si') {
        text = '';
        font = undefined;
      } else if (name === 't' && !inPhonetic) inText = true;
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 'rFont' && font === undefined) font = String(tag.attributes.val ?? '');
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
    open: (tag, name) => {
      const a = tag.attributes;
      if (name === 'fonts' || name === 'cellXfs' || name === 'cellStyleXfs') section = name;
      else if (name === 'numFmt') {
        const code = String(a.formatCode ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '');
        if (/[dy]/i.test(code)) customDates.add(Number(a.numFmtId));
      } else if (name === 'font' && section === 'fonts') {
        inFont = true;
        fontNames.push(undefined);
      } else if (name === 'name' && inFont) fontNames[fontNames.length - 1] = String(a.val ?? '');
      else if (name === 'xf' && section === 'cellXfs') {
        const numFmt = Number(a.numFmtId ?? 0);
        fonts.push(fontNames[Number(a.fontId ?? 0)]);
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
    open: (tag, name) => {
      if (name === 'Relationship') {
        targets.set(String(tag.attributes.Id), { type: String(tag.attributes.Type ?? ''), target: resolveTarget('xl/workbook.xml', String(tag.attributes.Target ?? '')) });
      }
    },
  });
  const sheets: SheetRef[] = [];
  parseXml(zip.read('xl/workbook.xml'), {
    open: (tag, name) => {
      if (name !== 'sheet') return;
      const relId = Object.entries(tag.attributes).find(([key]) => local(key) === 'id' && key.includes(':'))?.[1];
      const target = targets.get(String(relId));
      if (target) sheets.push({ name: String(tag.attributes.name ?? ''), path: target.target, hidden: tag.attributes.state === 'hidden' || tag.attributes.state === 'veryHidden' });
    },
  });
  const byType = (suffix: string) => [...targets.values()].find((t) => t.type.endsWith(suffix))?.target;
  return { sheets, sharedStrings: byType('/sharedStrings'), styles: byType('/styles') };
}

function readSheet(zip: ZipArchive, ref: SheetRef, strings: SharedString[], styles: Styles, budget: { rows: number }): RawSheet {
  const rows: (RawCell | undefined)[][] = [];
  const merges: CellRange[] = [];
  let row = -1;
  let col = -1;
  let type = '';
  let style = 0;
  let value = '';
  let inValue = false;
  let inInline = false;
  parseXml(zip.read(ref.path), {
    open: (tag, name) => {
      const a = tag.attributes;
      if (name === 'row') {
        row = a.r ? Number(a.r) - 1 : row + 1;
        col = -1;
        if (--budget.rows < 0) throw importError(importMessages.tooManyRows(importLimits.rows));
      } else if (name === 'c') {
        col = (a.r ? cellAddress(String(a.r))?.col : undefined) ?? col + 1;
        type = String(a.t ?? 'n');
        style = Number(a.s ?? 0);
        value = '';
      } else if (name === 'v') inValue = true;
      else if (name === 'is') inInline = true;
      else if (name === 't' && inInline) inValue = true;
      else if (name === 'mergeCell') {
        const range = parseRange(String(a.ref ?? ''));
        if (range) merges.push(range);
      }
    },
    text: (t) => {
      if (inValue) value += t;
    },
    close: (name) => {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'is') inInline = false;
      else if (name === 'c') {
        if (row < 0 || col < 0 || col >= importLimits.columns || value === '') return;
        let cell: RawCell;
        if (type === 's') cell = strings[Number(value)] ?? { text: '' };
        else if (type === 'b') cell = { text: value === '1' ? 'TRUE' : 'FALSE' };
        else if (type === 'n' && styles.dates[style]) cell = { text: excelDateText(Number(value)) };
        else if (type === 'n') cell = { text: numberText(value) };
        else if (type === 'e') return;
        else cell = { text: value };
        const font = cell.font ?? styles.fonts[style];
        (rows[row] ??= [])[col] = font && !cell.font ? { ...cell, font } : cell;
      }
    },
  });
  return { name: ref.name, hidden: ref.hidden, rows, merges };
}

export function readXlsx(zip: ZipArchive): RawSheet[] {
  const workbook = readWorkbook(zip);
  if (workbook.sheets.length === 0) throw importError(importMessages.unreadable);
  if (workbook.sheets.length > importLimits.sheets) throw importError(importMessages.tooManySheets(importLimits.sheets));
  const strings = workbook.sharedStrings ? readSharedStrings(zip, workbook.sharedStrings) : [];
  const styles = workbook.styles ? readStyles(zip, workbook.styles) : { fonts: [], dates: [] };
  const budget = { rows: importLimits.rows };
  return workbook.sheets.map((ref) => readSheet(zip, ref, strings, styles, budget));
}
