// A person's name as written in a list, cleaned: courtesy prefixes removed ("Đ/c", "Ông",
// "Bà" — the last two say the gender), capitals fixed when the whole name is in capitals.

const prefixes: readonly { pattern: RegExp; gender?: 'Nam' | 'Nữ' }[] = [
  { pattern: /^(?:đ\s*\/\s*c|đc|đ\.\s*c|đồng\s+chí)\s*[.:]?\s*/i },
  { pattern: /^(?:ông|ô\.)\s+/i, gender: 'Nam' },
  { pattern: /^(?:bà|b\.)\s+/i, gender: 'Nữ' },
];

export interface PersonName {
  /** Empty when the text is not a person's name. */
  readonly fullName: string;
  readonly gender?: 'Nam' | 'Nữ';
}

function capitalizeWords(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}

export function cleanPersonName(raw: string): PersonName {
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
  if (words.length >= 2 && name === name.toLocaleUpperCase('vi')) name = capitalizeWords(name);
  return gender ? { fullName: name, gender } : { fullName: name };
}
