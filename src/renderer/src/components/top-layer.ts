// While a modal dialog is open the browser makes everything outside the one opened last inert
// and unannounced, even what is drawn above it; so what floats over the page (a suggestion
// list, the messages at the bottom) is put inside that dialog while one is open.
import { createStore, useStore } from '../lib/store';

const openModals = createStore<readonly HTMLDialogElement[]>([]);

/** Marks the dialog as shown modal on top of the others; the returned function, as closed. */
export function trackOpenModal(dialog: HTMLDialogElement): () => void {
  openModals.set((open) => [...open, dialog]);
  return () => openModals.set((open) => open.filter((d) => d !== dialog));
}

/** The modal dialog opened last and still open, or null when none is. */
export function useTopModal(): HTMLDialogElement | null {
  return useStore(openModals).at(-1) ?? null;
}
