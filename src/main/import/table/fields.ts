// A delegate's fields in the shapes offices write them: a birth year, a date of birth (an Excel
// date shown as "05/03/1975", "5-3-1975", a year alone), a gender word, or a mark ("x", "✓",
// "1") under a "Nam" or "Nữ" column.
import { foldForSearch } from '../../../shared/text/vietnamese';

// Marks that tick a column rather than fill it.
const tick = /^(x|v|✓|✔|☑|1|có|co)$/i;

/** Whether a cell holds a tick mark (under "Nam" / "Nữ"). */
export function isTick(text: string): boolean {
  return tick.test(text.trim());
}

const dateShape = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/;

/** Whether a cell is written as a day, month and year ("05/03/1975", "5-3-75"), real or not. */
export function looksLikeDate(text: string): boolean {
  return dateShape.test(text.trim());
}

/** The year a birth year or a date of birth gives, or null when it gives none that can be. */
export function birthYearOf(text: string, thisYear = new Date().getFullYear()): number | null {
  const trimmed = text.trim();
  const date = dateShape.exec(trimmed);
  let year: number;
  if (date) {
    const [day, month] = [Number(date[1]), Number(date[2])];
    year = Number(date[3]);
    // "05/03/75": a two-digit year is of the century that makes the person grown up.
    if (date[3].length === 2) year += year + 2000 > thisYear - 16 ? 1900 : 2000;
    const real = new Date(Date.UTC(year, month - 1, day));
    if (real.getUTCMonth() !== month - 1 || real.getUTCDate() !== day) return null;
  } else {
    const match = /(^|\D)(19\d{2}|20\d{2})(\D|$)/.exec(trimmed);
    if (!match) return null;
    year = Number(match[2]);
  }
  return year >= 1900 && year <= thisYear - 14 ? year : null;
}

export function genderOf(text: string): 'Nam' | 'Nữ' | undefined {
  const folded = foldForSearch(text);
  if (folded === 'nam' || folded === 'm' || folded === 'male') return 'Nam';
  if (folded === 'nu' || folded === 'f' || folded === 'female') return 'Nữ';
  return undefined;
}
