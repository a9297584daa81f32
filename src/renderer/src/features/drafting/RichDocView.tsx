// A stored section shown read-only (an old version, a template), with its formatting.
import type { ReactNode } from 'react';
import type { Block, Inline, RichDoc } from '../../../../shared/drafting/rich-text';

function inline(node: Inline, key: number): ReactNode {
  if (node.type === 'hardBreak') return <br key={key} />;
  const marked = (node.marks ?? []).reduce<ReactNode>(
    (inner, mark) =>
      mark.type === 'bold' ? <strong>{inner}</strong> : mark.type === 'italic' ? <em>{inner}</em> : <u>{inner}</u>,
    node.text,
  );
  return <span key={key}>{marked}</span>;
}

function block(node: Block, key: number): ReactNode {
  if (node.type === 'paragraph') {
    return (
      <p key={key} data-indent={node.attrs?.indent || undefined} data-align={node.attrs?.textAlign ?? undefined}>
        {(node.content ?? []).map(inline)}
      </p>
    );
  }
  const items = node.content.map((item, i) => <li key={i}>{item.content.map(block)}</li>);
  return node.type === 'bulletList' ? (
    <ul key={key}>{items}</ul>
  ) : (
    <ol key={key} start={node.attrs?.start}>
      {items}
    </ol>
  );
}

export function RichDocView({ doc }: { doc: RichDoc }) {
  return (
    <div className="draft-text read-only">
      {doc.content.length > 0 ? doc.content.map(block) : <p className="muted">(để trống)</p>}
    </div>
  );
}
