// Search folding and Vietnamese alphabetical order. Shared by the database layer (which
// stores the folded text and the sort keys) and by the renderer (which highlights matches).
import { textMemo } from './text-memo';

const combiningMarks = /[\u0300-\u036f]/g;

function foldSlowly(value: string): string {
  return value
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Each Latin letter with marks (U+00C0–U+024F, U+1E00–U+1EFF) → its plain lower-case letter.
const foldedLetter = new Map<number, string>();
for (const [from, to] of [
  [0xc0, 0x24f],
  [0x1e00, 0x1eff],
]) {
  for (let code = from; code <= to; code++) {
    const folded = foldSlowly(String.fromCharCode(code));
    if (/^[a-z]$/.test(folded)) foldedLetter.set(code, folded);
  }
}

/**
 * Text as a search index sees it: lower case, no tone or vowel marks, đ → d, anything that
 * is not a letter or digit turned into a single space. "Nguyễn Văn Hùng" → "nguyen van hung".
 * Written as one pass over the characters: it runs for every row of every import.
 */
export function foldForSearch(value: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    let letter: string | undefined;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) letter = value[i];
    else if (code >= 65 && code <= 90) letter = String.fromCharCode(code + 32);
    else if (code >= 0x300 && code <= 0x36f)
      continue; // a combining mark: part of the letter before it
    else if (code < 0xc0) letter = undefined;
    else letter = foldedLetter.get(code);
    if (letter === undefined && code >= 0xc0) return foldSlowly(value); // another script: the full rules
    if (letter === undefined) {
      space = out !== '';
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += letter;
  }
  return out;
}

/** The words of a folded query, for prefix matching in the index. */
export function searchTerms(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}

// Vietnamese letter order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
// f j w z (foreign names) sit where the Latin alphabet puts them.
const alphabet = [
  'a',
  'ă',
  'â',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'ê',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'ô',
  'ơ',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'ư',
  'v',
  'w',
  'x',
  'y',
  'z',
];
// Printable, ascending code points so that SQLite's binary collation sorts the keys:
// ' ' ends the letters, '!' separates words, digits keep their own codes, then the letters.
const letterBase = 0x41; // 'A'.. one code per letter of the alphabet above
const primaryCode = new Map<string, string>();
alphabet.forEach((letter, index) => primaryCode.set(letter, String.fromCharCode(letterBase + index)));

const vowelModifiers: Record<string, Record<string, string>> = {
  '\u0306': { a: 'ă' }, // breve
  '\u0302': { a: 'â', e: 'ê', o: 'ô' }, // circumflex
  '\u031b': { o: 'ơ', u: 'ư' }, // horn
};
// Dictionary order of the tones: ngang, huyền, hỏi, ngã, sắc, nặng.
const toneRank: Record<string, string> = {
  '\u0300': '1',
  '\u0309': '2',
  '\u0303': '3',
  '\u0301': '4',
  '\u0323': '5',
};

interface WordKey {
  primary: string;
  tones: string;
}

// Names are made of a few thousand words: each word's key is worked out once. Bounded, as
// a long session may see many unusual words.
const wordKey = textMemo(50_000, computeWordKey);

function computeWordKey(word: string): WordKey {
  let primary = '';
  let tones = '';
  const chars = [...word.toLowerCase().normalize('NFD')];
  for (let i = 0; i < chars.length; i++) {
    let letter = chars[i];
    let tone = '0';
    while (i + 1 < chars.length && /[\u0300-\u036f]/.test(chars[i + 1])) {
      const mark = chars[++i];
      const modified = vowelModifiers[mark]?.[letter];
      if (modified) letter = modified;
      else if (toneRank[mark]) tone = toneRank[mark];
    }
    const code = primaryCode.get(letter);
    if (code) {
      primary += code;
      tones += tone;
    } else if (letter >= '0' && letter <= '9') {
      primary += letter;
      tones += '0';
    }
  }
  return { primary, tones };
}

export interface NameParts {
  /** họ: the first word */
  familyName: string;
  /** đệm: the words between */
  middleName: string;
  /** tên: the last word, by which Vietnamese lists are sorted */
  givenName: string;
}

export function splitName(fullName: string): NameParts {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { familyName: '', middleName: '', givenName: '' };
  if (words.length === 1) return { familyName: '', middleName: '', givenName: words[0] };
  return {
    familyName: words[0],
    middleName: words.slice(1, -1).join(' '),
    givenName: words[words.length - 1],
  };
}

/**
 * A key whose binary order is Vietnamese name order: tên, then đệm, then họ, letters in the
 * Vietnamese alphabet, and only then the tones (so "Hùng" and "Hưng" sort by letter first).
 */
export function nameSortKey(fullName: string): string {
  const { familyName, middleName, givenName } = splitName(fullName);
  const parts = [givenName, middleName, familyName].map(wordKey);
  const primary = parts.map((p) => p.primary).join('!');
  const tones = parts.map((p) => p.tones).join('!');
  return `${primary} ${tones}`;
}

/** Vietnamese name order for values already in memory (same rule as the stored keys). */
export function compareNames(a: string, b: string): number {
  const ka = nameSortKey(a);
  const kb = nameSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

// Old and new placement of the tone in "oa", "oe", "uy" at the end of a word ("Thuý" and
// "Thúy", "Hoà" and "Hòa" are the same name).
const oldTonePlacement: Record<string, string> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};
const oldToneAtWordEnd = new RegExp(`(${Object.keys(oldTonePlacement).join('|')})(?=\\s|$)`, 'g');

/**
 * A name as compared to tell whether two rows are the same person: case, spaces and tone
 * placement do not matter, letters and marks do ("Hùng" and "Hưng" are different people).
 */
export function nameKey(fullName: string): string {
  return (
    fullName
      .normalize('NFC')
      // Vietnamese has no locale-specific case rules; the plain form is many times faster.
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
      .replace(oldToneAtWordEnd, (m) => oldTonePlacement[m])
  );
}
