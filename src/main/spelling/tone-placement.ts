// The two spellings of the tone in a word ending in "oa", "oe" or "uy": the old placement
// on the second vowel ("hoà", "khoẻ", "thuỷ"), the new one on the first ("hòa", "khỏe",
// "thủy"). The same rule as `oldTonePlacement` in src/shared/text/vietnamese.ts, derived here
// by moving the decomposed tone mark, which also keeps the letters' case ("Ủy" ↔ "Uỷ").

const tone = '[\u0300\u0301\u0303\u0309\u0323]';
const newPlacement = new RegExp(`(o)(${tone})(a|e)$|(u)(${tone})(y)$`, 'iu');
// "quý" is old and new alike: after "q" the "u" is part of the consonant and never takes the tone.
const oldPlacement = new RegExp(`(?<!q)(o)(a|e)(${tone})$|(?<!q)(u)(y)(${tone})$`, 'iu');

function moveTone(word: string, pattern: RegExp): string {
  const decomposed = word.normalize('NFD');
  const match = pattern.exec(decomposed);
  if (match === null) return word;
  const [first, second, third] = match.slice(1).filter((group) => group !== undefined);
  return (decomposed.slice(0, match.index) + first + third + second).normalize('NFC');
}

/** "hòa" → "hoà", "Ủy" → "Uỷ"; any other word unchanged. */
export function toOldTonePlacement(word: string): string {
  return moveTone(word, newPlacement);
}

/** "hoà" → "hòa", "Uỷ" → "Ủy"; any other word unchanged. */
export function toNewTonePlacement(word: string): string {
  return moveTone(word, oldPlacement);
}
