// The pages of a long list fetched so far, a hundred rows each, and those on their way. Each
// reset or reload starts a new generation: an answer to an older one is not kept.
import type { Page } from '../../../shared/types';
import { createStore } from './store';
import { showFailure } from './attempt';

export const pageSize = 100;

export interface RowPagesState {
  readonly total: number;
  readonly truncated: boolean;
  readonly loaded: boolean;
  /** Counts the pages stored, so that what shows them is drawn again. */
  readonly version: number;
}

type FetchPage<R> = (offset: number, limit: number) => Promise<Page<R>>;

export class RowPages<R> {
  readonly state = createStore<RowPagesState>({ total: 0, truncated: false, loaded: false, version: 0 });
  private cache = new Map<number, readonly R[]>();
  private pending = new Set<number>();
  private generation = 0;

  constructor(private fetchPage: FetchPage<R>) {}

  /** The screen's latest way to fetch a page, for the next page asked for. */
  use(fetchPage: FetchPage<R>): void {
    this.fetchPage = fetchPage;
  }

  /** Another list (or the same one asked differently): forgets every page and reads the first. */
  reset = (): void => {
    this.generation++;
    this.cache = new Map();
    this.pending = new Set();
    this.state.set((s) => ({ ...s, loaded: false, total: 0 }));
    void this.load(0, this.generation);
  };

  ensureRange = (start: number, end: number): void => {
    for (let page = Math.floor(start / pageSize); page <= Math.floor(end / pageSize); page++) {
      if (!this.cache.has(page)) void this.load(page, this.generation);
    }
  };

  /** Reads again the pages already shown, keeping them on screen until their answers come. */
  reload = async (): Promise<void> => {
    this.generation++;
    const gen = this.generation;
    const pages = [...this.cache.keys()];
    this.pending = new Set();
    await Promise.all((pages.length ? pages : [0]).map((p) => this.load(p, gen)));
  };

  rowAt = (index: number): R | undefined => this.cache.get(Math.floor(index / pageSize))?.[index % pageSize];

  private async load(page: number, gen: number): Promise<void> {
    if (this.pending.has(page)) return;
    const pending = this.pending;
    pending.add(page);
    try {
      const result = await this.fetchPage(page * pageSize, pageSize);
      if (gen !== this.generation) return;
      this.cache.set(page, result.rows);
      this.state.set((s) => ({
        total: result.total,
        truncated: result.truncated === true,
        loaded: true,
        version: s.version + 1,
      }));
    } catch (error) {
      if (gen === this.generation) showFailure(error);
    } finally {
      pending.delete(page);
    }
  }
}
