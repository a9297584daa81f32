// Rows of a long list fetched a page at a time as they scroll into view, so a 100,000-row
// table costs only what is on screen. reload() refetches what is shown without jumping.
import { useEffect, useLayoutEffect, useState } from 'react';
import type { Page } from '../../../shared/types';
import { RowPages } from './row-pages';
import { useStore } from './store';

export interface PagedRows<R> {
  readonly total: number;
  readonly truncated: boolean;
  readonly loaded: boolean;
  readonly rowAt: (index: number) => R | undefined;
  readonly ensureRange: (start: number, end: number) => void;
  readonly reload: () => Promise<void>;
}

export function usePagedRows<R>(
  fetchPage: (offset: number, limit: number) => Promise<Page<R>>,
  key: string,
): PagedRows<R> {
  const [pages] = useState(() => new RowPages(fetchPage));
  useLayoutEffect(() => pages.use(fetchPage));
  useEffect(() => pages.reset(), [key, pages]);
  const { total, truncated, loaded } = useStore(pages.state);
  // A new function on each render: the grid draws its rows again once another page came.
  const rowAt = (index: number) => pages.rowAt(index);
  return { total, truncated, loaded, rowAt, ensureRange: pages.ensureRange, reload: pages.reload };
}
