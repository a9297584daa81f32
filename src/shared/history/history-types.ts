// Result shapes of the history calls: one changed field of a record, and the worker's name.

/** A value as stored, which is what a put-back sends again: text, a number, a code or nothing. */
export type HistoryValue = string | number | boolean | null;

export interface HistoryEntry {
  readonly id: number;
  /** Shared by the fields changed in one edit. */
  readonly editId: number;
  readonly field: string;
  readonly fieldLabel: string;
  readonly oldValue: HistoryValue;
  readonly newValue: HistoryValue;
  /** The values as the secretary reads them: labels for codes, dd/mm/yyyy for days, names for points. */
  readonly oldText: string;
  readonly newText: string;
  readonly changedAt: string;
  readonly changedBy: string;
}

export interface PutBack {
  /** The entry the put-back itself wrote, if the value differed from the record's present one. */
  readonly entry: HistoryEntry | null;
  readonly message: string;
}
