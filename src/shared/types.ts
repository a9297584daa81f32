// Result shapes shared by the calls of every capability (each capability's own live in its
// folder: conferences/conference-types.ts, …). Plain data only: no Date objects or classes
// cross the process boundary. Dates are "YYYY-MM-DD", times "HH:MM", instants ISO 8601 strings.

export interface Page<T> {
  readonly total: number;
  readonly rows: readonly T[];
  /** A search matched more rows than are listed; typing more words narrows it. */
  readonly truncated?: boolean;
}

export interface Removal {
  /** Pass to undo.restore to bring everything back. */
  readonly undoId: number;
  readonly message: string;
}
