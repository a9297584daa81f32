// The header of an official document, a borderless two-column table: on the left the
// superior and issuing bodies, their mark (a short rule, or "*" for the Party) and the
// number; on the right the national or Party line (with the motto and its rule) and the
// place and date.
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { FormatProfile } from '../../../shared/export/format-profile';
import { officialDate } from '../../../shared/text/vietnamese-dates';
import { centred, ruleUnder } from './paragraphs';
import { runs } from './text';
import { a4, mmToTwips } from './units';

export interface HeaderDetails {
  /** The body above the issuing one ("TỈNH ỦY THÁI NGUYÊN" above its Ban Tổ chức); null for none. */
  readonly superiorBody: string | null;
  readonly issuingBody: string;
  /** The number; null leaves room to write it by hand. */
  readonly number: string | null;
  /** The symbol after the number: "BB-UBND" (state), "BB/TU" (party); null: no number line (lists). */
  readonly symbol: string | null;
  readonly place: string;
  /** yyyy-mm-dd */
  readonly date: string;
}

export function textWidthTwips(profile: FormatProfile, landscape = false): number {
  const page = landscape ? a4.heightMm : a4.widthMm;
  return mmToTwips(page - profile.margins.left - profile.margins.right);
}

/** "Số: 12/BB-UBND" (state) or "Số 12-BB/TU" (party), with blanks for a number to come. */
export function documentNumber(profile: FormatProfile, number: string | null, symbol: string): string {
  return profile.header.numberForm
    .replace('{so}', number ?? '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0')
    .replace('{kyHieu}', symbol);
}

export function officialHeader(profile: FormatProfile, details: HeaderDetails): Table {
  const { header } = profile;
  const total = textWidthTwips(profile);
  const left = Math.round((total * header.leftColumnPercent) / 100);
  const right = total - left;

  const leftCell: Paragraph[] = [];
  if (details.superiorBody) leftCell.push(centred(profile, details.superiorBody, header.superiorBody));
  leftCell.push(centred(profile, details.issuingBody, header.issuingBody));
  leftCell.push(
    header.issuingBodyMark === 'star'
      ? centred(profile, '*', header.issuingBody)
      : ruleUnder(details.issuingBody, header.issuingBody, left, 0.4),
  );
  if (details.symbol !== null)
    leftCell.push(
      centred(profile, documentNumber(profile, details.number, details.symbol), header.numberStyle, 0, false),
    );

  const rightCell: Paragraph[] = [centred(profile, header.nationalLine.text, header.nationalLine.style)];
  const lastLine = header.motto ?? header.nationalLine;
  if (header.motto) rightCell.push(centred(profile, header.motto.text, header.motto.style));
  if (header.ruleUnderNationalBlock) rightCell.push(ruleUnder(lastLine.text, lastLine.style, right));
  rightCell.push(
    new Paragraph({
      alignment: header.motto ? AlignmentType.CENTER : AlignmentType.RIGHT,
      spacing: { before: 120 },
      children: runs(`${details.place}, ${officialDate(details.date)}`, header.placeDate, profile),
    }),
  );

  // No inner margins: the national line needs the whole column on one line.
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.DXA },
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(leftCell, left), cell(rightCell, right)] })],
  });
}
