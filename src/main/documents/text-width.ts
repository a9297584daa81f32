// How wide a line of Times New Roman is, from the font's own advance widths (times-widths.ts):
// the header's rules are as long as their text and its left column as wide as a body's name,
// which an average width per letter gets wrong by millimetres (capitals with tone marks, "M", "I").
import { boldWidths, characters, regularWidths, unitsPerEm } from './times-widths';

const tables = new Map<boolean, Map<string, number>>(
  [false, true].map((bold) => {
    const widths = bold ? boldWidths : regularWidths;
    return [bold, new Map([...characters].map((c, i) => [c, widths[i]]))];
  }),
);

/** The width in points of `text` set on one line in Times New Roman at `sizePt`. */
export function timesWidthPt(text: string, sizePt: number, bold = false): number {
  const widths = tables.get(bold) ?? new Map<string, number>();
  // A letter outside the table (a name from another script) counts as wide as "n".
  const fallback = widths.get('n') ?? unitsPerEm / 2;
  let units = 0;
  for (const c of text.normalize('NFC')) units += widths.get(c) ?? fallback;
  return (units * sizePt) / unitsPerEm;
}
