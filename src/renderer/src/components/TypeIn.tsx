// Where a grid's keyboard focus rests between edits: a text box laid over the selected cell,
// unseen until a composition keyboard (Windows' Vietnamese Telex, macOS, an IME) starts a
// word in it. A composition needs a text box to happen in: started on the grid itself, its
// first letters had nowhere to go ("Điểm" became "iểm"). Here the word is composed whole,
// shown over the cell, and opens the cell's editor once committed. Text that comes without a
// key of its own (an on-screen keyboard, dictation) opens the editor the same way.
import { useState, type CSSProperties, type Ref } from 'react';

interface Props {
  readonly ref: Ref<HTMLInputElement>;
  /** The selected cell's place in the grid. */
  readonly box: CSSProperties;
  /** The id of the selected cell, read out as focus moves from cell to cell while this box keeps it. */
  readonly activeCell: string;
  readonly onText: (text: string) => void;
}

export function TypeIn({ ref, box, activeCell, onText }: Props) {
  const [composing, setComposing] = useState(false);
  const take = (input: HTMLInputElement) => {
    const text = input.value;
    input.value = '';
    if (text !== '') onText(text);
  };
  return (
    <input
      ref={ref}
      className={`grid-type-in${composing ? ' composing' : ''}`}
      style={box}
      aria-label="Ô đang chọn (gõ để sửa)"
      aria-activedescendant={activeCell}
      autoComplete="off"
      spellCheck={false}
      onCompositionStart={() => setComposing(true)}
      onCompositionEnd={(e) => {
        setComposing(false);
        take(e.currentTarget);
      }}
      onInput={(e) => {
        if (!e.nativeEvent.isComposing) take(e.currentTarget);
      }}
    />
  );
}
