// The row being typed on a grid's "+" line. Its first cell adds it; every cell typed after
// that is saved on it in the order typed, also while the services have not yet answered for
// the first, so name, Tab, position, Tab, unit typed fast all land on the one new row.

export interface NewRowSave<R> {
  /** The row the services added; undefined until they answer, or if none was added. */
  readonly added: () => R | undefined;
  /** Saves one more cell on the row once it exists, after every cell typed before it. */
  readonly fill: (columnKey: string, value: string) => void;
}

export function saveNewRow<R>(
  append: () => Promise<R | undefined>,
  edit: (row: R, columnKey: string, value: string) => Promise<void>,
  answered: () => void,
): NewRowSave<R> {
  let added: R | undefined;
  // The screens say themselves what failed; a cell that could not be saved must not stop the
  // cells typed after it, nor leave a promise rejected with no one to hear it.
  let saves = append()
    .catch(() => undefined)
    .then((row) => {
      added = row;
      answered();
      return row;
    });
  return {
    added: () => added,
    fill: (columnKey, value) => {
      saves = saves.then(async (row) => {
        if (row !== undefined) await edit(row, columnKey, value).catch(() => undefined);
        return row;
      });
    },
  };
}
