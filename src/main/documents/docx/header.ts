// The header of an official document, a borderless two-column table: on the left the
// superior and issuing bodies, their mark (a short rule, or "*" for the Party) and the
// number; on the right the national or Party line (with the motto and its rule) and the
// place and date. Lines and rules are measured in the font's own widths (../text-width.ts):
// the national line keeps one line, the left column widens for the body's name as far as that
// allows, and each rule is as long as its text (or, under the issuing body, 0.4 of its line).
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { FormatProfile, TextStyle } from '../../../shared/documents/format-profile';
import { officialDate } from '../../../shared/text/vietnamese-dates';
import { timesWidthPt } from '../text-width';
import { centred, ruleUnder } from './paragraphs';
import { runs, vietnameseCaps } from './text';
import { a4, mmToTwips } from './units';

export interface HeaderDetails {
  /** The body above the issuing one ("TỈNH ỦY THÁI NGUYÊN" above its Ban Tổ chức); null for none. */
  readonly superiorBody: string | null;
  readonly issuingBody: string;
  /** The number; null leaves room to write it by hand. */
  readonly number: string | null;
  /** The symbol after the number: "BB-UBND" (state), "BB/TU" (party); null: no number line (lists). */
  readonly symbol: string | null;
  /** A công văn's trích yếu under the number, "V/v …" (it has no tên loại); none for other documents. */
  readonly letterSubject?: string;
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

/** The rule under the issuing body, as a share of its line: NĐ 30 asks for ⅓ to ½. */
export const issuingBodyRuleShare = 0.4;
/** Room kept beside the longest line of a column, so rounding never pushes a word down. */
const columnSlack = mmToTwips(1);

/**
 * The width in twips of the widest line of `text` in `style` (as written: in capitals where
 * the style says so), measured in Times New Roman's widths, the font of both built-in
 * profiles; a profile with another font gets Times' measure as an estimate.
 */
export function lineTwips(text: string, style: TextStyle): number {
  const shown = style.caps ? vietnameseCaps(text) : text;
  return Math.max(...shown.split('\n').map((line) => Math.ceil(timesWidthPt(line, style.size, style.bold) * 20)));
}

/**
 * A body's name too long for its column, broken between words where its two lines are most
 * even ("ỦY BAN NHÂN DÂN / TỈNH THÁI NGUYÊN"), not wherever the line runs out ("… TỈNH THÁI /
 * NGUYÊN"). A name that fits, or that its writer broke already, is kept as it is.
 */
export function fitName(text: string, style: TextStyle, columnTwips: number): string {
  const name = text.trim();
  if (name.includes('\n') || lineTwips(name, style) <= columnTwips) return name;
  const words = name.split(/\s+/);
  let best = name;
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = `${words.slice(0, i).join(' ')}\n${words.slice(i).join(' ')}`;
    const width = lineTwips(lines, style);
    if (width < bestWidth) {
      best = lines;
      bestWidth = width;
    }
  }
  return best;
}

/** The widths of the header's two columns, in twips. */
export function headerColumns(profile: FormatProfile, details: HeaderDetails): { left: number; right: number } {
  const { header } = profile;
  const total = textWidthTwips(profile);
  const preferred = Math.round((total * header.leftColumnPercent) / 100);
  const leftLines: [string, TextStyle][] = [[details.issuingBody, header.issuingBody]];
  if (details.superiorBody) leftLines.push([details.superiorBody, header.superiorBody]);
  if (details.symbol !== null)
    leftLines.push([documentNumber(profile, details.number, details.symbol), header.numberStyle]);
  const nationalLines: [string, TextStyle][] = [[header.nationalLine.text, header.nationalLine.style]];
  if (header.motto) nationalLines.push([header.motto.text, header.motto.style]);
  const rightLines: [string, TextStyle][] = [
    ...nationalLines,
    [`${details.place}, ${officialDate(details.date)}`, header.placeDate],
  ];
  const widest = (lines: [string, TextStyle][]) => Math.max(...lines.map(([t, s]) => lineTwips(t, s))) + columnSlack;
  // The profile's share, widened for a body's name on one line, but never so far that the
  // national line, the motto or the date has to break; a long place may wrap the date rather
  // than narrow the body's column below its share (only the national line and motto may).
  const floor = Math.min(preferred, total - widest(nationalLines));
  const left = Math.max(0, floor, Math.min(Math.max(preferred, widest(leftLines)), total - widest(rightLines)));
  return { left, right: total - left };
}

export function officialHeader(profile: FormatProfile, details: HeaderDetails): Table {
  const { header } = profile;
  const total = textWidthTwips(profile);
  const { left, right } = headerColumns(profile, details);

  const leftCell: Paragraph[] = [];
  if (details.superiorBody)
    leftCell.push(centred(profile, fitName(details.superiorBody, header.superiorBody, left), header.superiorBody));
  const issuingBody = fitName(details.issuingBody, header.issuingBody, left);
  leftCell.push(centred(profile, issuingBody, header.issuingBody));
  if (header.issuingBodyMark === 'star') leftCell.push(centred(profile, '*', header.issuingBody));
  else {
    // The line just above the rule: the last of the name's lines.
    const lastLine = issuingBody.split('\n').at(-1) ?? issuingBody;
    const lineWidth = Math.min(left, lineTwips(lastLine, header.issuingBody));
    leftCell.push(ruleUnder(Math.round(lineWidth * issuingBodyRuleShare), left));
  }
  if (details.symbol !== null)
    leftCell.push(
      centred(profile, documentNumber(profile, details.number, details.symbol), header.numberStyle, 0, false),
    );
  if (details.letterSubject) leftCell.push(centred(profile, details.letterSubject, header.letterSubject, 0, false, 3));

  const rightCell: Paragraph[] = [centred(profile, header.nationalLine.text, header.nationalLine.style)];
  const lastLine = header.motto ?? header.nationalLine;
  if (header.motto) rightCell.push(centred(profile, header.motto.text, header.motto.style));
  if (header.ruleUnderNationalBlock) rightCell.push(ruleUnder(lineTwips(lastLine.text, lastLine.style), right));
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
