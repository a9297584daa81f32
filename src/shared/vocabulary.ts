// A closed vocabulary written once, as its table of code → label: the codes (stored in the
// database, sent in the calls), their type and the words the secretary sees all come from it,
// so that a code added or renamed cannot be missing from one of them.

export interface Vocabulary<Code extends string> {
  /** In the table's order, which is significant where the vocabulary is a rank. */
  readonly codes: readonly [Code, ...Code[]];
  label(code: Code): string;
  /** Each code with its label, in order: the options of a choice. */
  readonly options: readonly { readonly value: Code; readonly label: string }[];
  has(value: string): value is Code;
}

export type VocabularyCode<V extends Vocabulary<string>> = V['codes'][number];

/**
 * Integer-like keys are the one case where an object does not keep the order it was written
 * in, so a table with one is refused rather than silently reordered.
 */
export function vocabulary<const Table extends Readonly<Record<string, string>>>(
  table: Table,
): Vocabulary<Extract<keyof Table, string>> {
  type Code = Extract<keyof Table, string>;
  const codes = Object.keys(table) as Code[];
  const reordered = codes.find((code) => /^(0|[1-9]\d*)$/.test(code));
  if (reordered !== undefined || codes.length === 0) throw new Error(`Bad vocabulary code: "${reordered ?? ''}"`);
  const known: ReadonlySet<string> = new Set(codes);
  return {
    codes: codes as [Code, ...Code[]],
    label: (code) => table[code],
    options: codes.map((value) => ({ value, label: table[value] })),
    has: (value): value is Code => known.has(value),
  };
}
