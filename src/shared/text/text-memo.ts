// Work on a word or a title that a long list repeats (a syllable's spelling, a position's rank)
// is done once per text. The memory is bounded: past the limit it starts again, so a long
// session with many unusual texts never fills it.

/** `work`, remembered for up to `limit` texts. */
export function textMemo<T>(limit: number, work: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) {
      if (known.size >= limit) known.clear();
      result = work(text);
      known.set(text, result);
    }
    return result;
  };
}
