// Text on its way into a Word file: characters XML forbids are removed (the file must always
// open, ../xml-safe.ts), capitals are Vietnamese capitals, and a line break in the data becomes a real break.
import { TextRun } from 'docx';
import type { FormatProfile } from '../../../shared/documents/format-profile';
import { xmlSafe } from '../../files/xml-safe';

/**
 * Vietnamese, on every run and in the document's defaults: without it Word checks the text
 * as English and underlines every word as misspelt.
 */
export const vietnamese = { value: 'vi-VN', eastAsia: 'vi-VN' } as const;

/** "Điểm cầu Huyện ủy Đại Từ" → "ĐIỂM CẦU HUYỆN ỦY ĐẠI TỪ" */
export function vietnameseCaps(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

export interface RunOptions {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly caps?: boolean;
}

/**
 * Runs for a text in the profile's font on every script slot (ascii, hAnsi, eastAsia, cs),
 * so no Vietnamese letter falls back to another font, tagged Vietnamese; each line break
 * starts a new line.
 */
export function runs(text: string, options: RunOptions, profile: Pick<FormatProfile, 'font'>): TextRun[] {
  const value = xmlSafe(options.caps ? vietnameseCaps(text) : text);
  const font = { ascii: profile.font, hAnsi: profile.font, eastAsia: profile.font, cs: profile.font };
  return value.split(/\r\n|\r|\n/).map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        font,
        size: Math.round(options.size * 2),
        sizeComplexScript: Math.round(options.size * 2),
        bold: options.bold || undefined,
        boldComplexScript: options.bold || undefined,
        italics: options.italic || undefined,
        italicsComplexScript: options.italic || undefined,
        underline: options.underline ? {} : undefined,
        language: vietnamese,
      }),
  );
}
