// "Sao chép": both flavours on the clipboard at once, so the paste target picks the richest.
import type { DraftKind } from '../../../../shared/drafting/draft-types';
import { draftForClipboard, type ClipboardSection } from '../../../../shared/drafting/clipboard';

export async function copyDraft(kind: DraftKind, conferenceName: string, sections: readonly ClipboardSection[]): Promise<void> {
  const { html, plain } = draftForClipboard(kind, conferenceName, sections);
  await navigator.clipboard.write([
    new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([plain], { type: 'text/plain' }) }),
  ]);
}
