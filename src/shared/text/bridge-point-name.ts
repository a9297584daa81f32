import { cleanLine } from './clean';
import { foldForSearch } from './vietnamese';

// A group number in front of a heading: "II.", "2)", "a -".
const numbering = /^\s*(?:[IVXLCDM]+|\d+|[a-zA-Z])\s*[.):\-–]\s*/i;

/**
 * The identity of a bridge point name, compared by meaning: "II. ĐIỂM CẦU HUYỆN ỦY ĐẠI TỪ",
 * "Điểm cầu Huyện ủy Đại Từ" and "Huyện ủy Đại Từ" give the same key.
 */
export function bridgePointKey(name: string): string {
  return foldForSearch(name.replace(numbering, '')).replace(/^diem cau( |$)/, '');
}

// Short forms offices write for the same body: "Ban Tổ chức TW", "UBND xã", "TP Hà Nội", and
// "ĐU xã" in a Zoom name (only before a unit's kind: "du" alone is also "dự").
const shortForms: readonly [RegExp, string][] = [
  [/(^| )(tw|t\.w)( |$)/g, '$1trung uong$3'],
  [/(^| )ubnd( |$)/g, '$1uy ban nhan dan$2'],
  [/(^| )hdnd( |$)/g, '$1hoi dong nhan dan$2'],
  [/(^| )(ubmttq|mttq)( |$)/g, '$1uy ban mat tran to quoc$3'],
  [/(^| )(tp|t\.p)( |$)/g, '$1thanh pho$3'],
  [/^du (?=(xa|phuong|dac khu|thi tran) )/g, 'dang uy '],
];

// A unit's statistical code written in or beside a name: "Xã Đại Từ (05830)", "05830 Dai Tu".
const unitCodeWritten = /(?<!\d)\d{5}(?!\d)/;
const unitCodeAround = /\s*[([]?\s*(?<!\d)\d{5}(?!\d)\s*[)\]]?\s*(?:[-–:]\s*)?/;

/** The 5-digit unit code a name carries, or null. */
export function unitCodeIn(name: string): string | null {
  return unitCodeWritten.exec(name)?.[0] ?? null;
}

/** The name without the unit code written in it, for comparing the words. */
export function withoutUnitCode(name: string): string {
  return name.replace(unitCodeAround, ' ').trim();
}

/** The key with short forms written out: "Ban Tổ chức TW" and "Ban Tổ chức Trung ương" meet. */
export function expandedPointKey(name: string): string {
  let key = bridgePointKey(name);
  for (const [pattern, long] of shortForms) key = key.replace(pattern, long).replace(pattern, long);
  return key;
}

// The body in front of a place: a point is a room of that place whichever of its bodies names it.
const leadingBody = /^(dang uy|uy ban nhan dan|hoi dong nhan dan|uy ban mat tran to quoc( viet nam)?) /;
// A Party committee named after its unit's kind stands for a unit of that kind: "Huyện ủy Đại
// Từ" is the old district, not the commune "xã Đại Từ" of 2025.
const committeeOfKind: readonly [RegExp, string][] = [
  [/^tinh uy /, 'tinh '],
  [/^thanh uy /, 'thanh pho '],
  [/^huyen uy /, 'huyen '],
  [/^quan uy /, 'quan '],
  [/^thi uy /, 'thi xa '],
];
// The kinds of unit below a province, old and new, as a place key begins with them.
const unitKind = /^(xa|phuong|dac khu|thi tran|thi xa|huyen|quan) /;

/**
 * The place a point's name stands for, for a match when the names differ: "Tỉnh ủy Thái
 * Nguyên", "UBND tỉnh Thái Nguyên" and "Điểm cầu Thái Nguyên" are the province; "Đảng ủy xã Na
 * Rì" and "xã Na Rì" the commune, "Huyện ủy Đại Từ" and "UBND huyện Đại Từ" the old district
 * (the kind kept: "xã Tân Lập" is not "phường Tân Lập", "huyện Đại Từ" not "xã Đại Từ"). Only
 * a match with a single point of that place counts (point-matcher.ts).
 */
export function pointPlaceKey(name: string): string {
  let key = expandedPointKey(name).replace(leadingBody, '');
  for (const [committee, kind] of committeeOfKind) key = key.replace(committee, kind);
  return key.replace(/^(tinh|thanh pho) /, '');
}

/** Whether a place key names the unit's kind ("xa dai tu"), not the place alone ("dai tu"). */
export function placeHasKind(placeKey: string): boolean {
  return unitKind.test(placeKey);
}

/**
 * The place without its kind, for a name that gives none: "Điểm cầu Đại Từ" may be the commune
 * or the old district, so it counts only where one point of the candidates is called so.
 */
export function barePlaceKey(name: string): string {
  return pointPlaceKey(name).replace(unitKind, '');
}

// Words that stay in capitals (abbreviations of bodies).
const acronyms = new Set([
  'ubnd',
  'hdnd',
  'mttq',
  'ubmttq',
  'bch',
  'btv',
  'tw',
  'cand',
  'qdnd',
  'vks',
  'tand',
  'bchqs',
  'dbqh',
]);
// After these words the next word is lowercase: "Tỉnh ủy", "Đảng ủy", "Ban Tổ chức", "Ủy ban
// nhân dân". Compared with their marks ("quân" is not "quận"); "uỷ" is the older spelling of "ủy".
const lowerAfter: Record<string, readonly string[]> = {
  điểm: ['cầu'],
  tỉnh: ['ủy'],
  huyện: ['ủy'],
  thành: ['ủy'],
  thị: ['ủy'],
  quận: ['ủy'],
  đảng: ['ủy'],
  xã: ['ủy'],
  phường: ['ủy'],
  tổ: ['chức'],
  tuyên: ['giáo'],
  dân: ['vận'],
  kiểm: ['tra'],
  nội: ['chính', 'vụ'],
  văn: ['phòng'],
  ủy: ['ban'],
  ban: ['nhân', 'thường'],
  nhân: ['dân'],
  thường: ['vụ'],
  mặt: ['trận'],
  hội: ['đồng', 'trường'],
  phòng: ['họp'],
  đặc: ['khu'],
};
// Kinds of administrative unit: lowercase before the unit's own name ("Đảng ủy xã Yên Lãng").
const unitNouns = new Set(['xã', 'phường', 'đặc', 'huyện', 'tỉnh', 'quận', 'thôn', 'xóm', 'thị trấn', 'thành phố']);
const word = (w: string) => w.toLocaleLowerCase('vi').normalize('NFC').replace('uỷ', 'ủy');

function capitalize(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

/** Vietnamese capitals for a name written all in capitals: "ĐẢNG ỦY XÃ YÊN LÃNG" → "Đảng ủy xã Yên Lãng". */
export function recaseOrganisationName(text: string): string {
  const words = text.toLocaleLowerCase('vi').split(' ');
  return words
    .map((text, i) => {
      if (acronyms.has(foldForSearch(text))) return text.toLocaleUpperCase('vi');
      if (i === 0) return capitalize(text);
      const current = word(text);
      if (lowerAfter[word(words[i - 1])]?.includes(current)) return text;
      // "xã Yên Lãng", "tỉnh Thái Nguyên", but "Tỉnh ủy", "Huyện ủy" (the committee itself).
      if (unitNouns.has(current) && i < words.length - 1 && word(words[i + 1]) !== 'ủy') return text;
      return capitalize(text);
    })
    .join(' ');
}

function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase('vi');
}

/**
 * A bridge point name as the directory keeps it: without the group number, with Vietnamese
 * capitals, and starting with "Điểm cầu" ("II. ĐIỂM CẦU HUYỆN ỦY ĐẠI TỪ", the sheet "Huyện ủy
 * Đại Từ" → "Điểm cầu Huyện ủy Đại Từ").
 */
export function canonicalBridgePointName(raw: string): string {
  let name = cleanLine(raw).replace(numbering, '');
  if (isAllCaps(name)) name = recaseOrganisationName(name);
  name = name.replace(/^điểm\s+cầu\s*[:\-–]?\s*/i, '');
  if (name === '') return '';
  return (
    `Điểm cầu ` +
    `${/^\p{Ll}/u.test(name) && !/^(xã|phường|đặc khu|huyện|tỉnh|thị trấn)(?=\s|$)/i.test(name) ? capitalize(name) : name}`
  );
}
