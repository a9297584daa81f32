// The signature block at the foot of a document, a borderless two-column table: each side the
// profile gives a signer for carries the authority line (with the family's T/M, K/T, T/L or
// TM., KT., TL. where the profile says the signer signs for another), the title under it, room
// for the hand signature, and the full name. A document with one signer has it on the right.
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import {
  signingFormWords,
  type FormatProfile,
  type Signer,
  type SignerName,
} from '../../../shared/documents/format-profile';
import { textWidthTwips } from './header';
import { runs } from './text';

/** The names a signer's name may come from, as the conference has them (null: none set). */
export type SignerNames = Readonly<Record<Exclude<SignerName, 'none'>, string | null>>;

/** "T/M BAN THƯỜNG VỤ" (Party), "TM. ỦY BAN NHÂN DÂN" (State), "THƯ KÝ". */
export function authorityLine(profile: FormatProfile, signer: Signer): string {
  return [signingFormWords[profile.family][signer.form], signer.authority.trim()].filter(Boolean).join(' ');
}

/** A signer's lines: the authority, the title, room to sign, the name. */
export function signerLines(profile: FormatProfile, signer: Signer | undefined, names: SignerNames): Paragraph[] {
  if (!signer) return [new Paragraph({ children: [] })];
  const { signature } = profile;
  const centre = (text: string, style = signature.authorityStyle) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      keepLines: true,
      children: runs(text, style, profile),
    });
  const lines = [centre(authorityLine(profile, signer))];
  if (signer.title) lines.push(centre(signer.title));
  for (let i = 0; i < signature.gapLines; i++) lines.push(new Paragraph({ keepNext: true, children: [] }));
  lines.push(centre((signer.name === 'none' ? null : names[signer.name]) ?? '', signature.nameStyle));
  return lines;
}

/** The foot of a document, a borderless row of two halves; `cantSplit` keeps it on one page. */
export function footTable(profile: FormatProfile, left: Paragraph[], right: Paragraph[], cantSplit = true): Table {
  const total = textWidthTwips(profile);
  const half = Math.round(total / 2);
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA } });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: [half, total - half],
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit, children: [cell(left, half), cell(right, total - half)] })],
  });
}

export function signatureBlock(
  profile: FormatProfile,
  signers: { readonly left?: Signer; readonly right: Signer },
  names: SignerNames,
): Table {
  return footTable(profile, signerLines(profile, signers.left, names), signerLines(profile, signers.right, names));
}
