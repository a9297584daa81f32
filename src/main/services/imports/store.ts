// Files read for a preview stay in memory (not in the database) until they are committed
// or replaced, so changing a column's meaning re-reads nothing. A few at most are kept.
import type { ColumnKind, ParsedFile, PreviewRow } from '../../../shared/import-types';

export interface StoredPreview {
  readonly id: string;
  readonly parsed: ParsedFile;
  overrides: Record<string, Record<number, ColumnKind | null>>;
  /** The attendees as last derived, with their directory matches. */
  rows: PreviewRow[];
}

const kept = 4;
const previews = new Map<string, StoredPreview>();

export function keepPreview(preview: StoredPreview): void {
  previews.delete(preview.id);
  previews.set(preview.id, preview);
  while (previews.size > kept) previews.delete(previews.keys().next().value!);
}

export function storedPreview(id: string): StoredPreview | undefined {
  const preview = previews.get(id);
  if (preview) keepPreview(preview);
  return preview;
}

export function forgetPreview(id: string): void {
  previews.delete(id);
}

// Work that can be cancelled while it runs, by the id its caller gave it. A cancel may come
// before the work has started (it waits behind other calls): it is remembered for a while.
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

export function cancel(requestId: string): boolean {
  const controller = running.get(requestId);
  if (controller) controller.abort();
  else {
    cancelledEarly.add(requestId);
    if (cancelledEarly.size > 100) cancelledEarly.delete(cancelledEarly.values().next().value!);
  }
  return true;
}
