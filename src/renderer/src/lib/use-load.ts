// Data a screen shows, read when it opens and again when what it depends on changes. Only the
// answer to the newest request is shown: one that arrives after the inputs changed, or after
// a newer load began, is dropped, so a slow old answer never overwrites a newer one.
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from './api';
import { createStore, useStore, type Store } from './store';

export interface LoadState<T> {
  readonly data: T | undefined;
  readonly loading: boolean;
  readonly problem: string | null;
}

export class Loader<T> {
  readonly state: Store<LoadState<T>> = createStore<LoadState<T>>({ data: undefined, loading: true, problem: null });
  private latest = 0;

  /**
   * Reads the data; true once it is shown, false if the answer was dropped or failed. A failure
   * goes to `onProblem` when the screen shows its problems in one place, else to `problem`.
   */
  load = async (fetch: () => Promise<T>, onProblem?: (error: unknown) => void): Promise<boolean> => {
    const mine = ++this.latest;
    this.state.set((s) => (s.loading ? s : { ...s, loading: true }));
    try {
      const data = await fetch();
      if (mine !== this.latest) return false;
      this.state.set({ data, loading: false, problem: null });
      return true;
    } catch (error) {
      if (mine !== this.latest) return false;
      if (onProblem) {
        this.state.set((s) => ({ ...s, loading: false }));
        onProblem(error);
      } else this.state.set((s) => ({ ...s, loading: false, problem: errorMessage(error) }));
      return false;
    }
  };

  /** Any answer still on its way is not shown (the screen went away or its inputs changed). */
  drop = (): void => {
    this.latest++;
  };

  /** Shows a value the screen already has (the answer of a change), as if it had been read. */
  show = (data: T): void => {
    this.drop();
    this.state.set({ data, loading: false, problem: null });
  };

  /**
   * Shows the data as a change makes it, from what is shown now: changes answered out of turn
   * all stay, and a load still on its way is kept (the services answer in the order they are
   * asked, so its answer is at least as new as the change).
   */
  update = (change: (shown: T | undefined) => T): void => {
    this.state.set((s) => ({ ...s, data: change(s.data), problem: null }));
  };
}

export interface Loaded<T> extends LoadState<T> {
  readonly reload: () => Promise<boolean>;
  readonly show: (data: T) => void;
  readonly update: (change: (shown: T | undefined) => T) => void;
}

/**
 * `fetch` is read when the screen opens and again whenever it changes: give it through
 * useCallback with what it depends on, as for an effect. `onProblem`, as stable (an action's
 * `fail`), shows a failure with the screen's other problems.
 */
export function useLoad<T>(fetch: () => Promise<T>, onProblem?: (error: unknown) => void): Loaded<T> {
  const [loader] = useState(() => new Loader<T>());
  const reload = useCallback(() => loader.load(fetch, onProblem), [loader, fetch, onProblem]);
  useEffect(() => {
    void reload();
    return loader.drop;
  }, [loader, reload]);
  const state = useStore(loader.state);
  return { ...state, reload, show: loader.show, update: loader.update };
}
