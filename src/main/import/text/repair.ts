// Every cell's text made clean: legacy Vietnamese encodings converted (by the cell's font,
// else by what the sheet's bytes look like), NFC, single spaces.
import { cleanLine } from '../../../shared/text/clean';
import type { RawCell, RawSheet } from '../sheet';
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
  // Lists repeat the same positions, units and points on many rows: each text is repaired once.
  const repaired = new Map<string, string>();
  const repair = (cell: RawCell) => {
    const key = cell.font ? `${cell.font}\u0000${cell.text}` : cell.text;
    let text = repaired.get(key);
    if (text === undefined) {
      const byFont = encodingOfFont(cell.font);
      text = cleanLine(byFont ? fromLegacy(cell.text, byFont.encoding, byFont.capitals) : sheetEncoding ? fromLegacy(cell.text, sheetEncoding) : cell.text);
      repaired.set(key, text);
    }
    return text;
  };
  return Array.from(sheet.rows, (row) => Array.from(row ?? [], (cell) => (cell ? repair(cell) : '')));
}

/** The sheet's name, which may itself be in a legacy encoding, cleaned the same way. */
export function repairName(name: string): string {
  const encoding = detectLegacyEncoding(name);
  return cleanLine(encoding ? fromLegacy(name, encoding) : name);
}
