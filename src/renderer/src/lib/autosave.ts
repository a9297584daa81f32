// Saving as the secretary types: a change is saved half a second after typing pauses, and
// at least once a second during continuous typing, so closing or killing the app loses at
// most the last second. One save per field is in flight at a time; a failed one is retried
// with the latest text, which stays in memory until it is stored.
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { showError } from '../app/toasts';
import { ApiCallError, errorMessage } from './api';
import { createStore, useStore } from './store';

export type SaveStatus =
  { readonly kind: 'saved' | 'pending' | 'saving' } | { readonly kind: 'error'; readonly message: string };

const pauseMs = 500;
const maxWaitMs = 1000;
const retryMs = 3000;

/** Everything not yet stored is sent when the page goes away (window closed or reloaded). */
const flushers = new Set<() => Promise<boolean>>();
let listening = false;
function flushAll(): void {
  flushers.forEach((flush) => void flush());
}

export interface Autosaver<T> {
  readonly change: (value: T) => void;
  /** Saves what is pending now; true once everything typed so far is stored, false if it could not be. */
  readonly flush: () => Promise<boolean>;
  readonly status: SaveStatus;
}

export class Saver<T> {
  readonly status = createStore<SaveStatus>({ kind: 'saved' });
  private pending: { value: T } | null = null;
  private firstChangeAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = false;
  private waiters: ((stored: boolean) => void)[] = [];
  /** Still on screen; once gone, a failure is told in a message instead of retried unseen. */
  private mounted = true;

  constructor(private save: (value: T) => Promise<void>) {}

  use(save: (value: T) => Promise<void>): void {
    this.save = save;
  }

  private set(status: SaveStatus): void {
    this.status.set(status);
    if (status.kind === 'saved' || status.kind === 'error') {
      const waiters = this.waiters;
      this.waiters = [];
      waiters.forEach((w) => w(status.kind === 'saved'));
    }
  }

  change(value: T): void {
    if (!this.pending) this.firstChangeAt = Date.now();
    this.pending = { value };
    if (this.status.get().kind !== 'error') this.set({ kind: 'pending' });
    clearTimeout(this.timer);
    const wait = Math.min(pauseMs, Math.max(0, this.firstChangeAt + maxWaitMs - Date.now()));
    this.timer = setTimeout(() => void this.run(), wait);
  }

  flush = (): Promise<boolean> => {
    clearTimeout(this.timer);
    if (!this.pending && !this.inFlight) return Promise.resolve(this.status.get().kind !== 'error');
    const settled = new Promise<boolean>((resolve) => this.waiters.push(resolve));
    void this.run();
    return settled;
  };

  private async run(): Promise<void> {
    if (this.inFlight || !this.pending) return;
    const { value } = this.pending;
    this.pending = null;
    this.inFlight = true;
    this.set({ kind: 'saving' });
    try {
      await this.save(value);
      this.inFlight = false;
      if (this.pending) void this.run();
      else this.set({ kind: 'saved' });
    } catch (error) {
      this.inFlight = false;
      this.pending ??= { value };
      this.firstChangeAt = Date.now();
      this.set({ kind: 'error', message: errorMessage(error) });
      clearTimeout(this.timer);
      // What was being typed into has gone (deleted meanwhile): nothing left to save it to.
      const gone = error instanceof ApiCallError && error.error.code === 'NOT_FOUND';
      if (this.mounted && !gone) this.timer = setTimeout(() => void this.run(), retryMs);
      else if (!this.mounted && !gone)
        showError(`Chưa lưu được đoạn vừa gõ: ${errorMessage(error)} Hãy mở lại bản thảo và gõ lại đoạn cuối.`);
    }
  }

  unmount(): void {
    this.mounted = false;
    void this.flush();
  }
}

export function useAutosave<T>(save: (value: T) => Promise<void>): Autosaver<T> {
  const [current] = useState(() => new Saver(save));
  useLayoutEffect(() => current.use(save));
  const status = useStore(current.status);
  useEffect(() => {
    if (!listening) {
      listening = true;
      window.addEventListener('pagehide', flushAll);
      window.addEventListener('beforeunload', flushAll);
    }
    flushers.add(current.flush);
    return () => {
      // Leaving the screen stores what was typed last.
      current.unmount();
      flushers.delete(current.flush);
    };
  }, [current]);
  return useMemo(
    () => ({ change: (value: T) => current.change(value), flush: current.flush, status }),
    [current, status],
  );
}
