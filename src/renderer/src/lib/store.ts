// A value several screens read and change, kept outside React: components follow it with
// useStore (through useSyncExternalStore), plain modules with get and subscribe.
import { useSyncExternalStore } from 'react';

export interface Store<T> {
  readonly get: () => T;
  /** Replaces the value and tells every listener, unless it is the same value. */
  readonly set: (next: T | ((previous: T) => T)) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      const updated = typeof next === 'function' ? (next as (previous: T) => T)(value) : next;
      if (Object.is(updated, value)) return;
      value = updated;
      // A copy: a listener may unsubscribe (or subscribe another) while being told.
      [...listeners].forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
