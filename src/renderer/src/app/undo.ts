// Ctrl+Z for the secretary's recent changes in this session: deletes (restored by the
// services from their trash) and cell edits (the old value written back).
import { call, errorMessage } from '../lib/api';
import type { Removal } from '../../../shared/types';
import { createStore } from '../lib/store';
import { showError, showToast } from './toasts';

interface UndoEntry {
  readonly label: string;
  readonly undo: () => Promise<void>;
}

const stack: UndoEntry[] = [];
const maxEntries = 100;
/** How many changes were taken back: the screens that listen read their data again on each. */
const undone = createStore(0);

export function onUndone(listener: () => void): () => void {
  return undone.subscribe(listener);
}

export function pushUndo(entry: UndoEntry): void {
  stack.push(entry);
  if (stack.length > maxEntries) stack.shift();
}

/** Takes the change back and says so; a refusal is shown instead, never "Đã hoàn tác". */
async function runUndo(entry: UndoEntry): Promise<void> {
  const index = stack.indexOf(entry);
  if (index >= 0) stack.splice(index, 1);
  try {
    await entry.undo();
  } catch (error) {
    showError(errorMessage(error));
    return;
  }
  undone.set((count) => count + 1);
  showToast({ kind: 'info', message: `Đã hoàn tác: ${entry.label}` });
}

export async function undoLast(): Promise<void> {
  const entry = stack[stack.length - 1];
  if (!entry) {
    showToast({ kind: 'info', message: 'Không còn thao tác nào để hoàn tác.' });
    return;
  }
  await runUndo(entry);
}

/** After a delete or a paste: the message (and `note`, not part of what is undone), a "Hoàn tác" button, and Ctrl+Z. */
export function offerUndo(removal: Removal, note?: string): void {
  const entry: UndoEntry = {
    label: removal.message.replace(/^Đã /, '').replace(/\.$/, ''),
    undo: async () => {
      await call('undo.restore', { undoId: removal.undoId });
    },
  };
  pushUndo(entry);
  showToast({
    kind: 'info',
    message: note ? `${removal.message} ${note}` : removal.message,
    action: {
      label: 'Hoàn tác',
      run: () => void runUndo(entry),
    },
  });
}
