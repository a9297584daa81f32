// A draft as the clipboard carries it ("Sao chép"): HTML that Word and Writer paste with its
// formatting (Times New Roman 14, bold, italic, lists) and plain text for everything else.
// Minutes get their title and the headings of their parts; the news item and the script
// read straight on.
import type { DraftKind } from './draft-types';
import { sectionsToHtml, type HtmlSection } from './rich-text-html';
import { plainText, richDoc, text, type RichDoc } from './rich-text';

export interface ClipboardSection {
  readonly key: string;
  readonly label: string;
  readonly doc: RichDoc;
}

const untitled = new Set(['opening', 'closing']);

export function draftForClipboard(
  kind: DraftKind,
  conferenceName: string,
  sections: readonly ClipboardSection[],
): { html: string; plain: string } {
  let parts: HtmlSection[] = sections.map((s) => ({ doc: s.doc }));
  if (kind === 'minutes') {
    const title = richDoc(
      { type: 'paragraph', attrs: { textAlign: 'center' }, content: [text('BIÊN BẢN', 'bold')] },
      { type: 'paragraph', attrs: { textAlign: 'center' }, content: [text(conferenceName, 'bold')] },
    );
    parts = [
      { doc: title },
      ...sections.map((s) => ({ heading: untitled.has(s.key) ? undefined : s.label, doc: s.doc })),
    ];
  }
  const plain = parts.map((s) => [s.heading, plainText(s.doc)].filter(Boolean).join('\n')).join('\n\n');
  return { html: sectionsToHtml(parts), plain };
}
