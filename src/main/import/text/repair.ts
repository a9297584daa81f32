// Every cell's text made clean: legacy Vietnamese encodings converted (by the cell's font,
// else by what the sheet's bytes look like), NFC, single spaces.
import { cleanLine } from '../../../shared/text/clean';
import type { RawCell, RawSheet } from '../sheet';
import { detectLegacyEncoding, encodingOfFont, fromLegacy } from './legacy-encodings';

type FontReading = ReturnType<typeof encodingOfFont>;

/** The sheet's cells as clean text, rows[r][c] ('' where empty). */
export function repairSheet(sheet: RawSheet): string[][] {
  // A sheet uses a handful of fonts over hundreds of thousands of cells: each is read once.
  const fonts = new Map<string, FontReading>();
  const readingOf = (font: string | undefined): FontReading => {
    if (font === undefined) return null;
    let reading = fonts.get(font);
    if (reading === undefined) {
      reading = encodingOfFont(font);
      fonts.set(font, reading);
    }
    return reading;
  };
  let sample = '';
  for (const row of sheet.rows) {
    if (sample.length >= 200_000) break;
    for (const cell of row ?? []) {
      if (cell && !readingOf(cell.font)) sample += `${cell.text}\n`;
    }
  }
  const sheetEncoding = detectLegacyEncoding(sample);
  const repair = (cell: RawCell | undefined): string => {
    if (!cell) return '';
    const byFont = readingOf(cell.font);
    return cleanLine(
      byFont
        ? fromLegacy(cell.text, byFont.encoding, byFont.capitals)
        : sheetEncoding
          ? fromLegacy(cell.text, sheetEncoding)
          : cell.text,
    );
  };
  const rows = new Array<string[]>(sheet.rows.length);
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const texts = new Array<string>(row.length);
    for (let c = 0; c < row.length; c++) texts[c] = repair(row[c]);
    rows[r] = texts;
  }
  return rows;
}

/** The sheet's name, which may itself be in a legacy encoding, cleaned the same way. */
export function repairName(name: string): string {
  const encoding = detectLegacyEncoding(name);
  return cleanLine(encoding ? fromLegacy(name, encoding) : name);
}
