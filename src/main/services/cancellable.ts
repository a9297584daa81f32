// Long work (reading a file, an import, an Excel export) can be cancelled while it runs, by
// the id its caller gave it. A cancel may come before the work has started (it waits behind
// other calls): it is remembered for a while.
import type { ServiceContext } from './context';

const running = new Map<string, AbortController>();
const cancelledEarly = new Set<string>();

export function startCancellable(requestId: string): AbortSignal {
  const controller = new AbortController();
  running.set(requestId, controller);
  if (cancelledEarly.delete(requestId)) controller.abort();
  return controller.signal;
}

export function endCancellable(requestId: string): void {
  running.delete(requestId);
}

/** Cancels the work under this id; answers whether any was running (one still waiting is stopped as it starts). */
export function cancelRequest(
  _ctx: ServiceContext,
  { requestId }: { readonly requestId: string },
): { cancelled: boolean } {
  const controller = running.get(requestId);
  if (controller) controller.abort();
  else {
    cancelledEarly.add(requestId);
    if (cancelledEarly.size > 100) cancelledEarly.delete(cancelledEarly.values().next().value!);
  }
  return { cancelled: controller !== undefined };
}
