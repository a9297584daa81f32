// The first pages of a Word document as Word would lay them out, drawn from the file's own
// bytes by docx-preview inside a shadow root. The window's Content Security Policy refuses
// <style> elements, so the stylesheet docx-preview writes is handed to the shadow root as a
// constructed stylesheet (CSSOM, which the policy allows) instead of being inserted.
import { renderDocument, parseAsync } from 'docx-preview';
import { useCallback, useEffect, useRef } from 'react';
import { useLoad } from '../../lib/use-load';

interface Props {
  /** The .docx in base64, as exports.render returns it. */
  readonly content: string | null;
}

interface Pages {
  readonly sheet: CSSStyleSheet;
  readonly nodes: readonly Node[];
}

const options = {
  inWrapper: true,
  breakPages: true,
  ignoreLastRenderedPageBreak: true,
  renderHeaders: true,
  renderFooters: true,
  experimental: false,
};

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pagesOf(content: string): Promise<Pages> {
  const nodes = await renderDocument(await parseAsync(bytesOf(content), options), options);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    nodes
      .filter((n) => n.nodeName === 'STYLE')
      .map((n) => n.textContent ?? '')
      .join('\n'),
  );
  return { sheet, nodes: nodes.filter((n) => n.nodeName !== 'STYLE') };
}

export function DocxPreview({ content }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const pages = useLoad(useCallback(() => (content === null ? Promise.resolve(null) : pagesOf(content)), [content]));

  useEffect(() => {
    const element = host.current;
    if (!element || !pages.data) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [pages.data.sheet];
    root.replaceChildren(...pages.data.nodes);
  }, [pages.data]);

  return (
    <div className="docx-preview-frame">
      {/* Whatever docx-preview stumbles on, the file itself is sound. */}
      {pages.problem && (
        <p className="notice warning">Không xem trước được văn bản này; vẫn có thể lưu và mở bằng Word.</p>
      )}
      <div ref={host} className="docx-preview" aria-label="Xem trước văn bản" />
    </div>
  );
}
