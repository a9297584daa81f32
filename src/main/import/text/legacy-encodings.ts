// Vietnamese text typed before Unicode, as it reaches us: the bytes of TCVN3 (ABC, fonts
// ".VnTime"…) or VNI-Windows (fonts "VNI-Times"…) read as Windows-1252 characters.
// TCVN3 puts each accented letter in one byte; VNI writes the letter, then one byte per mark.

// TCVN3 (ABC): byte → letter.
const tcvn3Letters: Record<string, string> = {
  '\u00b5': 'à',
  '\u00b8': 'á',
  '\u00b6': 'ả',
  '\u00b7': 'ã',
  '\u00b9': 'ạ',
  '\u00a8': 'ă',
  '\u00bb': 'ằ',
  '\u00be': 'ắ',
  '\u00bc': 'ẳ',
  '\u00bd': 'ẵ',
  '\u00c6': 'ặ',
  '\u00a9': 'â',
  '\u00c7': 'ầ',
  '\u00ca': 'ấ',
  '\u00c8': 'ẩ',
  '\u00c9': 'ẫ',
  '\u00cb': 'ậ',
  '\u00ae': 'đ',
  '\u00cc': 'è',
  '\u00d0': 'é',
  '\u00ce': 'ẻ',
  '\u00cf': 'ẽ',
  '\u00d1': 'ẹ',
  '\u00aa': 'ê',
  '\u00d2': 'ề',
  '\u00d5': 'ế',
  '\u00d3': 'ể',
  '\u00d4': 'ễ',
  '\u00d6': 'ệ',
  '\u00d7': 'ì',
  '\u00dd': 'í',
  '\u00d8': 'ỉ',
  '\u00dc': 'ĩ',
  '\u00de': 'ị',
  '\u00df': 'ò',
  '\u00e3': 'ó',
  '\u00e1': 'ỏ',
  '\u00e2': 'õ',
  '\u00e4': 'ọ',
  '\u00ab': 'ô',
  '\u00e5': 'ồ',
  '\u00e8': 'ố',
  '\u00e6': 'ổ',
  '\u00e7': 'ỗ',
  '\u00e9': 'ộ',
  '\u00ac': 'ơ',
  '\u00ea': 'ờ',
  '\u00ed': 'ớ',
  '\u00eb': 'ở',
  '\u00ec': 'ỡ',
  '\u00ee': 'ợ',
  '\u00ef': 'ù',
  '\u00f3': 'ú',
  '\u00f1': 'ủ',
  '\u00f2': 'ũ',
  '\u00f4': 'ụ',
  '\u00ad': 'ư',
  '\u00f5': 'ừ',
  '\u00f8': 'ứ',
  '\u00f6': 'ử',
  '\u00f7': 'ữ',
  '\u00f9': 'ự',
  '\u00fa': 'ỳ',
  '\u00fd': 'ý',
  '\u00fb': 'ỷ',
  '\u00fc': 'ỹ',
  '\u00fe': 'ỵ',
  '\u00a1': 'Ă',
  '\u00a2': 'Â',
  '\u00a7': 'Đ',
  '\u00a3': 'Ê',
  '\u00a4': 'Ô',
  '\u00a5': 'Ơ',
  '\u00a6': 'Ư',
};

/**
 * TCVN3 to Unicode. With a capitals font (".VnTimeH"), the lowercase codes are drawn as
 * capitals, so the text is then given in capitals too.
 */
export function fromTcvn3(text: string, capitalsFont = false): string {
  let out = '';
  for (const ch of text) out += tcvn3Letters[ch] ?? ch;
  return capitalsFont ? out.toUpperCase() : out;
}

// VNI-Windows: marks written after the letter (lower- and upper-case forms of each mark).
const toneMarks: Record<string, string> = {
  ù: '\u0301',
  Ù: '\u0301',
  ø: '\u0300',
  Ø: '\u0300',
  û: '\u0309',
  Û: '\u0309',
  õ: '\u0303',
  Õ: '\u0303',
  ï: '\u0323',
  Ï: '\u0323',
};
const circumflexWithTone: Record<string, string> = {
  â: '',
  Â: '',
  á: '\u0301',
  Á: '\u0301',
  à: '\u0300',
  À: '\u0300',
  å: '\u0309',
  Å: '\u0309',
  ã: '\u0303',
  Ã: '\u0303',
  ä: '\u0323',
  Ä: '\u0323',
};
const breveWithTone: Record<string, string> = {
  ê: '',
  Ê: '',
  é: '\u0301',
  É: '\u0301',
  è: '\u0300',
  È: '\u0300',
  ú: '\u0309',
  Ú: '\u0309',
  ü: '\u0303',
  Ü: '\u0303',
  ë: '\u0323',
  Ë: '\u0323',
};
// Letters VNI writes in one byte.
const vniLetters: Record<string, string> = {
  ô: 'ơ',
  Ô: 'Ơ',
  ö: 'ư',
  Ö: 'Ư',
  ñ: 'đ',
  Ñ: 'Đ',
  ì: 'ì',
  Ì: 'Ì',
  í: 'í',
  Í: 'Í',
  æ: 'ỉ',
  Æ: 'Ỉ',
  ó: 'ĩ',
  Ó: 'Ĩ',
  ò: 'ị',
  Ò: 'Ị',
  î: 'ỵ',
  Î: 'Ỵ',
};

const vowels = 'aeiouyAEIOUY';

export function fromVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const previous = out[out.length - 1] ?? '';
    const base = previous.normalize('NFD')[0] ?? '';
    const afterVowel = vowels.includes(base) || 'ơưƠƯ'.includes(previous);
    if (afterVowel && (base === 'a' || base === 'A') && ch in breveWithTone && previous.normalize('NFD').length === 1) {
      out = out.slice(0, -1) + (previous + '\u0306' + breveWithTone[ch]).normalize('NFC');
    } else if (
      afterVowel &&
      'aeoAEO'.includes(base) &&
      ch in circumflexWithTone &&
      previous.normalize('NFD').length === 1
    ) {
      out = out.slice(0, -1) + (previous + '\u0302' + circumflexWithTone[ch]).normalize('NFC');
    } else if (afterVowel && ch in toneMarks) {
      out = out.slice(0, -1) + (previous + toneMarks[ch]).normalize('NFC');
    } else out += vniLetters[ch] ?? ch;
  }
  return out;
}

export type LegacyEncoding = 'tcvn3' | 'vni';

/** The encoding a font name stands for, if it is one of the pre-Unicode Vietnamese fonts. */
export function encodingOfFont(font: string | undefined): { encoding: LegacyEncoding; capitals: boolean } | null {
  if (!font) return null;
  const name = font.trim();
  if (/^\.vn/i.test(name)) return { encoding: 'tcvn3', capitals: /h$/i.test(name) };
  if (/^vni[-\s]/i.test(name)) return { encoding: 'vni', capitals: false };
  return null;
}

export function fromLegacy(text: string, encoding: LegacyEncoding, capitals = false): string {
  return encoding === 'tcvn3' ? fromTcvn3(text, capitals) : fromVni(text);
}
