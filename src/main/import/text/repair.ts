// Every cell's text made clean: legacy Vietnamese encodings converted cell by cell (by the
// cell's font where it names one, else by the cell's own characters, else by what most of its
// sheet is), NFC, single spaces.
import { cleanLine } from '../../../shared/text/clean';
import type { RawCell, RawSheet } from '../sheet';
import { cellEncoding, surelyVni } from './cell-encoding';
import { encodingOfFont, fromLegacy, type LegacyEncoding } from './legacy-encodings';

type FontReading = ReturnType<typeof encodingOfFont>;

/** The sheet's cells as clean text, rows[r][c] ('' where empty). */
export function repairSheet(sheet: RawSheet): string[][] {
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
  // Needed only for a cell its characters do not settle: most sheets have none.
  let prior: LegacyEncoding | null | undefined;
  const priorOf = () => (prior === undefined ? (prior = sheetPrior(sheet, readingOf)) : prior);
  const repair = (cell: RawCell | undefined): string => {
    if (!cell) return '';
    const byFont = readingOf(cell.font);
    const seen = cellEncoding(cell.text);
    // A legacy font over Unicode letters is Unicode pasted into an old template.
    if (byFont && seen !== 'unicode') return cleanLine(fromLegacy(cell.text, byFont.encoding, byFont.capitals));
    const encoding =
      seen === 'unsure'
        ? priorOf()
        : seen === 'vni' && !surelyVni(cell.text) && priorOf() === 'tcvn3'
          ? 'tcvn3'
          : seen === 'tcvn3' || seen === 'vni'
            ? seen
            : null;
    return cleanLine(encoding ? fromLegacy(cell.text, encoding) : cell.text);
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

/** What the sheet's cells with a sure answer (and no font to say it) mostly are, for the unsure ones. */
function sheetPrior(sheet: RawSheet, readingOf: (font: string | undefined) => FontReading): LegacyEncoding | null {
  const counts = { unicode: 0, tcvn3: 0, vni: 0 };
  let looked = 0;
  for (const row of sheet.rows) {
    if (looked >= 20_000) break;
    for (const cell of row ?? []) {
      if (!cell || readingOf(cell.font)) continue;
      const seen = cellEncoding(cell.text);
      if (seen === 'unicode' || seen === 'tcvn3' || seen === 'vni') {
        counts[seen]++;
        looked++;
      }
    }
  }
  const legacy = counts.tcvn3 >= counts.vni ? 'tcvn3' : 'vni';
  return counts[legacy] > counts.unicode ? legacy : null;
}

/** The sheet's name, which may itself be in a legacy encoding, cleaned the same way. */
export function repairName(name: string): string {
  const seen = cellEncoding(name);
  return cleanLine(seen === 'tcvn3' || seen === 'vni' ? fromLegacy(name, seen) : name);
}
