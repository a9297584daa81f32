// A grid's cell typed or pasted over, saved as the change its row takes: text the row cannot
// take is refused with the reason, and Ctrl+Z puts the cell's old text back.
import { showError } from '../app/toasts';
import { pushUndo } from '../app/undo';
import type { GridColumn } from '../components/grid-types';
import { showFailure } from './attempt';

export interface CellSave<R, P extends object> {
  readonly columns: readonly GridColumn<R>[];
  /** The change a cell's text makes, or the sentence saying why it cannot be made. */
  readonly patchFor: (columnKey: string, value: string) => P | string;
  readonly send: (row: R, patch: P) => Promise<unknown>;
  /** How Ctrl+Z names the change. */
  readonly undoLabel: (row: R) => string;
}

/**
 * Saves a cell; true once saved. `remember` is false for the cells of a paste, so that one
 * Ctrl+Z does not take back a single cell of it.
 */
export function cellSaver<R, P extends object>({ columns, patchFor, send, undoLabel }: CellSave<R, P>) {
  return async (row: R, columnKey: string, value: string, remember = true): Promise<boolean> => {
    const patch = patchFor(columnKey, value);
    if (typeof patch === 'string') {
      showError(patch);
      return false;
    }
    try {
      await send(row, patch);
      if (remember) {
        const before = patchFor(columnKey, columns.find((c) => c.key === columnKey)!.value(row));
        if (typeof before !== 'string')
          pushUndo({ label: undoLabel(row), undo: async () => void (await send(row, before)) });
      }
      return true;
    } catch (error) {
      showFailure(error);
      return false;
    }
  };
}
