// Every cell's text made clean: legacy Vietnamese encodings converted (by the cell's font,
// else by what the sheet's bytes look like), NFC, single spaces.
import { cleanLine } from '../../../shared/text/clean';
import type { RawSheet } from '../sheet';
import { detectLegacyEncoding, encodingOfFont, fromLegacy } from './legacy-encodings';

/** The sheet's cells as clean text, rows[r][c] ('' where empty). */
export function repairSheet(sheet: RawSheet): string[][] {
  let sample = '';
  for (const row of sheet.rows) {
    for (const cell of row ?? []) {
      if (cell && !encodingOfFont(cell.font) && sample.length < 200_000) sample += `${cell.text}\n`;
    }
  }
  const sheetEncoding = detectLegacyEncoding(sample);
  return Array.from(sheet.rows, (row) =>
    Array.from(row ?? [], (cell) => {
      if (!cell) return '';
      const byFont = encodingOfFont(cell.font);
      const text = byFont ? fromLegacy(cell.text, byFont.encoding, byFont.capitals) : sheetEncoding ? fromLegacy(cell.text, sheetEncoding) : cell.text;
      return cleanLine(text);
    }),
  );
}

/** The sheet's name, which may itself be in a legacy encoding, cleaned the same way. */
export function repairName(name: string): string {
  const encoding = detectLegacyEncoding(name);
  return cleanLine(encoding ? fromLegacy(name, encoding) : name);
}
