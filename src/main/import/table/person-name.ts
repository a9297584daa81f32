// A person's name as written in a list, cleaned: courtesy prefixes removed ("Đ/c", "§/c", "Ông",
// "Bà" — the last two say the gender), and a name typed all in capitals or all in small letters
// given its capitals back ("h'hen niê" → "H'Hen Niê"); a name with its own capitals is kept.

const prefixes: readonly { pattern: RegExp; gender?: 'Nam' | 'Nữ' }[] = [
  // "§/c" is "Đ/c" typed in TCVN3 where the cell was not repaired (its font not a .Vn one).
  { pattern: /^(?:[đ§]\s*\/\s*c|đc|đ\.\s*c|đồng\s+chí)\s*[.:]?\s*/i },
  { pattern: /^(?:ông|ô\.)\s+/i, gender: 'Nam' },
  { pattern: /^(?:bà|b\.)\s+/i, gender: 'Nữ' },
];

export interface PersonName {
  /** Empty when the text is not a person's name. */
  readonly fullName: string;
  readonly gender?: 'Nam' | 'Nữ';
}

/** "NGUYỄN VĂN AN", "h'hen niê" → "Nguyễn Văn An", "H'Hen Niê": each word, and each part after an apostrophe. */
function capitalizeWords(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((w) =>
      w.replace(/(^|['’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('vi')),
    )
    .join(' ');
}

/**
 * `inTable`: a name cell typed all in small letters is still a name; in running text such a
 * phrase ("lãnh đạo các sở") is not, and is left for the caller to refuse.
 */
export function cleanPersonName(raw: string, inTable = false): PersonName {
  let name = raw.trim();
  let gender: 'Nam' | 'Nữ' | undefined;
  for (const prefix of prefixes) {
    const match = prefix.pattern.exec(name);
    if (match && name.length > match[0].length) {
      name = name.slice(match[0].length);
      gender = prefix.gender;
      break;
    }
  }
  name = name.replace(/^[\s.,:;\-–]+|[\s.,;\-–]+$/g, '');
  const words = name.split(' ').filter(Boolean);
  const looksLikeName = words.length >= 1 && words.length <= 7 && /^[\p{L}\s'’.\-()]+$/u.test(name);
  if (!looksLikeName) return { fullName: '' };
  // A name typed all in capitals or all in small letters; one written with its own capitals stays.
  if (
    words.length >= 2 &&
    (name === name.toLocaleUpperCase('vi') || (inTable && name === name.toLocaleLowerCase('vi')))
  )
    name = capitalizeWords(name);
  return gender ? { fullName: name, gender } : { fullName: name };
}
