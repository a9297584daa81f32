// An OpenDocument sheet says "this cell, 16,000 times" and "this row, a million times" in one
// attribute, and SheetJS writes out every copy before it can be stopped: a 3 KB .ods took 24 s
// and 570 MB to refuse. The copies of cells that hold something are counted first, from the
// tags alone, against the same limits as every other reader.
import { importLimits } from '../../../shared/import/import-limits';
import { importError, importMessages } from '../errors';
import { eachTag } from './xml-pieces';

const tags = new RegExp(
  [
    /<(?:[\w.-]+:)?table-row\b([^<>]*?)(\/?)>/.source,
    /<\/(?:[\w.-]+:)?table-row>/.source,
    /<(?:[\w.-]+:)?(?:covered-)?table-cell\b([^<>]*?)(\/?)>/.source,
  ].join('|'),
  'g',
);
const rowsRepeated = /(?:^|\s)(?:[\w.-]+:)?number-rows-repeated="(\d+)"/;
const columnsRepeated = /(?:^|\s)(?:[\w.-]+:)?number-columns-repeated="(\d+)"/;
const repeat = (attrs: string, pattern: RegExp) => Math.max(1, Number(pattern.exec(attrs)?.[1] ?? 1));

/** Throws the import's own refusal when content.xml's repeated rows and cells would make too many. */
export function checkOdsRepeats(content: Buffer): void {
  let rows = 0;
  let cells = 0;
  let rowRepeat = 1;
  let rowCells = 0;
  const endRow = () => {
    if (rowCells === 0) return;
    rows += rowRepeat;
    // Every copy, also those right of the columns an import reads: SheetJS writes them all.
    cells += rowRepeat * rowCells;
    if (rows > importLimits.rows) throw importError(importMessages.tooManyRows(importLimits.rows));
    if (cells > importLimits.cells) throw importError(importMessages.tooManyCells(importLimits.cells));
    rowCells = 0;
  };
  eachTag(
    content,
    tags,
    () => null,
    (match) => {
      if (match[1] !== undefined) {
        endRow();
        rowRepeat = repeat(match[1], rowsRepeated);
        if (match[2]) rowRepeat = 1;
      } else if (match[3] !== undefined) {
        // A cell written as one empty tag holds nothing, however often it is repeated.
        if (!match[4]) rowCells += repeat(match[3], columnsRepeated);
      } else endRow();
    },
  );
  endRow();
}
