// An online form's export (Google Forms, Microsoft Forms) puts its own columns before the
// questions: when the answer was sent, the respondent's email, in Microsoft Forms also the
// account's name. Where a question asks the same thing, the question is the answer to keep.
import type { TableColumn } from './find-table';

/** Marks a form's own columns that a question repeats as not imported; a table without a timestamp is left as it is. */
export function preferQuestions(columns: TableColumn[]): void {
  if (!columns.some((c) => c.kind === 'timestamp')) return;
  // The last of each: Microsoft Forms' completion time after its start time, an email question after the respondent's.
  for (const kind of ['timestamp', 'email'] as const) {
    const all = columns.filter((c) => c.kind === kind);
    for (const column of all.slice(0, -1)) columns[column.index] = { ...column, kind: null };
  }
  // Microsoft Forms' "Tên"/"Name" is the respondent account, not part of the name asked for.
  const given = columns.find((c) => c.kind === 'givenName');
  const family = columns.some((c) => c.kind === 'familyName');
  if (given && !family && columns.some((c) => c.kind === 'fullName')) columns[given.index] = { ...given, kind: null };
}
