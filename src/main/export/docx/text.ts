// Text on its way into a Word file: characters XML forbids are removed (the file must always
// open), capitals are Vietnamese capitals, and a line break in the data becomes a real break.
import { TextRun } from 'docx';
import type { FormatProfile } from '../../../shared/export/format-profile';

// XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates out of pairs and
// U+FFFE/U+FFFF.
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafe(text: string): string {
  return text.normalize('NFC').replace(forbidden, '');
}

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
 * so no Vietnamese letter falls back to another font; each line break starts a new line.
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
      }),
  );
}
