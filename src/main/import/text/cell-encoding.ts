// Which encoding one cell's text was typed in, judged by its own characters: an old template
// re-used for years mixes TCVN3, VNI and Unicode cells on one sheet, so no single answer for
// the sheet is right. A cell that its characters cannot settle (Unicode "Xuân" and VNI
// "Xuaân" both use only Latin-1 letters) is left to what the rest of its sheet says.
import type { LegacyEncoding } from './legacy-encodings';

/**
 * 'vni' is VNI unless the sheet is TCVN3: TCVN3 also writes a toned vowel after a vowel
 * ("Nguån" is "Nguồn"), so one such pair alone does not settle it.
 */
export type CellEncoding = LegacyEncoding | 'unicode' | 'plain' | 'unsure';

// Letters of Unicode Vietnamese beyond Latin-1 (ă đ ĩ ũ ơ ư ạ ả … ỹ) and the combining tone
// marks: a cell that has one is Unicode. Read by character codes: it runs for every cell.
function isUnicodeVietnamese(code: number): boolean {
  return (
    (code >= 0x1ea0 && code <= 0x1ef9) ||
    (code >= 0x0300 && code <= 0x0323) ||
    code === 0x0102 ||
    code === 0x0103 ||
    code === 0x0110 ||
    code === 0x0111 ||
    code === 0x0128 ||
    code === 0x0129 ||
    code === 0x0168 ||
    code === 0x0169 ||
    code === 0x01a0 ||
    code === 0x01a1 ||
    code === 0x01af ||
    code === 0x01b0
  );
}

// TCVN3 writes its most used letters below À ("µ" for "à", "¨" for "ă", "§" for "Đ"), where
// neither VNI nor Unicode Vietnamese has a letter: counted after a letter, or starting a word
// for its capitals and "đ" ("§¶ng"), so that "«»", "·" or "5°C" in Unicode text stay
// punctuation. And it draws small letters with codes that are capitals in Latin-1 ("tÞch",
// "NguyÔn"), which neither Unicode nor VNI puts after a small letter.
const tcvn3Letter =
  /[A-Za-z\u00c0-\u00ff][\u00a1-\u00bf]|(?:^|[\s(/-])[\u00a1-\u00a7\u00ae][A-Za-z\u00a1-\u00ff]|[a-z][\u00c0-\u00de]/g;
// A vowel followed by a VNI tone mark of its own case that is no second vowel of a Unicode
// Vietnamese word (Unicode writes "oà", "uâ", "iê", never "aù", "aø", "oï").
const vniMark =
  /[aeiouy\u00f4\u00f6][\u00f9\u00f8\u00fb\u00f5\u00ef\u00e5\u00e4\u00fa\u00fc\u00eb]|[AEIOUY\u00d4\u00d6][\u00d9\u00d8\u00db\u00d5\u00cf\u00c5\u00c4\u00da\u00dc\u00cb]/g;

/** The encoding a cell's characters show, 'unsure' where they fit both Unicode and a legacy one. */
export function cellEncoding(text: string): CellEncoding {
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x7f) continue;
    if (code > 0xff && isUnicodeVietnamese(code)) return 'unicode';
    plain = false;
  }
  if (plain) return 'plain';
  const tcvn3 = text.match(tcvn3Letter)?.length ?? 0;
  const vni = text.match(vniMark)?.length ?? 0;
  if (tcvn3 > 0 && tcvn3 >= vni) return 'tcvn3';
  if (vni > 0) return 'vni';
  return 'unsure';
}

/** How sure: a VNI cell with two marks or more is VNI whatever its sheet is. */
export function surelyVni(text: string): boolean {
  return (text.match(vniMark)?.length ?? 0) >= 2;
}
