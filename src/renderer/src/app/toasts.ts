// Messages to the secretary at the bottom of the window: what happened, and for deletes a
// "Hoàn tác" button. Errors stay until closed; the rest fade after a few seconds.
import { createStore, useStore } from '../lib/store';

export interface Toast {
  readonly id: number;
  readonly kind: 'info' | 'error';
  readonly message: string;
  readonly action?: { readonly label: string; readonly run: () => void };
}

const toasts = createStore<readonly Toast[]>([]);
let nextId = 1;

export function dismissToast(id: number): void {
  toasts.set((shown) => shown.filter((t) => t.id !== id));
}

export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextId++;
  toasts.set((shown) => [...shown.slice(-3), { ...toast, id }]);
  if (toast.kind !== 'error') setTimeout(() => dismissToast(id), toast.action ? 10_000 : 5_000);
  return id;
}

export function showError(message: string): void {
  showToast({ kind: 'error', message });
}

export function useToasts(): readonly Toast[] {
  return useStore(toasts);
}
