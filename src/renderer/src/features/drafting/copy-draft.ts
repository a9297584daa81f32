// "Sao chép": both flavours on the clipboard at once, so the paste target picks the richest.
// Written through a copy event rather than navigator.clipboard.write, which parses the HTML
// in the page and so runs into the window's Content Security Policy (inline styles refused);
// the event hands the HTML over as it is. It must run inside the click that asked for it.
import type { DraftKind } from '../../../../shared/drafting/draft-types';
import { draftForClipboard, type ClipboardSection } from '../../../../shared/drafting/clipboard';

/** False when the window would not copy (it was not the active window). */
export function copyDraft(kind: DraftKind, conferenceName: string, sections: readonly ClipboardSection[]): boolean {
  const { html, plain } = draftForClipboard(kind, conferenceName, sections);
  let copied = false;
  const onCopy = (event: ClipboardEvent) => {
    event.preventDefault();
    event.clipboardData?.setData('text/html', html);
    event.clipboardData?.setData('text/plain', plain);
    copied = event.clipboardData !== null;
  };
  document.addEventListener('copy', onCopy);
  try {
    return document.execCommand('copy') && copied;
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}
