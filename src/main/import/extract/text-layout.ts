// The layout of pasted text, apart from its words: list markers in front of a line and the
// places where a sentence really ends (a period after "TP." or "PGS.TS." does not).

// Bullets typed by hand or pasted from Word, including Symbol-font bullets that arrive as
// private-use characters.
const bullet = /^[-–—•●○◦▪■□◆◇►▸*+·\uf000-\uf0ff]+\s*/u;
// "1.", "2)", "1.2.", "(3)", "IV.", "a)", "B." — a single letter only when a space follows,
// so that "Đ/c" or "Ô.Nguyễn" are left alone — and "1 –", the number cell of a table row.
const numbering =
  /^(?:\(\d{1,3}\)|\d{1,3}(?:\.\d{1,3})*\s*[.)]|\d{1,3}\s+[-–—](?=\s)|[IVXLCDM]{1,6}\s*[.)]|[a-zA-ZđĐ][.)](?=\s))\s*/u;

export interface MarkedLine {
  readonly body: string;
  /** The line started with a bullet or a number: it is an item of a list. */
  readonly marked: boolean;
}

export function stripListMarker(line: string): MarkedLine {
  let body = line;
  let marked = false;
  // "1. - Ông …" carries both kinds; either order occurs.
  for (let pass = 0; pass < 2; pass++) {
    const match = bullet.exec(body) ?? numbering.exec(body);
    if (!match) break;
    body = body.slice(match[0].length);
    marked = true;
  }
  return { body: body.trim(), marked };
}

// Abbreviations written with a period inside a sentence: places ("TP. Thái Nguyên", "Q. Ba
// Đình"), degrees in front of a name ("TS. Nguyễn Văn A") and courtesy prefixes ("Ô.", "B.").
const abbreviations = new Set([
  'tp',
  'tx',
  'tt',
  'q',
  'p',
  'h',
  'x',
  'ts',
  'ths',
  'pgs',
  'gs',
  'bs',
  'ks',
  'cn',
  'ncs',
  'ô',
  'b',
  'đc',
]);

function endsWithAbbreviation(before: string): boolean {
  const token = /[\p{L}.]+$/u.exec(before)?.[0] ?? '';
  // "PGS.TS" and "Th.S" hold a period of their own: an abbreviation, not a word.
  return abbreviations.has(token.toLocaleLowerCase('vi')) || /\p{L}\.\p{L}/u.test(token);
}

/** The sentences of a paragraph, each trimmed and without its final punctuation. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?…]+(?=\s|$)/gu)) {
    const before = text.slice(start, match.index);
    const after = text.slice(match.index + match[0].length).trimStart();
    if (match[0] === '.' && endsWithAbbreviation(before)) continue;
    // A lowercase word after the period continues the sentence ("v.v. và …").
    if (/^\p{Ll}/u.test(after)) continue;
    if (before.trim() !== '') sentences.push(before.trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}
