// The signature block at the foot of the minutes, a borderless two-column table: the
// secretary on the left, the chair on the right, each with the profile's authority line,
// room for the hand signature, and the full name.
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { FormatProfile } from '../../../shared/export/format-profile';
import { textWidthTwips } from './header';
import { runs } from './text';

function side(profile: FormatProfile, who: FormatProfile['signature']['secretary'], name: string | null): Paragraph[] {
  const { signature } = profile;
  const centre = (text: string, style = signature.authorityStyle) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      keepLines: true,
      children: runs(text, style, profile),
    });
  const lines = [centre(who.authority)];
  if (who.title) lines.push(centre(who.title));
  for (let i = 0; i < signature.gapLines; i++) lines.push(new Paragraph({ keepNext: true, children: [] }));
  lines.push(centre(name ?? '', signature.nameStyle));
  return lines;
}

export function signatureBlock(profile: FormatProfile, secretary: string | null, chair: string | null): Table {
  const total = textWidthTwips(profile);
  const half = Math.round(total / 2);
  const cell = (children: Paragraph[]) => new TableCell({ children, width: { size: half, type: WidthType.DXA } });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: [half, total - half],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(side(profile, profile.signature.secretary, secretary)),
          cell(side(profile, profile.signature.chair, chair)),
        ],
      }),
    ],
  });
}
