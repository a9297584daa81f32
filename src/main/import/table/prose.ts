import type { FoundTable } from './find-table';

// A sheet that is running text, not a table: a news item or a letter saved under a
// spreadsheet's name (or a CSV that is really prose). Its lines are sentences, and a phrase in
// one ("… các đại biểu, …") can look like a header to the table finder.

/** Lines looked at: enough to tell prose from a list at the top of any sheet. */
const sampledLines = 200;

// A list's row is several short cells, most often numbered; a sentence is one long cell, or a
// line cut at its commas (a CSV) that ends as sentences end.
function isSentence(filled: readonly string[], words: number): boolean {
  if (words < 12 || /^\d{1,5}\.?$/.test(filled[0])) return false;
  return filled.length === 1 || /[.!?…]["”)]?$/.test(filled.join(', '));
}

/** Whether most of the text of the sheet (or of a table's rows) is in sentences, word for word. */
export function looksLikeProse(rows: readonly (readonly string[] | undefined)[]): boolean {
  let lines = 0;
  let words = 0;
  let inSentences = 0;
  for (const row of rows) {
    const filled = row?.filter(Boolean) ?? [];
    if (filled.length === 0) continue;
    if (++lines > sampledLines) break;
    const count = filled.join(' ').split(/\s+/).length;
    words += count;
    if (isSentence(filled, count)) inSentences += count;
  }
  return lines >= 3 && inSentences / words >= 0.6;
}

/**
 * A "table" the finder took from a phrase in running text: its rows (its header among them) are
 * sentences, and its name column holds no names (a list with long notes still has a short name
 * on most rows).
 */
export function isProseTable(rows: readonly (readonly string[] | undefined)[], table: FoundTable): boolean {
  if (!looksLikeProse(rows)) return false;
  const nameColumns = table.columns.filter((c) => c.kind === 'fullName' || c.kind === 'familyName').map((c) => c.index);
  let filled = 0;
  let named = 0;
  for (const row of rows.slice(0, sampledLines)) {
    if (!row?.some(Boolean)) continue;
    filled++;
    if (
      nameColumns.some((c) => {
        const words = (row[c] ?? '').split(/\s+/).filter(Boolean).length;
        return words >= 2 && words <= 6;
      })
    )
      named++;
  }
  return named < filled / 2;
}
