// Word documents (.docx): the body of word/document.xml in document order as ONE sheet. Each
// paragraph outside a table is a row with its text in the first cell; each table row is a row of
// cells. One sheet for the whole document (not one per table) because the table finder already
// reads title rows above a table ("Điểm cầu: …") as its point, and splits several tables of one
// sheet, each under its own heading, with split-tables; a sheet per table would lose both.
// gridSpan becomes a horizontal merge and vMerge a vertical one, so a group row spanning the
// table ("I. ĐIỂM CẦU …") is the merged group row the finder knows from spreadsheets.
import { importError, importMessages } from '../errors';
import { importLimits } from '../../../shared/import/import-limits';
import { withinLimits, type CellRange, type RawCell, type RawSheet } from '../sheet';
import { scanXml, type XmlHandlers } from './xml-scan';
import type { ZipArchive } from './zip';

/** Tables inside a cell deeper than this give their text to the cell but no structure. */
const maxNesting = 8;
/** Characters kept per cell or paragraph: a list's field is short; the rest is a hostile file. */
const maxFieldChars = 10_000;

function parse(xml: Buffer | undefined, handlers: XmlHandlers): void {
  if (!xml) return;
  try {
    scanXml(xml.toString('utf8'), handlers);
  } catch {
    throw importError(importMessages.damagedWord);
  }
}

interface StyleFonts {
  readonly byStyle: Map<string, string>;
  readonly basedOn: Map<string, string>;
  readonly fallback?: string;
}

function fontOf(attr: (name: string) => string | undefined): string | undefined {
  return attr('ascii') ?? attr('hAnsi') ?? attr('cs') ?? undefined;
}

function readStyleFonts(zip: ZipArchive): StyleFonts {
  const byStyle = new Map<string, string>();
  const basedOn = new Map<string, string>();
  let fallback: string | undefined;
  let style: string | null = null;
  let inDefaults = false;
  let defaultParagraph: string | undefined;
  parse(zip.read('word/styles.xml'), {
    open: (name, attr) => {
      if (name === 'docDefaults') inDefaults = true;
      else if (name === 'style') {
        style = attr('styleId') ?? null;
        if (style && attr('type') === 'paragraph' && attr('default') === '1') defaultParagraph = style;
      } else if (name === 'basedOn' && style) basedOn.set(style, attr('val') ?? '');
      else if (name === 'rFonts') {
        const font = fontOf(attr);
        if (!font) return;
        if (inDefaults) fallback ??= font;
        else if (style && !byStyle.has(style)) byStyle.set(style, font);
      }
    },
    close: (name) => {
      if (name === 'docDefaults') inDefaults = false;
      else if (name === 'style') style = null;
    },
  });
  if (defaultParagraph && byStyle.has(defaultParagraph)) fallback = byStyle.get(defaultParagraph);
  return { byStyle, basedOn, fallback };
}

function styleFont(fonts: StyleFonts, id: string | undefined): string | undefined {
  for (let depth = 0; id && depth < 16; depth++) {
    const font = fonts.byStyle.get(id);
    if (font) return font;
    id = fonts.basedOn.get(id);
  }
  return fonts.fallback;
}

interface Cell {
  text: string;
  font?: string;
  span: number;
  vMerge?: 'restart' | 'continue';
}

interface Table {
  rows: Cell[][];
}

export function readDocx(zip: ZipArchive, name: string): RawSheet[] {
  const fonts = readStyleFonts(zip);
  const rows: (RawCell | undefined)[][] = [];
  const merges: CellRange[] = [];
  let rowBudget = importLimits.rows;
  const pushRow = (row: (RawCell | undefined)[]) => {
    if (--rowBudget < 0) throw importError(importMessages.tooManyRows(importLimits.rows));
    rows.push(row);
  };

  // Text being gathered: of the paragraph outside tables, or of the innermost table cell.
  let paragraph = '';
  let paragraphFont: string | undefined;
  let paragraphStyleFont: string | undefined;
  let runFont: string | undefined;
  let tableDepth = 0;
  const tables: Table[] = [];
  let cell: Cell | null = null;
  let cellCount = 0;
  // Parts whose text is not the document's words: field codes, deleted text, the second
  // branch of mc:AlternateContent, text boxes (read nowhere: they float beside the list).
  let skip = 0;
  let inText = false;
  let alternate = 0;
  let choiceTaken = false;
  let inProperties = 0;

  const append = (text: string) => {
    if (paragraph.length < maxFieldChars) paragraph += text.slice(0, maxFieldChars - paragraph.length);
    if (text.trim() !== '' && paragraphFont === undefined) paragraphFont = runFont ?? paragraphStyleFont;
  };

  const endParagraph = () => {
    const text = paragraph.trim();
    const font = paragraphFont ?? paragraphStyleFont ?? fonts.fallback;
    paragraph = '';
    paragraphFont = undefined;
    paragraphStyleFont = undefined;
    if (cell) {
      if (text === '') return;
      cell.text = cell.text ? `${cell.text}\n${text}`.slice(0, maxFieldChars) : text;
      cell.font ??= font;
    } else if (text !== '') pushRow([{ text, font }]);
  };

  const outermost = () => tables[0];

  const flushTable = (table: Table) => {
    const top = rows.length;
    // Column → where its vertical merge began and how wide it is.
    const open = new Map<number, { row: number; right: number }>();
    const close = (col: number, lastRow: number) => {
      const start = open.get(col);
      open.delete(col);
      if (start && (lastRow > start.row || start.right > col))
        addMerge(top + start.row, col, top + lastRow, start.right);
    };
    table.rows.forEach((cells, r) => {
      const row: (RawCell | undefined)[] = [];
      const continued = new Set<number>();
      let col = 0;
      for (const c of cells) {
        if (col >= importLimits.columns) break;
        const right = Math.min(col + Math.max(c.span, 1) - 1, importLimits.columns - 1);
        if (c.vMerge === 'continue' && open.has(col)) continued.add(col);
        else {
          close(col, r - 1);
          if (c.text) row[col] = { text: c.text, font: c.font };
          if (c.vMerge === 'restart') {
            open.set(col, { row: r, right });
            continued.add(col);
          } else if (right > col) addMerge(top + r, col, top + r, right);
        }
        col = right + 1;
      }
      for (const start of [...open.keys()]) if (!continued.has(start)) close(start, r - 1);
      pushRow(row);
    });
    for (const col of [...open.keys()]) close(col, table.rows.length - 1);
  };

  const addMerge = (top: number, left: number, bottom: number, right: number) => {
    const range = withinLimits({ top, left, bottom, right });
    if (range) merges.push(range);
  };

  parse(zip.read('word/document.xml'), {
    open: (tag, attr, selfClosing) => {
      // scanXml calls close() after every self-closing tag too, so every counter counts them.
      if (skip > 0) {
        skip++;
        return;
      }
      if (tag === 'AlternateContent') {
        alternate++;
        choiceTaken = false;
        return;
      }
      if (alternate > 0 && (tag === 'Choice' || tag === 'Fallback')) {
        if (choiceTaken) skip++;
        else choiceTaken = true;
        return;
      }
      switch (tag) {
        case 'instrText':
        case 'delText':
        case 'delInstrText':
        case 'del':
        case 'moveFrom':
        case 'txbxContent':
        case 'footnoteReference':
          skip++;
          return;
        case 'rPr':
        case 'pPr':
        case 'tcPr':
          inProperties++;
          return;
        case 'pStyle':
          paragraphStyleFont = styleFont(fonts, attr('val'));
          return;
        case 'rFonts': {
          const font = fontOf(attr);
          if (font) runFont = font;
          return;
        }
        case 'r':
          runFont = undefined;
          return;
        case 't':
          inText = !selfClosing;
          return;
        case 'tab':
          if (inProperties === 0) append('\t');
          return;
        case 'br':
        case 'cr':
          append('\n');
          return;
        case 'sym': {
          const code = parseInt(attr('char') ?? '', 16);
          if (Number.isFinite(code) && code > 0) append(String.fromCodePoint(code >= 0xf000 ? code - 0xf000 : code));
          return;
        }
        case 'gridSpan':
          if (cell && tableDepth === tables.length)
            cell.span = Math.min(Number(attr('val')) || 1, importLimits.columns);
          return;
        case 'vMerge':
          if (cell && tableDepth === tables.length) cell.vMerge = attr('val') === 'restart' ? 'restart' : 'continue';
          return;
        case 'tbl':
          tableDepth++;
          // A table inside a cell beyond the depth limit gives its words to the cell it sits in.
          if (tableDepth <= maxNesting && (tableDepth === 1 || tables.length === tableDepth - 1))
            tables.push({ rows: [] });
          return;
        case 'tr':
          if (tables.length === tableDepth && !selfClosing) {
            if (tableDepth === 1 && rowBudget - outermost().rows.length <= 0)
              throw importError(importMessages.tooManyRows(importLimits.rows));
            tables[tables.length - 1].rows.push([]);
          }
          return;
        case 'tc':
          if (tables.length === tableDepth && !selfClosing) {
            if (++cellCount > importLimits.rows * 4) throw importError(importMessages.tooManyRows(importLimits.rows));
            const row = tables[tables.length - 1].rows.at(-1);
            if (row) {
              cell = { text: '', span: 1 };
              row.push(cell);
            }
          }
          return;
      }
    },
    text: (text) => {
      if (inText && skip === 0) append(text);
    },
    close: (tag) => {
      if (skip > 0) {
        skip--;
        return;
      }
      if (alternate > 0 && tag === 'AlternateContent') {
        alternate--;
        return;
      }
      switch (tag) {
        case 'rPr':
        case 'pPr':
        case 'tcPr':
          inProperties = Math.max(0, inProperties - 1);
          return;
        case 't':
          inText = false;
          return;
        case 'p':
          endParagraph();
          return;
        case 'tc':
          if (tables.length === tableDepth) cell = null;
          return;
        case 'tbl': {
          const table = tables.length === tableDepth ? tables.pop() : undefined;
          tableDepth = Math.max(0, tableDepth - 1);
          if (!table) return;
          if (tables.length === 0) flushTable(table);
          else {
            // A nested table's words join the cell that holds it, row by row.
            const text = table.rows
              .map((r) =>
                r
                  .map((c) => c.text)
                  .filter(Boolean)
                  .join(' '),
              )
              .filter(Boolean)
              .join('\n');
            const outer = tables[tables.length - 1].rows.at(-1)?.at(-1);
            if (outer && text) outer.text = (outer.text ? `${outer.text}\n${text}` : text).slice(0, maxFieldChars);
            cell = outer ?? null;
          }
          return;
        }
      }
    },
  });
  return [{ name, hidden: false, rows, merges }];
}
