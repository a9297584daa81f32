// The foot of a document a body issues (NĐ 30, HD 36): "Nơi nhận:" on the left with a line
// per recipient, "- " before each, ";" after each but the last, which ends with "."; the
// signer on the right, in one borderless row.
import { AlignmentType, Paragraph, type Table } from 'docx';
import { paragraphTexts, type RichDoc } from '../../../shared/drafting/rich-text';
import type { FormatProfile, Signer } from '../../../shared/documents/format-profile';
import { footTable, signerLines, type SignerNames } from './signatures';
import { runs } from './text';

/** Above this many recipients the row may run on to the next page rather than leave a page blank. */
const keptWhole = 20;

/** The recipients as printed: "- Như trên;", …, "- Lưu: VT.", whatever marks they were typed with. */
export function recipientLines(doc: RichDoc): string[] {
  const names = paragraphTexts(doc)
    .map((line) =>
      line
        .replace(/^(?:[-–—•+*]|\d+[.)])\s*/u, '')
        .replace(/[\s;.,]+$/u, '')
        .trim(),
    )
    .filter(Boolean);
  return names.map((name, i) => `- ${name}${i === names.length - 1 ? '.' : ';'}`);
}

export function recipientsAndSignature(
  profile: FormatProfile,
  recipients: RichDoc,
  signer: Signer,
  names: SignerNames,
): Table {
  const lines = recipientLines(recipients);
  const line = (text: string, style: FormatProfile['recipients']['label']) =>
    new Paragraph({ alignment: AlignmentType.LEFT, keepNext: true, children: runs(text, style, profile) });
  const left =
    lines.length === 0
      ? [new Paragraph({ children: [] })]
      : [line('Nơi nhận:', profile.recipients.label), ...lines.map((text) => line(text, profile.recipients.item))];
  return footTable(profile, left, signerLines(profile, signer, names), lines.length <= keptWhole);
}
