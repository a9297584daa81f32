import { cleanLine } from './clean';
import { foldForSearch } from './vietnamese';

// A group number in front of a heading: "II.", "2)", "a -".
const numbering = /^\s*(?:[IVXLCDM]+|\d+|[a-zA-Z])\s*[.):\-–]\s*/i;

/**
 * The identity of a bridge point name, compared by meaning: "II. ĐIỂM CẦU HUYỆN ỦY ĐẠI TỪ",
 * "Điểm cầu Huyện ủy Đại Từ" and "Huyện ủy Đại Từ" give the same key.
 */
export function bridgePointKey(name: string): string {
  return foldForSearch(name.replace(numbering, '')).replace(/^diem cau /, '');
}

// Words that stay in capitals (abbreviations of bodies).
const acronyms = new Set(['ubnd', 'hdnd', 'mttq', 'ubmttq', 'bch', 'btv', 'tw', 'cand', 'qdnd', 'vks', 'tand', 'bchqs', 'dbqh']);
// After these words the next word is lowercase: "Tỉnh ủy", "Đảng ủy", "Ban Tổ chức", "Ủy ban nhân dân".
const lowerAfter: Record<string, readonly string[]> = {
  diem: ['cau'],
  tinh: ['uy'],
  huyen: ['uy'],
  thanh: ['uy'],
  thi: ['uy'],
  quan: ['uy'],
  dang: ['uy'],
  xa: ['uy'],
  phuong: ['uy'],
  to: ['chuc'],
  tuyen: ['giao'],
  dan: ['van'],
  kiem: ['tra'],
  noi: ['chinh', 'vu'],
  van: ['phong'],
  uy: ['ban'],
  ban: ['nhan', 'thuong'],
  nhan: ['dan'],
  thuong: ['vu'],
  mat: ['tran'],
  hoi: ['dong', 'truong'],
  phong: ['hop'],
};
// Kinds of administrative unit: lowercase before the unit's own name ("Đảng ủy xã Yên Lãng").
const unitNouns = new Set(['xa', 'phuong', 'huyen', 'tinh', 'quan', 'thon', 'xom', 'thi tran', 'thanh pho']);

function capitalize(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

/** Vietnamese capitals for a name written all in capitals: "ĐẢNG ỦY XÃ YÊN LÃNG" → "Đảng ủy xã Yên Lãng". */
export function recaseOrganisationName(text: string): string {
  const words = text.toLocaleLowerCase('vi').split(' ');
  return words
    .map((word, i) => {
      const folded = foldForSearch(word);
      if (acronyms.has(folded)) return word.toLocaleUpperCase('vi');
      if (i === 0) return capitalize(word);
      const previous = foldForSearch(words[i - 1]);
      if (lowerAfter[previous]?.includes(folded)) return word;
      // "xã Yên Lãng", "tỉnh Thái Nguyên", but "Tỉnh ủy", "Huyện ủy" (the committee itself).
      if (unitNouns.has(folded) && i < words.length - 1 && foldForSearch(words[i + 1]) !== 'uy') return word;
      return capitalize(word);
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
  return `Điểm cầu ${/^\p{Ll}/u.test(name) && !/^(xã|phường|huyện|tỉnh|thị trấn)(?=\s|$)/i.test(name) ? capitalize(name) : name}`;
}
