// A text box that suggests as you type (without diacritics): ↓/↑ to choose, Enter to take
// the highlighted suggestion, or the typed text itself where free text is allowed.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useAction } from '../lib/use-action';
import { Dropdown } from './Dropdown';

type EndKey = 'Enter' | 'Tab' | 'ShiftTab';
/** What ended the typing: a key (ShiftTab for Shift+Tab), leaving the box, or a click on a suggestion. */
export type TypeaheadKey = EndKey | 'blur' | 'click';

const keyOf = (e: KeyboardEvent): EndKey => (e.key === 'Tab' ? (e.shiftKey ? 'ShiftTab' : 'Tab') : 'Enter');

interface Props<T> {
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly search: (query: string) => Promise<readonly T[]>;
  readonly renderItem: (item: T) => ReactNode;
  readonly itemKey: (item: T) => string | number;
  readonly onPick: (item: T, key: EndKey | 'click') => void;
  /** Enter/Tab/blur with no suggestion chosen; absent when only a suggestion will do. */
  readonly onFreeText?: (text: string, key: EndKey | 'blur') => void;
  readonly onCancel?: () => void;
  readonly placeholder?: string;
  readonly autoFocus?: boolean;
  /** In a table cell, leaving the box saves what was typed, as in a spreadsheet. */
  readonly commitOnBlur?: boolean;
  readonly className?: string;
  readonly ariaLabel?: string;
  readonly footer?: ReactNode;
  /** The first suggestion is highlighted as it arrives, so Enter takes it (↑ back to the typed text). */
  readonly autoHighlight?: boolean;
}

const noItems: readonly never[] = [];

export function Typeahead<T>(props: Props<T>) {
  const { value, search, autoHighlight } = props;
  const query = value.trim();
  const [items, setItems] = useState<readonly T[]>(noItems);
  // An emptied box forgets what the last search found, so the next name typed never shows (and
  // Enter never takes) a suggestion for the one before.
  if (query === '' && items !== noItems) setItems(noItems);
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(-1);
  const { problem, setProblem, fail } = useAction();
  const finished = useRef(false);
  const latest = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (query === '') return;
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      search(query)
        .then((result) => {
          if (ticket !== latest.current) return;
          setItems(result);
          setProblem(null);
          setHighlight(autoHighlight && result.length > 0 ? 0 : -1);
        })
        .catch((error) => ticket === latest.current && fail(error));
    }, 120);
    return () => clearTimeout(timer);
  }, [query, search, autoHighlight, setProblem, fail]);

  const pick = (item: T, key: EndKey | 'click') => {
    finished.current = true;
    setOpen(false);
    props.onPick(item, key);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const stop = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      stop();
      setOpen(true);
      setHighlight((h) => Math.max(-1, Math.min(items.length - 1, h + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      if (open && highlight >= 0 && items[highlight]) {
        stop();
        pick(items[highlight], keyOf(e));
      } else if (props.onFreeText) {
        stop();
        finished.current = true;
        setOpen(false);
        props.onFreeText(value, keyOf(e));
      } else if (e.key === 'Enter') stop();
    } else if (e.key === 'Escape' && props.onCancel) {
      stop();
      finished.current = true;
      props.onCancel();
    }
  };

  return (
    <div className={`typeahead ${props.className ?? ''}`}>
      <input
        ref={inputRef}
        value={value}
        autoFocus={props.autoFocus}
        placeholder={props.placeholder}
        aria-label={props.ariaLabel}
        aria-autocomplete="list"
        aria-expanded={open && items.length > 0}
        onChange={(e) => {
          finished.current = false;
          props.onChange(e.target.value);
          setOpen(true);
        }}
        onFocus={(e) => {
          setOpen(true);
          const length = e.target.value.length;
          e.target.setSelectionRange(length, length);
        }}
        onBlur={() => {
          setOpen(false);
          if (!finished.current && props.onFreeText && props.commitOnBlur) props.onFreeText(value, 'blur');
        }}
        onKeyDown={onKeyDown}
      />
      {open && (items.length > 0 || problem) && (
        <Dropdown anchor={inputRef} className="suggestions">
          {problem && <li className="muted">{problem}</li>}
          {items.map((item, i) => (
            <li
              key={props.itemKey(item)}
              role="option"
              aria-selected={i === highlight}
              className={i === highlight ? 'highlight' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(item, 'click');
              }}
            >
              {props.renderItem(item)}
            </li>
          ))}
          {props.footer && <li className="suggestions-footer">{props.footer}</li>}
        </Dropdown>
      )}
    </div>
  );
}
