// Which stretches of a text are words to spell-check. Offsets are indices (UTF-16 code units)
// into the string given, which the caller has already put in NFC.

export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Runs of letters and digits, joined by "-" or "/" so that "NĐ-CP", "01-CT/TW" and "COVID-19"
// are judged whole before their letters are looked at.
const compound = /[\p{L}\p{M}\p{N}]+(?:[-/][\p{L}\p{M}\p{N}]+)*/gu;
const letters = /[\p{L}\p{M}]+/gu;
const digit = /\p{N}/u;
// Text pasted from web pages loses the break between a link and the next heading
// ("liên quanGốc"): a capital after a small letter starts a new word.
const caseChange = /(?<=\p{Ll}\p{M}*)(?=\p{Lu})/u;

// Addresses, e-mail and bare site names ("baothainguyen.org.vn") are not words.
const links = new RegExp(
  [
    String.raw`\b(?:https?://|www\.)[^\s<>"]+`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    String.raw`\b(?:[a-z0-9-]+\.)+(?:vn|com|net|org|gov|edu|int|info)\b(?:/[^\s<>"]*)?`,
  ].join('|'),
  'giu',
);

const romanNumeral = /^(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const capitals = /^\p{Lu}{2,8}$/u;
// Abbreviations are built from initials, which carry no tone: an all-capital "HỘI" or "ĐẢNG"
// is a word in a heading and is checked, "HĐND" or "BCHTƯ" is not.
const toneMark = /[\u0300\u0301\u0303\u0309\u0323]/;

function isAbbreviation(word: string): boolean {
  return romanNumeral.test(word) || (capitals.test(word) && !toneMark.test(word.normalize('NFD')));
}

function linkRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(links)].map((m) => [m.index, m.index + m[0].length]);
}

/** The words of `text` a dictionary should know, with their offsets in `text`. */
export function* wordsToCheck(text: string): Generator<Word> {
  const skipped = linkRanges(text);
  for (const token of text.matchAll(compound)) {
    const tokenStart = token.index;
    if (digit.test(token[0])) continue;
    if (skipped.some(([from, to]) => tokenStart < to && tokenStart + token[0].length > from)) continue;
    for (const run of token[0].matchAll(letters)) {
      let start = tokenStart + run.index;
      for (const piece of run[0].split(caseChange)) {
        if (!isAbbreviation(piece)) yield { text: piece, start, end: start + piece.length };
        start += piece.length;
      }
    }
  }
}
