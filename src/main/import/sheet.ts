import { importLimits } from '../../shared/import/import-limits';
import { importError, importMessages } from './errors';

// What every reader gives back, whatever the format: the cells of each sheet as text, with
// the font they were written in (the only sign of TCVN3 or VNI text) and the merged areas.

export interface RawCell {
  readonly text: string;
  /** Font name of the cell, where the format keeps it (".VnTime", "VNI-Times", …). */
  readonly font?: string;
}

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface RawSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** rows[r][c], 0-based; missing entries are empty cells. */
  readonly rows: (RawCell | undefined)[][];
  readonly merges: readonly CellRange[];
  /** Rows the file keeps hidden (0-based), where the format says so. */
  readonly hiddenRows?: readonly number[];
}

/** "B12" → { row: 11, col: 1 } (read by character codes: it runs for every cell). */
export function cellAddress(ref: string): { row: number; col: number } | null {
  let i = ref.charCodeAt(0) === 36 ? 1 : 0; // "$"
  let col = 0;
  let letters = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
    letters++;
  }
  if (ref.charCodeAt(i) === 36) i++;
  const digits = ref.slice(i);
  if (letters === 0 || letters > 3 || !/^\d{1,7}$/.test(digits)) return null;
  return { row: Number(digits) - 1, col: col - 1 };
}

/** { row: 11, col: 1 } → "B12": how the secretary finds the cell in Excel. */
export function cellName(row: number, col: number): string {
  let letters = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

export function parseRange(ref: string): CellRange | null {
  const [from, to = from] = ref.split(':');
  const a = cellAddress(from);
  const b = cellAddress(to);
  if (!a || !b) return null;
  return withinLimits({
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  });
}

/**
 * A merged area cut to the rows and columns an import reads: "A1:XFD1048576" in a few bytes
 * must not become a million rows to fill. Null where nothing of it is read.
 */
export function withinLimits(range: CellRange): CellRange | null {
  if (range.top >= importLimits.rows || range.left >= importLimits.columns) return null;
  return {
    ...range,
    bottom: Math.min(range.bottom, importLimits.rows - 1),
    right: Math.min(range.right, importLimits.columns - 1),
  };
}

const excelEpoch = Date.UTC(1899, 11, 30);

/**
 * An Excel date serial as "dd/mm/yyyy", the way Vietnamese offices write dates, with the clock
 * ("dd/mm/yyyy hh:mm:ss") when it carries one (a meeting report's join and leave times); a
 * time alone as "hh:mm:ss".
 */
export function excelDateText(serial: number): string {
  const date = new Date(excelEpoch + Math.round(serial * 86400) * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  const clock = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  if (Number.isInteger(serial)) return day;
  return serial < 1 ? clock : `${day} ${clock}`;
}

/** A number as it reads in the sheet: whole numbers without ".0" or exponent. */
export function numberText(raw: string): string {
  const n = Number(raw);
  if (!Number.isFinite(n)) return raw;
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n);
  return String(Math.round(n * 1e9) / 1e9);
}

/** What one file may hold over all its sheets, counted by its reader as it reads. */
export interface ReadBudget {
  /**
   * A row, by its 0-based number. The number may not lie beyond the rows an import reads
   * either: a single `<row r="2000000000">` would make every later pass walk two billion rows.
   */
  row(index: number): number;
  /** A cell with a value: a file of millions of them is refused before it fills the memory. */
  cell(): void;
}

export function readBudget(): ReadBudget {
  let rows = importLimits.rows;
  let cells = importLimits.cells;
  return {
    row(index) {
      if (--rows < 0 || index >= importLimits.rows) throw importError(importMessages.tooManyRows(importLimits.rows));
      return index;
    },
    cell() {
      if (--cells < 0) throw importError(importMessages.tooManyCells(importLimits.cells));
    },
  };
}
