import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { foldForSearch } from '../../../shared/text/vietnamese';
import { Dropdown } from './Dropdown';
import type { CustomEditorProps, GridEditor, Move, SelectOption } from './grid-types';

interface Props extends CustomEditorProps {
  readonly editor: GridEditor;
}

/** Enter saves and goes down, Tab saves and goes right, Esc leaves the cell unchanged. */
function moveForKey(event: KeyboardEvent): Move | null | 'cancel' {
  if (event.key === 'Enter') return 'down';
  if (event.key === 'Tab') return event.shiftKey ? 'left' : 'right';
  if (event.key === 'Escape') return 'cancel';
  return null;
}

export function CellEditor({ editor, initial, commit, cancel }: Props) {
  switch (editor.kind) {
    case 'text':
    case 'number':
      return <TextEditor initial={initial} commit={commit} cancel={cancel} numeric={editor.kind === 'number'} />;
    case 'select':
      return <OptionsEditor initial={initial} options={editor.options} commit={commit} cancel={cancel} />;
    case 'custom':
      return <>{editor.render({ initial, commit, cancel } satisfies CustomEditorProps)}</>;
  }
}

function TextEditor({ initial, commit, cancel, numeric }: CustomEditorProps & { numeric: boolean }) {
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const finish = (move: Move | 'cancel') => {
    if (done.current) return;
    done.current = true;
    if (move === 'cancel') cancel();
    else commit(value, move);
  };
  return (
    <input
      className="cell-input"
      autoFocus
      inputMode={numeric ? 'numeric' : undefined}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onFocus={(e) => {
        const length = e.target.value.length;
        e.target.setSelectionRange(length, length);
      }}
      onKeyDown={(e) => {
        const move = moveForKey(e);
        if (move) {
          e.preventDefault();
          e.stopPropagation();
          finish(move);
        }
      }}
      onBlur={() => finish('none')}
    />
  );
}

/** A list to pick from: type a few letters (without diacritics) to narrow it, Enter to pick. */
function OptionsEditor({ initial, options, commit, cancel }: CustomEditorProps & { options: readonly SelectOption[] }) {
  const startsWithTyping = !options.some((o) => o.value === initial);
  const [filter, setFilter] = useState(startsWithTyping ? initial : '');
  const shown = useMemo(() => {
    const folded = foldForSearch(filter);
    return folded ? options.filter((o) => foldForSearch(o.label).includes(folded)) : options;
  }, [filter, options]);
  const [chosen, setHighlight] = useState(() =>
    Math.max(
      0,
      options.findIndex((o) => o.value === initial),
    ),
  );
  // A narrower filter keeps the highlight within what is shown.
  const highlight = Math.min(chosen, Math.max(0, shown.length - 1));
  const done = useRef(false);
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    listRef.current?.children[highlight]?.scrollIntoView({ block: 'nearest' });
  }, [highlight]);
  const finish = (move: Move | 'cancel', option = shown[highlight]) => {
    if (done.current) return;
    done.current = true;
    if (move === 'cancel' || !option) cancel();
    else commit(option.value, move);
  };
  return (
    <div className="options-editor">
      <input
        ref={inputRef}
        className="cell-input"
        autoFocus
        value={filter}
        placeholder="Gõ để lọc…"
        onChange={(e) => {
          setFilter(e.target.value);
          setHighlight(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            e.stopPropagation();
            setHighlight(Math.max(0, Math.min(shown.length - 1, highlight + (e.key === 'ArrowDown' ? 1 : -1))));
            return;
          }
          const move = moveForKey(e);
          if (move) {
            e.preventDefault();
            e.stopPropagation();
            finish(move);
          }
        }}
        onBlur={() => finish('cancel')}
      />
      <Dropdown anchor={inputRef} className="options-list" listRef={listRef}>
        {shown.map((o, i) => (
          <li
            key={o.value}
            role="option"
            aria-selected={i === highlight}
            className={i === highlight ? 'highlight' : ''}
            onMouseDown={(e) => {
              e.preventDefault();
              finish('none', o);
            }}
          >
            {o.label}
          </li>
        ))}
        {shown.length === 0 && <li className="muted">Không có lựa chọn phù hợp</li>}
      </Dropdown>
    </div>
  );
}
