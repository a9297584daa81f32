// Messages to the secretary at the bottom of the window: what happened, and for deletes a
// "Hoàn tác" button. Errors stay until closed; the rest fade after a few seconds.
import { useSyncExternalStore } from 'react';

export interface Toast {
  readonly id: number;
  readonly kind: 'info' | 'error';
  readonly message: string;
  readonly action?: { readonly label: string; readonly run: () => void };
}

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const publish = () => listeners.forEach((l) => l());

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  publish();
}

export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextId++;
  toasts = [...toasts.slice(-3), { ...toast, id }];
  publish();
  if (toast.kind !== 'error') setTimeout(() => dismissToast(id), toast.action ? 10_000 : 5_000);
  return id;
}

export function showError(message: string): void {
  showToast({ kind: 'error', message });
}

export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => toasts,
  );
}
