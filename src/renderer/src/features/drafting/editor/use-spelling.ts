// Runs the spell check a moment after typing stops and underlines what it finds. The result
// is shown only if the text has not changed meanwhile; the next pause checks again.
import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { call } from '../../../lib/api';
import { misspellingDecorations, spellingKey, textMap } from './spelling-plugin';

const pauseMs = 1200;

export function useSpelling(editor: Editor | null, conferenceId: number | null): void {
  useEffect(() => {
    if (!editor || conferenceId === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let disposed = false;
    const check = async () => {
      const doc = editor.state.doc;
      const map = textMap(doc);
      if (map.text.trim() === '') return;
      try {
        const found = await call('spelling.check', { conferenceId, text: map.text });
        if (disposed || editor.isDestroyed || editor.state.doc !== doc) return;
        editor.view.dispatch(editor.state.tr.setMeta(spellingKey, misspellingDecorations(doc, map, found)));
      } catch {
        // The check is a help, not a step of the work: a failed one leaves the text unmarked.
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), pauseMs);
    };
    // Any change of the text, typed or replaced from outside (opened, restored).
    const onTransaction = ({ transaction }: { transaction: { docChanged: boolean } }) =>
      transaction.docChanged && schedule();
    editor.on('transaction', onTransaction);
    schedule();
    return () => {
      disposed = true;
      clearTimeout(timer);
      editor.off('transaction', onTransaction);
    };
  }, [editor, conferenceId]);
}
