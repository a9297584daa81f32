// The tables of one sheet. Below the attendee list offices often put a second table with its
// own title and header ("DANH SÁCH CÁN BỘ, NHÂN VIÊN PHỤC VỤ", "KHÁCH MỜI"), and long lists
// repeat their header row at the top of a printed page. A header under a title line starts a
// table of its own; a header straight under the rows of the list only continues it.
import { foldForSearch } from '../../../shared/text/vietnamese';
import { findTable, hasNameColumn, nextHeaderRow, type FoundTable } from './find-table';

export interface SheetTable {
  readonly found: FoundTable;
  /** The row after the table's last (0-based): where the next table's title begins. */
  readonly end: number;
  /** The table's own title, for a table below the first. */
  readonly title: string | null;
  /** People who work at the conference or its guests, not its delegates: left out unless chosen. */
  readonly setAside: boolean;
}

/** Tables a sheet may hold; beyond these, the rest is read as rows of the last one. */
const tablesPerSheet = 50;

// A title line: one text on the row (or one text repeated across a merge).
const isTitleLine = (row: readonly string[] | undefined) => new Set((row ?? []).filter(Boolean)).size === 1;

// Titles of tables that list those who serve the conference, the press or guests.
const notDelegates =
  /(^| )(phuc vu|ky thuat|khach moi|giup viec|lai xe|bao ve|hau can|le tan|tiep tan|y te|phong vien|bao chi|to thu ky)( |$)/;

export function tablesOfSheet(rows: readonly string[][]): SheetTable[] {
  const first = findTable(rows);
  if (!first || !hasNameColumn(first.columns)) return [];
  const tables: SheetTable[] = [];
  let current: { found: FoundTable; title: string | null } = { found: first, title: null };
  let from = first.headerBottom + 1;
  while (tables.length < tablesPerSheet - 1) {
    const header = nextHeaderRow(rows, from);
    if (header < 0) break;
    let titleStart = header;
    while (titleStart > from && isTitleLine(rows[titleStart - 1])) titleStart--;
    const later = titleStart < header ? findTable(rows, titleStart) : null;
    if (!later || later.headerTop !== header || !hasNameColumn(later.columns)) {
      from = header + 1;
      continue;
    }
    tables.push({ ...current, end: titleStart, setAside: isSetAside(current.title) });
    current = { found: later, title: later.title.join(' ') };
    from = later.headerBottom + 1;
  }
  tables.push({ ...current, end: rows.length, setAside: isSetAside(current.title) });
  return tables;
}

function isSetAside(title: string | null): boolean {
  return title !== null && notDelegates.test(foldForSearch(title));
}
