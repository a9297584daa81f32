import type { Vocabulary } from '../../../shared/vocabulary';

interface Props<Code extends string> {
  readonly vocabulary: Vocabulary<Code>;
  /** Some of its codes, in this order; all of them by default. */
  readonly codes?: readonly Code[];
}

/** The options of a select over a closed vocabulary: each code, shown by its label. */
export function VocabularyOptions<Code extends string>({ vocabulary, codes = vocabulary.codes }: Props<Code>) {
  return codes.map((code) => (
    <option key={code} value={code}>
      {vocabulary.label(code)}
    </option>
  ));
}
