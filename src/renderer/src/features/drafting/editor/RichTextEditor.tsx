// A section of a draft as formatted text (TipTap on ProseMirror): a toolbar for what official
// documents use, misspelt words underlined with suggestions on right-click, and the content
// replaced from outside only when the caller says so (a new `revision`), never while typing.
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import type { RichDoc } from '../../../../../shared/drafting/rich-text';
import { useLatest } from '../../../lib/use-latest';
import { draftExtensions } from './extensions';
import { useSpelling } from './use-spelling';

interface Props {
  readonly doc: RichDoc;
  /** Changes when `doc` was replaced from outside (opened, restored, worked out again). */
  readonly revision: number;
  readonly onChange: (doc: RichDoc) => void;
  readonly label: string;
  /** The conference whose names the spell check accepts; null turns the check off. */
  readonly spellingConferenceId: number | null;
  readonly onBlur?: () => void;
}

interface Menu {
  readonly x: number;
  readonly y: number;
  readonly from: number;
  readonly to: number;
  readonly suggestions: readonly string[];
}

export function RichTextEditor({ doc, revision, onChange, label, spellingConferenceId, onBlur }: Props) {
  const changed = useLatest(onChange);
  const blurred = useLatest(onBlur);
  const [menu, setMenu] = useState<Menu | null>(null);
  const editor = useEditor({
    extensions: draftExtensions,
    content: doc as object,
    // TipTap's own <style> element is refused by the window's Content Security Policy; the
    // few rules it carries are in styles.css.
    injectCSS: false,
    editorProps: {
      attributes: {
        'aria-label': label,
        'aria-multiline': 'true',
        role: 'textbox',
        spellcheck: 'false',
        class: 'draft-text',
      },
    },
    onUpdate: ({ editor: e }) => changed.current(e.getJSON() as RichDoc),
    onBlur: () => blurred.current?.(),
  });
  const shown = useRef(revision);
  useEffect(() => {
    if (!editor || shown.current === revision) return;
    shown.current = revision;
    // Not an edit of hers: Ctrl+Z must not bring back what was shown before.
    editor
      .chain()
      .setMeta('addToHistory', false)
      .setContent(doc as object, { emitUpdate: false })
      .run();
  }, [editor, doc, revision]);
  useSpelling(editor, spellingConferenceId);

  const openMenu = (e: React.MouseEvent) => {
    const target = (e.target as HTMLElement).closest<HTMLElement>('.misspelt');
    if (!editor || !target) return;
    e.preventDefault();
    const from = editor.view.posAtDOM(target, 0);
    const to = from + (target.textContent ?? '').length;
    const suggestions = (target.dataset.suggestions ?? '').split('|').filter(Boolean);
    setMenu({ x: e.clientX, y: e.clientY, from, to, suggestions });
  };

  return (
    <div className="rich-editor">
      {editor && <Toolbar editor={editor} />}
      <div onContextMenu={openMenu}>
        <EditorContent editor={editor} />
      </div>
      {menu && editor && (
        <SuggestionMenu
          menu={menu}
          onClose={() => setMenu(null)}
          onPick={(word) => {
            editor.chain().focus().insertContentAt({ from: menu.from, to: menu.to }, word).run();
            setMenu(null);
          }}
        />
      )}
    </div>
  );
}

function SuggestionMenu({
  menu,
  onPick,
  onClose,
}: {
  menu: Menu;
  onPick: (word: string) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLUListElement>(null);
  const close = useLatest(onClose);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('button')?.focus();
    const away = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && close.current();
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [close]);
  return (
    <ul
      ref={ref}
      className="dropdown spelling-menu"
      role="menu"
      aria-label="Gợi ý chính tả"
      style={{ left: menu.x, top: menu.y }}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      {menu.suggestions.length === 0 && <li className="muted">Không có gợi ý</li>}
      {menu.suggestions.map((word) => (
        <li key={word}>
          <button type="button" role="menuitem" onClick={() => onPick(word)}>
            {word}
          </button>
        </li>
      ))}
    </ul>
  );
}

interface ToolState {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly bulletList: boolean;
  readonly orderedList: boolean;
  readonly align: string;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

function Toolbar({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }): ToolState => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      align: (['center', 'right', 'left'] as const).find((a) => e.isActive({ textAlign: a })) ?? 'justify',
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const button = (label: string, shown: ReactNode, active: boolean | undefined, run: () => void, disabled = false) => (
    <button
      type="button"
      className={`tool${active ? ' on' : ''}`}
      aria-label={label}
      title={label}
      aria-pressed={active === undefined ? undefined : active}
      disabled={disabled}
      // The text keeps its selection: the toolbar never takes the focus from it.
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {shown}
    </button>
  );
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Định dạng">
      {button('Đậm (Ctrl+B)', 'B', state.bold, () => chain().toggleBold().run())}
      {button('Nghiêng (Ctrl+I)', 'I', state.italic, () => chain().toggleItalic().run())}
      {button('Gạch chân (Ctrl+U)', 'U', state.underline, () => chain().toggleUnderline().run())}
      <span className="tool-gap" />
      {button('Danh sách gạch đầu dòng', '•', state.bulletList, () => chain().toggleBulletList().run())}
      {button('Danh sách đánh số', '1.', state.orderedList, () => chain().toggleOrderedList().run())}
      {button('Giảm thụt lề (Shift+Tab)', '⇤', undefined, () =>
        editor.isActive('listItem') ? chain().liftListItem('listItem').run() : chain().outdent().run(),
      )}
      {button('Tăng thụt lề (Tab)', '⇥', undefined, () =>
        editor.isActive('listItem') ? chain().sinkListItem('listItem').run() : chain().indent().run(),
      )}
      <span className="tool-gap" />
      {alignments.map(({ align, label, short }) => (
        <Fragment key={align}>
          {button(label, <AlignIcon short={short} />, state.align === align, () =>
            (align === 'justify' ? chain().unsetTextAlign() : chain().setTextAlign(align)).run(),
          )}
        </Fragment>
      ))}
      <span className="tool-gap" />
      {button('Hoàn tác (Ctrl+Z)', '↶', undefined, () => chain().undo().run(), !state.canUndo)}
      {button('Làm lại (Ctrl+Y)', '↷', undefined, () => chain().redo().run(), !state.canRedo)}
    </div>
  );
}

/**
 * The alignments in the toolbar's order; justified is the paragraph without one. Each icon is
 * the usual picture: four lines across a 16-unit width, the 2nd and 4th spanning `short`.
 */
const alignments = [
  { align: 'justify', label: 'Căn đều hai bên', short: [0, 16] },
  { align: 'left', label: 'Căn trái', short: [0, 10] },
  { align: 'center', label: 'Căn giữa', short: [3, 13] },
  { align: 'right', label: 'Căn phải', short: [6, 16] },
] as const;

function AlignIcon({ short }: { short: readonly [number, number] }) {
  const lines = [[0, 16], short, [0, 16], short] as const;
  return (
    <svg width="16" height="14" viewBox="0 0 16 14" aria-hidden="true">
      {lines.map(([from, to], i) => (
        <line key={i} x1={from} x2={to} y1={2 + i * 3.4} y2={2 + i * 3.4} stroke="currentColor" strokeWidth="1.6" />
      ))}
    </svg>
  );
}
