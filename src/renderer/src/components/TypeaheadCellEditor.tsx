// A grid cell edited through a suggestion box: the suggestion picked, or the text typed, is
// saved and the cursor moves as the keys of any cell's editor move it.
import { useState, type ReactNode } from 'react';
import type { CustomEditorProps, GridEditor, Move } from './grid-types';
import { Typeahead, type TypeaheadKey } from './Typeahead';

/** Where a suggestion box in a cell sends the cursor: as the keys of a cell's editor do. */
export function moveAfterTypeahead(key: TypeaheadKey): Move {
  switch (key) {
    case 'Enter':
      return 'down';
    case 'Tab':
      return 'right';
    case 'ShiftTab':
      return 'left';
    case 'blur':
    case 'click':
      return 'none';
  }
}

export interface TypeaheadCell<T> {
  readonly ariaLabel: string;
  readonly search: (query: string) => Promise<readonly T[]>;
  readonly itemKey: (item: T) => string | number;
  readonly renderItem: (item: T) => ReactNode;
  /** The cell's text for a picked suggestion, and the other cells of a new row it fills. */
  readonly picked: (item: T) => { readonly value: string; readonly alongside?: Readonly<Record<string, string>> };
  /**
   * Leaving the cell saves what was typed, as in a spreadsheet; where typed text is taken for
   * something to create or look up, only Enter or Tab saves it.
   */
  readonly saveOnBlur: boolean;
  /** The first suggestion is highlighted as it arrives, so Enter takes it. */
  readonly autoHighlight?: boolean;
  /** The line under the suggestions, which may repeat what was typed. */
  readonly footer: (typed: string) => ReactNode;
}

function TypeaheadCellEditor<T>({ cell, initial, commit, cancel }: CustomEditorProps & { cell: TypeaheadCell<T> }) {
  const [text, setText] = useState(initial);
  return (
    <Typeahead<T>
      className="cell-typeahead"
      ariaLabel={cell.ariaLabel}
      autoFocus
      autoHighlight={cell.autoHighlight}
      commitOnBlur={cell.saveOnBlur}
      value={text}
      onChange={setText}
      search={cell.search}
      itemKey={cell.itemKey}
      renderItem={cell.renderItem}
      onPick={(item, key) => {
        const { value, alongside } = cell.picked(item);
        commit(value, moveAfterTypeahead(key), alongside);
      }}
      onFreeText={(value, key) => commit(value, moveAfterTypeahead(key))}
      onCancel={cancel}
      footer={<span className="muted">{cell.footer(text)}</span>}
    />
  );
}

export function typeaheadCellEditor<T>(cell: TypeaheadCell<T>): GridEditor {
  return { kind: 'custom', render: (props) => <TypeaheadCellEditor cell={cell} {...props} /> };
}
