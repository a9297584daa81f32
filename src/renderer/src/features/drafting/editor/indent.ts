// Paragraph indents as official documents use them (a step of one first-line indent), with
// Tab and Shift+Tab: inside a list they nest and un-nest the item, elsewhere they indent the
// paragraph, so Tab never moves the focus out of the text while typing.
import { Extension } from '@tiptap/core';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { maxIndent } from '../../../../../shared/drafting/rich-text';
import { dataAttribute, indentSteps } from './data-attribute';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    indent: {
      indent: () => ReturnType;
      outdent: () => ReturnType;
    };
  }
}

const steps = Array.from({ length: maxIndent + 1 }, (_, i) => i);

export const Indent = Extension.create({
  name: 'indent',

  addGlobalAttributes() {
    return [
      {
        types: ['paragraph'],
        attributes: {
          indent: dataAttribute('indent', 'indent', steps, 0, indentSteps),
        },
      },
    ];
  },

  addCommands() {
    const shift =
      (by: number) =>
      () =>
      ({ tr, state, dispatch }: { tr: Transaction; state: EditorState; dispatch?: unknown }) => {
        let changed = false;
        state.doc.nodesBetween(state.selection.from, state.selection.to, (node, pos) => {
          if (node.type.name !== 'paragraph') return true;
          const indent = Math.max(0, Math.min(maxIndent, ((node.attrs.indent as number | undefined) ?? 0) + by));
          if (indent !== node.attrs.indent) {
            if (dispatch) tr.setNodeMarkup(pos, undefined, { ...node.attrs, indent });
            changed = true;
          }
          return false;
        });
        return changed;
      };
    return { indent: shift(1), outdent: shift(-1) };
  },

  addKeyboardShortcuts() {
    const inList = () => this.editor.isActive('listItem');
    return {
      Tab: () =>
        inList() ? this.editor.commands.sinkListItem('listItem') || true : this.editor.commands.indent() || true,
      'Shift-Tab': () =>
        inList() ? this.editor.commands.liftListItem('listItem') || true : this.editor.commands.outdent() || true,
    };
  },
});
