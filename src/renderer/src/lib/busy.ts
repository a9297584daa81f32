// Calls that take longer than a second show progress: a bar with "x / y" when the service
// reports it, an indeterminate bar otherwise.
import { createStore, useStore } from './store';

export interface BusyState {
  readonly label: string;
  readonly done: number | null;
  readonly total: number | null;
}

const delayMs = 1000;
let active = new Map<number, BusyState>();
let nextId = 1;
const shown = createStore<BusyState | null>(null);

function publish(): void {
  // The oldest work is shown: calls queued behind a long one are part of the same wait.
  shown.set(active.values().next().value ?? null);
}

export interface BusyHandle {
  progress(done: number, total: number): void;
  end(): void;
}

/** Marks work as under way; it becomes visible only if it lasts more than a second. */
export function beginBusy(label: string): BusyHandle {
  const id = nextId++;
  let state: BusyState = { label, done: null, total: null };
  let visible = false;
  const timer = setTimeout(() => {
    visible = true;
    active = new Map(active).set(id, state);
    publish();
  }, delayMs);
  return {
    progress(done, total) {
      state = { label, done, total };
      if (visible) {
        active = new Map(active).set(id, state);
        publish();
      }
    },
    end() {
      clearTimeout(timer);
      if (visible) {
        active = new Map(active);
        active.delete(id);
        publish();
      }
    },
  };
}

export function useBusy(): BusyState | null {
  return useStore(shown);
}
