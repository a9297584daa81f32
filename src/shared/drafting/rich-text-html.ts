// A draft as HTML for the clipboard: Word and LibreOffice Writer take the text/html flavour
// on paste, so every paragraph carries its font, size, alignment and indent inline (pasted
// HTML keeps no stylesheet), and lists stay real lists.
import type { Block, Inline, RichDoc } from './rich-text';

export interface HtmlStyle {
  readonly font: string;
  readonly sizePt: number;
  /** First-line indent of body paragraphs, in centimetres. */
  readonly firstLineCm: number;
  /** Extra left indent per indent step, in centimetres. */
  readonly indentStepCm: number;
}

export const clipboardStyle: HtmlStyle = { font: 'Times New Roman', sizePt: 14, firstLineCm: 1.27, indentStepCm: 1.27 };

export interface HtmlSection {
  readonly heading?: string;
  readonly doc: RichDoc;
}

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(node: Inline): string {
  if (node.type === 'hardBreak') return '<br>';
  let html = escape(node.text);
  for (const mark of node.marks ?? []) {
    const tag = mark.type === 'bold' ? 'b' : mark.type === 'italic' ? 'i' : 'u';
    html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}

function block(node: Block, style: HtmlStyle, inList: boolean): string {
  const font = `font-family:'${style.font}';font-size:${style.sizePt}pt`;
  if (node.type === 'paragraph') {
    const indent = node.attrs?.indent ?? 0;
    const align = node.attrs?.textAlign ?? 'justify';
    const parts = [font, `text-align:${align}`, 'margin:0 0 6pt 0'];
    if (!inList && (align === 'justify' || align === 'left')) parts.push(`text-indent:${style.firstLineCm}cm`);
    if (indent > 0 && !inList) parts.push(`margin-left:${(indent * style.indentStepCm).toFixed(2)}cm`);
    const content = (node.content ?? []).map(inline).join('');
    return `<p style="${parts.join(';')}">${content || '<br>'}</p>`;
  }
  const tag = node.type === 'bulletList' ? 'ul' : 'ol';
  const start = node.type === 'orderedList' && (node.attrs?.start ?? 1) !== 1 ? ` start="${node.attrs?.start}"` : '';
  const items = node.content
    .map((item) => `<li style="${font}">${item.content.map((child) => block(child, style, true)).join('')}</li>`)
    .join('');
  return `<${tag}${start} style="${font};margin:0 0 6pt 0">${items}</${tag}>`;
}

/** A whole HTML document, section headings in bold capitals of the body size. */
export function sectionsToHtml(sections: readonly HtmlSection[], style: HtmlStyle = clipboardStyle): string {
  const body = sections
    .map((s) => {
      const heading = s.heading
        ? `<p style="font-family:'${style.font}';font-size:${style.sizePt}pt;margin:6pt 0 6pt ` +
          `0"><b>${escape(s.heading)}</b></p>`
        : '';
      return heading + s.doc.content.map((b) => block(b, style, false)).join('');
    })
    .join('');
  return `<html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
}
