// Misspelt words underlined in the text, from the spell check the services run: the plugin
// only holds the decorations (moved along with edits) and the text-to-position map that
// turns the check's offsets into places in the document.
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Misspelling } from '../../../../../shared/drafting/drafting-calls';

export const spellingKey = new PluginKey<DecorationSet>('spelling');

export interface TextMap {
  readonly text: string;
  /** Document position of each character of `text` (-1 for the line breaks between blocks). */
  readonly positions: Int32Array;
}

/** The document's text, blocks on lines of their own, as the spell check reads it. */
export function textMap(doc: ProseMirrorNode): TextMap {
  let text = '';
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock && text !== '') {
      text += '\n';
      positions.push(-1);
    }
    if (node.isText) {
      const value = node.text ?? '';
      for (let i = 0; i < value.length; i++) positions.push(pos + i);
      text += value;
    }
    return true;
  });
  return { text, positions: Int32Array.from(positions) };
}

/** Decorations for the misspellings of the text `map` was made from. */
export function misspellingDecorations(
  doc: ProseMirrorNode,
  map: TextMap,
  found: readonly Misspelling[],
): DecorationSet {
  const decorations: Decoration[] = [];
  for (const m of found) {
    // Offsets are in the NFC form; text typed or pasted that is not NFC is left unmarked.
    if (map.text.slice(m.start, m.end) !== m.word) continue;
    const from = map.positions[m.start];
    const to = map.positions[m.end - 1];
    if (from < 0 || to < 0 || to - from !== m.end - 1 - m.start) continue;
    decorations.push(
      Decoration.inline(from, to + 1, {
        class: 'misspelt',
        'data-suggestions': m.suggestions.join('|'),
        title: suggestionTitle(m),
      }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

function suggestionTitle(m: Misspelling): string {
  return m.suggestions.length > 0
    ? `Có thể sai chính tả. Gợi ý: ${m.suggestions.join(', ')} (nhấp chuột phải để chọn)`
    : 'Có thể sai chính tả';
}

export const Spelling = Extension.create({
  name: 'spelling',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: spellingKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => {
            const next = tr.getMeta(spellingKey) as DecorationSet | undefined;
            return next ?? set.map(tr.mapping, tr.doc);
          },
        },
        props: {
          decorations: (state) => spellingKey.getState(state),
        },
      }),
    ];
  },
});
