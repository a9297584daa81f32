// Rows of a long list fetched a page at a time as they scroll into view, so a 100,000-row
// table costs only what is on screen. reload() refetches what is shown without jumping.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../../../shared/types';
import { errorMessage } from './api';
import { showError } from '../app/toasts';
import { useLatest } from './use-latest';

const pageSize = 100;

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
  const [total, setTotal] = useState(0);
  const [truncated, setTruncated] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [, setVersion] = useState(0);
  const cache = useRef(new Map<number, readonly R[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const fetchRef = useLatest(fetchPage);

  const load = useCallback(
    async (page: number, gen: number) => {
      if (pending.current.has(page)) return;
      pending.current.add(page);
      try {
        const result = await fetchRef.current(page * pageSize, pageSize);
        if (gen !== generation.current) return;
        cache.current.set(page, result.rows);
        setTotal(result.total);
        setTruncated(result.truncated === true);
        setLoaded(true);
        setVersion((v) => v + 1);
      } catch (error) {
        if (gen === generation.current) showError(errorMessage(error));
      } finally {
        pending.current.delete(page);
      }
    },
    [fetchRef],
  );

  useEffect(() => {
    generation.current++;
    cache.current = new Map();
    pending.current = new Set();
    setLoaded(false);
    setTotal(0);
    void load(0, generation.current);
  }, [key, load]);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      for (let page = Math.floor(start / pageSize); page <= Math.floor(end / pageSize); page++) {
        if (!cache.current.has(page)) void load(page, generation.current);
      }
    },
    [load],
  );

  const reload = useCallback(async () => {
    generation.current++;
    const gen = generation.current;
    const pages = [...cache.current.keys()];
    pending.current = new Set();
    await Promise.all((pages.length ? pages : [0]).map((p) => load(p, gen)));
  }, [load]);

  const rowAt = (index: number) => cache.current.get(Math.floor(index / pageSize))?.[index % pageSize];
  return { total, truncated, loaded, rowAt, ensureRange, reload };
}
