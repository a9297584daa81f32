// The script's programme, a timed table (time, who, what is said), kept in a draft section
// like any other part so that it is saved, versioned and locked with the draft. In the
// section's document each step is one item of a bulleted list: its first paragraph the time,
// the second who acts, the rest what is said; so the text reads plainly wherever a section is
// read as text, and the table editor and the Word table read the rows back.
import { bulletList, paragraph, paragraphTexts, richDoc, type Block, type RichDoc } from './rich-text';

export interface ScriptStep {
  /** "HH:MM", or empty when the step has no time of its own. */
  readonly time: string;
  /** Who acts: "Người dẫn chương trình", "Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy". */
  readonly who: string;
  /** What is done and said, a line per paragraph. */
  readonly says: string;
}

function inlineOf(block: Block | undefined): string {
  return block === undefined ? '' : paragraphTexts(richDoc(block)).join('\n');
}

/** The section of `steps`. */
export function stepsDoc(steps: readonly ScriptStep[]): RichDoc {
  if (steps.length === 0) return richDoc();
  const list = bulletList(...steps.map(() => paragraph()));
  return richDoc({
    ...list,
    content: steps.map((step) => ({
      type: 'listItem' as const,
      content: [
        paragraph(step.time),
        paragraph(step.who),
        ...step.says
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => paragraph(line)),
      ],
    })),
  });
}

/**
 * The steps a section holds; a section typed as prose (an older script, text pasted in) reads
 * as steps of what it says, with no time and nobody named, so nothing typed is lost.
 */
export function stepsOf(doc: RichDoc): ScriptStep[] {
  return doc.content.flatMap((block): ScriptStep[] => {
    if (block.type === 'bulletList' || block.type === 'orderedList')
      return block.content.map((item) => {
        const [time, who, ...says] = item.content;
        return {
          time: inlineOf(time),
          who: inlineOf(who),
          says: says.map((b) => inlineOf(b)).join('\n'),
        };
      });
    const says = inlineOf(block);
    return says === '' ? [] : [{ time: '', who: '', says }];
  });
}
