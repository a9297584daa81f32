// A drafted section (the editor's formatted text) as Word paragraphs in the profile's body
// style. List items are written the way official documents write them, a "-" or "1." at the
// first-line indent, nested items one step further in.
import { AlignmentType, type Paragraph, type ParagraphChild } from 'docx';
import type { Block, Inline, RichDoc } from '../../../shared/drafting/rich-text';
import type { FormatProfile } from '../../../shared/documents/format-profile';
import { bodyParagraph } from './paragraphs';
import { runs } from './text';

const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

function inlineRuns(profile: FormatProfile, content: readonly Inline[], prefix: string): ParagraphChild[] {
  const size = profile.body.size;
  const children: ParagraphChild[] = prefix ? runs(prefix, { size }, profile) : [];
  // A hard break ends the line inside the paragraph: it is carried by the next text.
  let pendingBreak = false;
  for (const node of content) {
    if (node.type === 'hardBreak') {
      pendingBreak = true;
      continue;
    }
    const marks = new Set((node.marks ?? []).map((m) => m.type));
    const text = pendingBreak ? `\n${node.text}` : node.text;
    pendingBreak = false;
    children.push(
      ...runs(
        text,
        { size, bold: marks.has('bold'), italic: marks.has('italic'), underline: marks.has('underline') },
        profile,
      ),
    );
  }
  return children;
}

function blockParagraphs(profile: FormatProfile, block: Block, depth: number, prefix = ''): Paragraph[] {
  if (block.type === 'paragraph') {
    const align = block.attrs?.textAlign;
    return [
      bodyParagraph(profile, inlineRuns(profile, block.content ?? [], prefix), {
        alignment: align ? alignments[align] : undefined,
        firstLine: align !== 'center' && align !== 'right',
        indentSteps: depth + (depth === 0 ? (block.attrs?.indent ?? 0) : 0),
      }),
    ];
  }
  const start = block.type === 'orderedList' ? (block.attrs?.start ?? 1) : 1;
  return block.content.flatMap((item, i) => {
    const marker = block.type === 'orderedList' ? `${start + i}. ` : '- ';
    // The marker goes on the item's first paragraph; the rest of the item follows it.
    return item.content.flatMap((child, j) =>
      blockParagraphs(profile, child, child.type === 'paragraph' ? depth : depth + 1, j === 0 ? marker : ''),
    );
  });
}

export function richDocParagraphs(profile: FormatProfile, doc: RichDoc): Paragraph[] {
  return doc.content.flatMap((block) => blockParagraphs(profile, block, 0));
}
