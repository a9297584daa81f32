// What narrows a list of things of several kinds over the years: words typed, a kind, a year.
import { useState } from 'react';
import { useDebounced } from './use-debounced';

export interface ListFilter<K extends string> {
  readonly query: string;
  readonly setQuery: (query: string) => void;
  /** The words once typing paused: what the list is asked for, so each keystroke is not a query. */
  readonly settledQuery: string;
  readonly kind: K | '';
  readonly setKind: (kind: K | '') => void;
  readonly year: number | '';
  readonly setYear: (year: number | '') => void;
  /** Something narrows the list: empty, it says nothing matches rather than that there is nothing yet. */
  readonly filtered: boolean;
}

export function useListFilter<K extends string>(): ListFilter<K> {
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<K | ''>('');
  const [year, setYear] = useState<number | ''>('');
  const settledQuery = useDebounced(query);
  const filtered = query !== '' || kind !== '' || year !== '';
  return { query, setQuery, settledQuery, kind, setKind, year, setYear, filtered };
}
