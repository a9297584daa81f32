// The first pages of a Word document as Word would lay them out, drawn from the file's own
// bytes by docx-preview inside a shadow root. The window's Content Security Policy refuses
// <style> elements, so the stylesheet docx-preview writes is handed to the shadow root as a
// constructed stylesheet (CSSOM, which the policy allows) instead of being inserted.
import { renderDocument, parseAsync } from 'docx-preview';
import { useEffect, useRef, useState } from 'react';

interface Props {
  /** The .docx in base64, as exports.render returns it. */
  readonly content: string | null;
}

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function DocxPreview({ content }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const element = host.current;
    if (!element || content === null) return;
    let cancelled = false;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    (async () => {
      const options = {
        inWrapper: true,
        breakPages: true,
        ignoreLastRenderedPageBreak: true,
        renderHeaders: true,
        renderFooters: true,
        experimental: false,
      };
      const nodes = await renderDocument(await parseAsync(bytesOf(content), options), options);
      if (cancelled) return;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        nodes
          .filter((n) => n.nodeName === 'STYLE')
          .map((n) => n.textContent ?? '')
          .join('\n'),
      );
      root.adoptedStyleSheets = [sheet];
      root.replaceChildren(...nodes.filter((n) => n.nodeName !== 'STYLE'));
      setProblem(null);
    })().catch(() => !cancelled && setProblem('Không xem trước được văn bản này; vẫn có thể lưu và mở bằng Word.'));
    return () => {
      cancelled = true;
    };
  }, [content]);

  return (
    <div className="docx-preview-frame">
      {problem && <p className="notice warning">{problem}</p>}
      <div ref={host} className="docx-preview" aria-label="Xem trước văn bản" />
    </div>
  );
}
