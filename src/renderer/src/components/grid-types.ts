import type { ReactNode } from 'react';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface CustomEditorProps {
  readonly initial: string;
  /** Saves the value; `move` says where the cursor goes next (as Enter or Tab would). */
  commit(value: string, move?: 'down' | 'right' | 'left' | 'none'): void;
  cancel(): void;
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

export interface AppendRow {
  /** What the empty last row says, e.g. "Gõ tên để thêm đại biểu…". */
  readonly placeholder: string;
  /** An editor for the new row that differs from the column's (a picker for the name). */
  readonly editorFor?: (columnKey: string) => GridEditor | undefined;
  /** Column keys that can start a new row; typing elsewhere in the new row is refused. */
  readonly startColumns: readonly string[];
  readonly onAppend: (rows: readonly Record<string, string>[]) => Promise<void>;
}
