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

/**
 * An editor ends once, saved with a move or cancelled, whatever comes after (the blur of the
 * box it leaves); the keys that end it go no further than the cell.
 */
function useEnding<Extra extends unknown[]>(end: (move: Move | 'cancel', ...extra: Extra) => void) {
  const done = useRef(false);
  const finish = (move: Move | 'cancel', ...extra: Extra) => {
    if (done.current) return;
    done.current = true;
    end(move, ...extra);
  };
  const finishOnKey = (event: KeyboardEvent, ...extra: Extra) => {
    const move = moveForKey(event);
    if (!move) return;
    event.preventDefault();
    event.stopPropagation();
    finish(move, ...extra);
  };
  return { finish, finishOnKey };
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
  const { finish, finishOnKey } = useEnding((move) => (move === 'cancel' ? cancel() : commit(value, move)));
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
      onKeyDown={finishOnKey}
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
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    listRef.current?.children[highlight]?.scrollIntoView({ block: 'nearest' });
  }, [highlight]);
  const { finish, finishOnKey } = useEnding((move, option: SelectOption | undefined = shown[highlight]) =>
    move === 'cancel' || !option ? cancel() : commit(option.value, move),
  );
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
          finishOnKey(e);
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
