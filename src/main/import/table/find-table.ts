// Finding the attendee table in a sheet: the header row may sit under a title block and may
// span two rows (merged cells, "Năm sinh" over "Nam | Nữ", "Họ và tên" over two columns).
import type { CellRange } from '../sheet';
import { headerKind, type ColumnKind } from './columns';
import { preferQuestions } from './form-columns';

export interface TableColumn {
  readonly index: number;
  /** The header as written (both header rows joined when there are two). */
  readonly header: string;
  readonly kind: ColumnKind | null;
}

export interface FoundTable {
  /** First and last header row (0-based). */
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly columns: readonly TableColumn[];
  /** Text of the rows above the header (title block), for "… tại điểm cầu X". */
  readonly title: readonly string[];
}

const nameKinds: readonly ColumnKind[] = ['fullName', 'familyName', 'givenName'];
const subKinds: readonly ColumnKind[] = ['birthYearMale', 'birthYearFemale', 'familyName', 'givenName'];
const headerSearchRows = 40;

/**
 * Cells copied from merged areas over a whole sheet: far more than the group rows and captions
 * of any list, while a few bytes of merges naming large areas cannot fill a sheet with copies.
 */
const mergedCellBudget = 2_000_000;

/** The sheet with each merged area's value copied into every cell it covers. */
export function fillMerges(rows: string[][], merges: readonly CellRange[]): string[][] {
  let budget = mergedCellBudget;
  for (const m of merges) {
    const value = rows[m.top]?.[m.left] ?? '';
    const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (value === '' || area > 100_000) continue;
    if ((budget -= area) < 0) break;
    for (let r = m.top; r <= Math.min(m.bottom, rows.length - 1); r++) {
      const row = (rows[r] ??= []);
      for (let c = m.left; c <= m.right; c++) if (!row[c]) row[c] = value;
    }
  }
  return rows;
}

function kindsOf(row: readonly string[] | undefined): (ColumnKind | null)[] {
  return Array.from(row ?? [], (text) => (text ? headerKind(text) : null));
}

function score(kinds: readonly (ColumnKind | null)[]): number {
  const distinct = new Set(kinds.filter((k): k is ColumnKind => k !== null && k !== 'order'));
  return [...distinct].some((k) => nameKinds.includes(k)) ? distinct.size : 0;
}

/**
 * The header: the row (among the first rows) that names the most known columns, one of them
 * a name column; with the row below it when that row carries sub-headers or repeats the
 * merged headers.
 */
export function findTable(rows: readonly string[][], from = 0): FoundTable | null {
  let best = -1;
  let bestScore = 0;
  for (let r = from; r < Math.min(rows.length, from + headerSearchRows); r++) {
    const s = score(kindsOf(rows[r]));
    if (s > bestScore || (s === bestScore && s > 0 && best < 0)) {
      best = r;
      bestScore = s;
    }
  }
  // A lone name header ("Họ và tên") with nothing else recognised still makes a table.
  if (best < 0) return null;

  const top = rows[best];
  const topKinds = kindsOf(top);
  const below = rows[best + 1] ?? [];
  const belowKinds = kindsOf(below);
  // A sub-header sits under the header it divides: "Nam | Nữ" under "Năm sinh", "Họ | Tên"
  // under "Họ và tên". A first data row ("1 | … | Nam | …") has a number under "STT".
  // A split comes in pairs: a data row holds "Nam" under "Giới tính", never "Nam | Nữ".
  const pairs = (a: ColumnKind, b: ColumnKind) => belowKinds.includes(a) && belowKinds.includes(b);
  const underParent = (c: number) => {
    const k = belowKinds[c];
    if (k === 'birthYearMale' || k === 'birthYearFemale')
      return (topKinds[c] === 'birthYear' || topKinds[c] === 'gender') && pairs('birthYearMale', 'birthYearFemale');
    if (k === 'familyName' || k === 'givenName') return topKinds[c] === 'fullName' && pairs('familyName', 'givenName');
    return false;
  };
  const looksLikeData = below.some((text, c) => topKinds[c] === 'order' && /^\d+$/.test(text));
  const twoRows =
    !looksLikeData &&
    (belowKinds.some((_, c) => underParent(c)) ||
      (below.filter(Boolean).length >= 2 &&
        below.every((text, c) => !text || text === top[c] || headerKind(text) !== null)));
  const width = Math.max(top.length, twoRows ? below.length : 0);

  const columns: TableColumn[] = [];
  for (let c = 0; c < width; c++) {
    const upper = top[c] ?? '';
    const lower = twoRows ? (below[c] ?? '') : '';
    const header = [upper, lower].filter((t, i, all) => t && all.indexOf(t) === i).join(' / ');
    const lowerKind = lower && lower !== upper ? headerKind(lower) : null;
    const upperKind = upper ? headerKind(upper) : null;
    let kind = lowerKind && (subKinds.includes(lowerKind) || !upperKind) ? lowerKind : (upperKind ?? lowerKind);
    // "Nam" / "Nữ" alone mean birth years only under "Năm sinh" (or its like).
    if ((kind === 'birthYearMale' || kind === 'birthYearFemale') && upperKind !== 'birthYear' && upperKind !== 'gender')
      kind = upperKind;
    columns.push({ index: c, header, kind });
  }
  preferQuestions(columns);
  resolveNameColumns(columns);
  const title = rows
    .slice(from, best)
    .map((row) => [...new Set(row.filter(Boolean))].join(' '))
    .filter(Boolean);
  return { headerTop: best, headerBottom: best + (twoRows ? 1 : 0), columns, title };
}

/** "Họ và tên" over two columns is family-and-middle name, then given name. */
function resolveNameColumns(columns: TableColumn[]): void {
  const full = columns.filter((c) => c.kind === 'fullName');
  if (full.length === 2 && full[1].index === full[0].index + 1) {
    columns[full[0].index] = { ...full[0], kind: 'familyName' };
    columns[full[1].index] = { ...full[1], kind: 'givenName' };
  }
  const hasFull = columns.some((c) => c.kind === 'fullName');
  const family = columns.find((c) => c.kind === 'familyName');
  const given = columns.find((c) => c.kind === 'givenName');
  // A lone "Tên" column is the whole name.
  if (!hasFull && given && !family) columns[given.index] = { ...given, kind: 'fullName' };
  // Keep only the first column of each kind (a second "Chức vụ" is a copy, not a new field).
  const seen = new Set<ColumnKind>();
  for (const column of columns) {
    if (!column.kind) continue;
    if (seen.has(column.kind)) columns[column.index] = { ...column, kind: null };
    else seen.add(column.kind);
  }
}

export function hasNameColumn(columns: readonly TableColumn[]): boolean {
  return columns.some((c) => c.kind === 'fullName' || c.kind === 'familyName');
}

// Header words in a cell, before it is folded: most data cells are names, positions and units
// that hold none of them, and folding every cell of a long list to look for a second header
// would cost more than reading it.
const mayBeHeader = /t[eêế]n|T[EÊẾ]N|bi[eể]u|BI[EỂ]U|ngư[ờ]i|NGƯỜI|^h[oọ]\b|^H[OỌ]\b/;

/**
 * The first row from `from` on that is a table's header (two known columns, one of them a
 * name), or -1: a header repeated further down a list, or a second table below it.
 */
export function nextHeaderRow(rows: readonly string[][], from: number): number {
  for (let r = from; r < rows.length; r++) {
    const row = rows[r];
    if (!row || !row.some((text) => text && text.length < 60 && mayBeHeader.test(text))) continue;
    if (score(kindsOf(row)) >= 2) return r;
  }
  return -1;
}
