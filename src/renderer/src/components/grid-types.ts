import type { ReactNode } from 'react';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/** Where the cursor goes after a cell is saved: Enter goes down, Tab right, Shift+Tab left. */
export type Move = 'down' | 'right' | 'left' | 'none';

export interface CustomEditorProps {
  readonly initial: string;
  /**
   * Saves the value; `move` says where the cursor goes next (as Enter or Tab would). On the
   * "+" line, `alongside` fills more cells of the new row at once (a person picked from the
   * directory brings their position and unit).
   */
  readonly commit: (value: string, move?: Move, alongside?: Readonly<Record<string, string>>) => void;
  readonly cancel: () => void;
}

export type GridEditor =
  | { readonly kind: 'text' }
  | { readonly kind: 'number' }
  | { readonly kind: 'select'; readonly options: readonly SelectOption[] }
  | { readonly kind: 'custom'; readonly render: (props: CustomEditorProps) => ReactNode };

export interface GridColumn<R> {
  readonly key: string;
  readonly title: string;
  readonly width: number;
  /** The cell's text: shown, copied, and the starting text of the editor. */
  readonly value: (row: R) => string;
  readonly render?: (row: R) => ReactNode;
  /** Absent for read-only columns. */
  readonly editor?: GridEditor;
  readonly align?: 'left' | 'right' | 'center';
}

/** One cell typed or pasted onto an existing row. */
export interface CellEdit<R> {
  readonly row: R;
  readonly columnKey: string;
  readonly value: string;
}

export interface AppendRow<R> {
  /** What the empty last row says, e.g. "Gõ tên để thêm đại biểu…". */
  readonly placeholder: string;
  /** An editor for the new row that differs from the column's (a picker for the name). */
  readonly editorFor?: (columnKey: string) => GridEditor | undefined;
  /** Column keys that can start a new row; the other cells of the "+" line wait for one of them. */
  readonly startColumns: readonly string[];
  /**
   * Adds the rows typed or pasted on the "+" line, by column key. Resolves with the first row
   * added (undefined if none was, the screen having said why; it never rejects), so that the
   * cursor follows it and the cells typed after it land on it.
   */
  readonly onAppend: (rows: readonly Record<string, string>[]) => Promise<R | undefined>;
}
