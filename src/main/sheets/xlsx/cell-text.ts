// Text on its way into an XLSX file the secretary sends out. A value that begins with
// = + - @ or a tab or carriage return must not become a formula: every text is a string cell
// in the Text number format (report-sheet.ts), so Excel shows it as written and keeps it text
// when it is edited. Characters XML forbids are removed, and sheet names are ones Excel takes.
import { withoutForbidden, xmlSafe } from '../../files/xml-safe';

/** A text from the database (kept in NFC) for an XLSX cell: characters XML forbids removed. */
export function sheetText(value: string | null | undefined): string {
  return value ? withoutForbidden(value) : '';
}

const maxSheetName = 31;

/**
 * A sheet name Excel accepts: at most 31 characters, none of []:*?/\ , no apostrophe at
 * either end, and not one already used in the workbook (compared without case, as Excel does).
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    xmlSafe(wanted)
      .replace(/[[\]:*?/\\]/g, '-')
      .replace(/\s+/g, ' ')
      .replace(/^['\s]+|['\s]+$/g, '') || 'Trang';
  let name = [...base].slice(0, maxSheetName).join('').trimEnd();
  for (let n = 2; taken.has(name.toLocaleLowerCase('vi-VN')); n++) {
    const suffix = ` (${n})`;
    name = `${[...base]
      .slice(0, maxSheetName - suffix.length)
      .join('')
      .trimEnd()}${suffix}`;
  }
  taken.add(name.toLocaleLowerCase('vi-VN'));
  return name;
}
