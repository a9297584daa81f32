// Long work (reading a file, an import, an Excel export) can be cancelled while it runs, by
// the id its caller gave it. A cancel may come before the work has started (it waits behind
// other calls): it is remembered for a while.
import type { ServiceContext } from './context';

const running = new Map<string, AbortController>();
const waiting = new Set<string>();
const cancelledEarly = new Set<string>();

/**
 * Work under this id waits its turn: a cancel from now on is answered as stopping it. The
 * function returned ends the wait of a call that ends without starting the work.
 */
export function awaitCancellable(requestId: string): () => void {
  waiting.add(requestId);
  return () => void waiting.delete(requestId);
}

export function startCancellable(requestId: string): AbortSignal {
  const controller = new AbortController();
  waiting.delete(requestId);
  running.set(requestId, controller);
  if (cancelledEarly.delete(requestId)) controller.abort();
  return controller.signal;
}

export function endCancellable(requestId: string): void {
  running.delete(requestId);
}

/** Cancels the work under this id; answers whether any was running or waiting (stopped as it starts). */
export function cancelRequest(
  _ctx: ServiceContext,
  { requestId }: { readonly requestId: string },
): { cancelled: boolean } {
  const controller = running.get(requestId);
  if (controller) {
    controller.abort();
    return { cancelled: true };
  }
  cancelledEarly.add(requestId);
  if (cancelledEarly.size > 100) cancelledEarly.delete(cancelledEarly.values().next().value!);
  return { cancelled: waiting.has(requestId) };
}
