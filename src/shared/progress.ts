// Progress of long calls, tied to the call it belongs to. The page numbers its calls; both doors
// (IPC and the harness) hand each progress event back with that number, and the page gives it to
// that call's listener only, so two long calls at once never show each other's progress.
import type { Progress } from './contract';

export interface ProgressEvent {
  readonly requestId: number;
  readonly progress: Progress;
}

/** The header that carries a call's number to the harness (the IPC door gets it as an argument). */
export const requestIdHeader = 'x-thu-ky-request';

/** The page's number for a call, as a door receives it; anything else is no number. */
export function requestIdOf(value: unknown): number | null {
  const id = typeof value === 'string' && /^[1-9][0-9]{0,15}$/.test(value) ? Number(value) : value;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * A door's progress sink for one call: each progress event goes out with the call's number. A
 * call that came without a number gets no progress, since the page could not tell whose it is.
 */
export function progressRelay(
  requestId: unknown,
  emit: (event: ProgressEvent) => void,
): ((progress: Progress) => void) | undefined {
  const id = requestIdOf(requestId);
  return id === null ? undefined : (progress) => emit({ requestId: id, progress });
}

/** The page's side: numbers its calls and hands each event to the listener of its own call. */
export function createProgressRouter() {
  let last = 0;
  const listeners = new Map<number, (progress: Progress) => void>();
  return {
    /** A fresh number for a call, and its listener until `done` is called. */
    open(listener: (progress: Progress) => void): { requestId: number; done: () => void } {
      const requestId = ++last;
      listeners.set(requestId, listener);
      return { requestId, done: () => void listeners.delete(requestId) };
    },
    deliver(event: ProgressEvent): void {
      listeners.get(event.requestId)?.(event.progress);
    },
  };
}
