// Long tables written as WordprocessingML text (see pack.ts): the attendee lists (20,000 rows),
// the points of a conference (3,000), the script's steps. A header row repeated on every page,
// rows that keep to one page unless told they may break, group rows across the table; the
// text takes the font and sizes of the paragraph styles in tableStyles (every script slot).
import type { IParagraphStyleOptions } from 'docx';
import type { FormatProfile, TextStyle } from '../../../shared/documents/format-profile';
import { textWidthTwips } from './header';
import { xmlText } from './pack';
import { xmlSafe } from '../../files/xml-safe';
import { vietnamese, vietnameseCaps } from './text';
import { mmToTwips, ptToTwips } from './units';

export const tableStyleIds = { body: 'BangDanhSach', head: 'BangDanhSachDau', group: 'BangDanhSachNhom' } as const;

/** The paragraph styles the tables' text uses, for the document to define. */
export function tableStyles(profile: FormatProfile): IParagraphStyleOptions[] {
  const font = { ascii: profile.font, hAnsi: profile.font, eastAsia: profile.font, cs: profile.font };
  const { table } = profile;
  const style = (id: string, name: string, size: number, bold: boolean, centred: boolean): IParagraphStyleOptions => ({
    id,
    name,
    run: { font, size: size * 2, sizeComplexScript: size * 2, bold, boldComplexScript: bold, language: vietnamese },
    paragraph: { spacing: { before: 0, after: 0 }, alignment: centred ? 'center' : undefined },
  });
  return [
    style(tableStyleIds.body, 'Bảng danh sách', table.bodySize, false, false),
    style(tableStyleIds.head, 'Bảng danh sách, tiêu đề cột', table.headerSize, true, true),
    style(tableStyleIds.group, 'Bảng danh sách, điểm cầu', table.groupSize, true, false),
  ];
}

function textRuns(text: string, rPr = ''): string {
  if (text === '') return '';
  const lines = xmlText(xmlSafe(text)).split(/\r\n|\r|\n/);
  return `<w:r>${rPr}<w:t xml:space="preserve">${lines.join('</w:t><w:br/><w:t xml:space="preserve">')}</w:t></w:r>`;
}

/** A paragraph in one of the table styles; `extra` is more paragraph properties. */
export function styledParagraph(style: string, text: string, extra = ''): string {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extra}</w:pPr>${textRuns(text)}</w:p>`;
}

export interface LineOptions {
  readonly pageBreakBefore?: boolean;
  readonly spacingAfterPt?: number;
}

/** A centred line in a profile's text style (a title between tables), in the document's font. */
export function centredLine(text: string, style: TextStyle, options: LineOptions = {}): string {
  const size = Math.round(style.size * 2);
  const rPr =
    '<w:rPr>' +
    (style.bold ? '<w:b/><w:bCs/>' : '') +
    (style.italic ? '<w:i/><w:iCs/>' : '') +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` +
    (style.underline ? '<w:u w:val="single"/>' : '') +
    '</w:rPr>';
  const pPr =
    '<w:pPr><w:keepNext/>' +
    (options.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
    `<w:spacing w:before="0" w:after="${ptToTwips(options.spacingAfterPt ?? 0)}"/><w:jc w:val="center"/></w:pPr>`;
  return `<w:p>${pPr}${textRuns(style.caps ? vietnameseCaps(text) : text, rPr)}</w:p>`;
}

const line = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(line).join('');

export interface XmlColumn {
  readonly header: string;
  /** Share of the text width; the last column takes what the others leave. */
  readonly share: number;
  readonly centred?: boolean;
}

export type XmlRow =
  | { readonly group: string }
  /** `mayBreak`: a row too long to keep whole on a page (a long step of the script). */
  | { readonly cells: readonly string[]; readonly mayBreak?: boolean };

export interface XmlTableOptions {
  /** The least height of a row (the sign-in sheet's room to sign). */
  readonly rowHeightMm?: number;
}

export function xmlTable(
  profile: FormatProfile,
  columns: readonly XmlColumn[],
  rows: Iterable<XmlRow>,
  options: XmlTableOptions = {},
): string {
  const total = textWidthTwips(profile);
  const widths = columns.map((c) => Math.round(total * c.share));
  widths[widths.length - 1] = total - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  const out: string[] = [
    // Word reads the table's properties only in the schema's order: width, borders, layout, margins, look.
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/>',
    '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0"/>',
    `</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
  ];
  const headCell = (h: string) =>
    `<w:tc><w:tcPr><w:vAlign w:val="center"/></w:tcPr>${styledParagraph(tableStyleIds.head, h)}</w:tc>`;
  out.push(
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${columns.map((c) => headCell(c.header)).join('')}</w:tr>`,
  );
  const height = options.rowHeightMm ? `<w:trHeight w:val="${mmToTwips(options.rowHeightMm)}" w:hRule="atLeast"/>` : '';
  const centre = '<w:jc w:val="center"/>';
  for (const row of rows) {
    if ('group' in row) {
      out.push(
        `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="${columns.length}"/></w:tcPr>` +
          `${styledParagraph(tableStyleIds.group, row.group, '<w:keepNext/>')}</w:tc></w:tr>`,
      );
      continue;
    }
    const cells = row.cells.map(
      (text, i) => `<w:tc>${styledParagraph(tableStyleIds.body, text, columns[i].centred ? centre : '')}</w:tc>`,
    );
    out.push(`<w:tr><w:trPr>${row.mayBreak ? '' : '<w:cantSplit/>'}${height}</w:trPr>${cells.join('')}</w:tr>`);
  }
  out.push('</w:tbl>');
  return out.join('');
}
