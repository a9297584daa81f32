// The table of attendees grouped by bridge point: a header row repeated on every page, group
// rows "I. ĐIỂM CẦU TỈNH ỦY THÁI NGUYÊN" across the table, the attendees numbered within
// their group, and no row split across two pages; the sign-in sheet's rows are tall enough
// to sign in. Written as WordprocessingML text (see pack.ts): a list may have 20,000 rows.
// Its text takes the font and sizes of the paragraph styles in tableStyles (every script slot).
import type { IParagraphStyleOptions } from 'docx';
import type { FormatProfile } from '../../../shared/export/format-profile';
import { textWidthTwips } from './header';
import type { Fragments } from './pack';
import { xmlText } from './pack';
import { groupTitle } from '../group-title';
import { xmlSafe } from '../xml-safe';
import { vietnamese } from './text';
import { mmToTwips } from './units';

export interface ListedAttendee {
  readonly fullName: string;
  /** "Chức vụ, đơn vị" as one text. */
  readonly positionAndUnit: string;
  readonly note: string | null;
}

export interface AttendeeGroup {
  /** The bridge point; null for attendees with none. */
  readonly pointName: string | null;
  readonly attendees: readonly ListedAttendee[];
}

export type ListKind = 'list' | 'signIn';

const styles = { body: 'BangDanhSach', head: 'BangDanhSachDau', group: 'BangDanhSachNhom' } as const;

/** The paragraph styles the table's text uses, for the document to define. */
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
    style(styles.body, 'Bảng danh sách', table.bodySize, false, false),
    style(styles.head, 'Bảng danh sách, tiêu đề cột', table.headerSize, true, true),
    style(styles.group, 'Bảng danh sách, điểm cầu', table.groupSize, true, false),
  ];
}

/** Shares of the text width: TT | Họ và tên | Chức vụ, đơn vị | Ghi chú (or Ký tên). */
const shares = [0.08, 0.27, 0.45, 0.2];

function paragraph(style: string, text: string, extra = ''): string {
  const lines = xmlText(xmlSafe(text)).split(/\r\n|\r|\n/);
  const runs =
    text === ''
      ? ''
      : `<w:r><w:t xml:space="preserve">${lines.join('</w:t><w:br/><w:t xml:space="preserve">')}</w:t></w:r>`;
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extra}</w:pPr>${runs}</w:p>`;
}

const border =
  '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" ' +
  'w:color="000000"/>' +
  ('<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" ' +
    'w:space="0" w:color="000000"/>') +
  ('<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" ' +
    'w:space="0" w:color="000000"/>');

export function attendeeTableXml(profile: FormatProfile, groups: readonly AttendeeGroup[], kind: ListKind): string {
  const total = textWidthTwips(profile);
  const widths = shares.map((s) => Math.round(total * s));
  widths[3] = total - widths[0] - widths[1] - widths[2];
  const out: string[] = [
    // Word reads the table's properties only in the schema's order: width, borders, layout, margins, look.
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" ` +
      `w:type="dxa"/><w:tblBorders>${border}</w:tblBorders><w:tblLayout w:type="fixed"/>`,
    '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" ' +
      'w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>',
    `<w:tblLook ` +
      `w:val="04A0"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
  ];
  const headers = ['TT', 'Họ và tên', 'Chức vụ, đơn vị', kind === 'signIn' ? 'Ký tên' : 'Ghi chú'];
  const headCell = (h: string) =>
    `<w:tc><w:tcPr><w:vAlign w:val="center"/></w:tcPr>${paragraph(styles.head, h)}</w:tc>`;
  out.push(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${headers.map(headCell).join('')}</w:tr>`);
  const rowProps =
    kind === 'signIn'
      ? `<w:trPr><w:cantSplit/><w:trHeight w:val="${mmToTwips(profile.table.signRowHeightMm)}" ` +
        `w:hRule="atLeast"/></w:trPr>`
      : '<w:trPr><w:cantSplit/></w:trPr>';
  const centre = '<w:jc w:val="center"/>';
  groups.forEach((group, g) => {
    const title = groupTitle(g, group.pointName);
    out.push(
      `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:gridSpan ` +
        `w:val="4"/></w:tcPr>${paragraph(styles.group, title, '<w:keepNext/>')}</w:tc></w:tr>`,
    );
    group.attendees.forEach((a, i) => {
      const cells = [
        paragraph(styles.body, String(i + 1), centre),
        paragraph(styles.body, a.fullName),
        paragraph(styles.body, a.positionAndUnit),
        paragraph(styles.body, kind === 'signIn' ? '' : (a.note ?? '')),
      ];
      out.push(`<w:tr>${rowProps}${cells.map((c) => `<w:tc>${c}</w:tc>`).join('')}</w:tr>`);
    });
  });
  out.push('</w:tbl>');
  return out.join('');
}

/** The table in a document, as a placeholder the packing replaces (see pack.ts). */
export function attendeeTable(
  fragments: Fragments,
  profile: FormatProfile,
  groups: readonly AttendeeGroup[],
  kind: ListKind,
) {
  return fragments.placeholder(attendeeTableXml(profile, groups, kind));
}
