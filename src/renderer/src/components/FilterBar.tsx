// The toolbar over a list narrowed by words, a kind and a year (useListFilter); the list's own
// actions follow as children.
import type { ReactNode } from 'react';
import type { Vocabulary } from '../../../shared/vocabulary';
import type { ListFilter } from '../lib/use-list-filter';
import { SearchBox } from './SearchBox';
import { YearSelect } from './YearSelect';

interface Props<K extends string> {
  readonly filter: ListFilter<K>;
  readonly searchLabel: string;
  readonly placeholder: string;
  readonly kinds: Vocabulary<K>;
  readonly kindLabel: string;
  /** The first choice of the kinds, which narrows nothing: "Mọi loại …". */
  readonly everyKind: string;
  readonly children?: ReactNode;
}

export function FilterBar<K extends string>({
  filter,
  searchLabel,
  placeholder,
  kinds,
  kindLabel,
  everyKind,
  children,
}: Props<K>) {
  return (
    <div className="toolbar">
      <SearchBox label={searchLabel} placeholder={placeholder} value={filter.query} onChange={filter.setQuery} />
      <select
        aria-label={kindLabel}
        value={filter.kind}
        onChange={(e) => filter.setKind(kinds.has(e.target.value) ? e.target.value : '')}
      >
        <option value="">{everyKind}</option>
        {kinds.options.map((k) => (
          <option key={k.value} value={k.value}>
            {k.label}
          </option>
        ))}
      </select>
      <YearSelect value={filter.year} onChange={filter.setYear} />
      {children}
    </div>
  );
}
