// What the draft editor allows: exactly the shapes of shared/drafting/rich-text.ts
// (paragraphs with indent and alignment, lists, line breaks, bold, italic, underline), so
// text pasted from Word or the web is reduced to them and nothing else gets stored.
import StarterKit from '@tiptap/starter-kit';
import TextAlign from '@tiptap/extension-text-align';
import { Indent } from './indent';
import { dataAttribute } from './data-attribute';
import { Spelling } from './spelling-plugin';

export const draftExtensions = [
  StarterKit.configure({
    blockquote: false,
    code: false,
    codeBlock: false,
    heading: false,
    horizontalRule: false,
    link: false,
    strike: false,
    dropcursor: false,
    // An empty paragraph added after a closing list would be stored with every section.
    trailingNode: false,
  }),
  // Rendered as a data attribute: the window's Content Security Policy refuses inline styles.
  TextAlign.extend({
    addGlobalAttributes() {
      return [
        {
          types: this.options.types,
          attributes: {
            textAlign: dataAttribute<string | null>(
              'textAlign',
              'align',
              this.options.alignments,
              null,
              (style) => style.textAlign || null,
            ),
          },
        },
      ];
    },
  }).configure({ types: ['paragraph'], alignments: ['left', 'center', 'right', 'justify'] }),
  Indent,
  Spelling,
];
