// Whether a text in a list names a bridge point: a heading, a caption or title line, a sheet's
// name. Since 1 July 2025 points are mostly communes, wards and special zones directly under a
// province ("Đảng ủy xã Yên Trạch", "UBND phường Tích Lương", "Đặc khu Côn Đảo"), beside the
// older district-level names still found in lists made from old templates.
import { foldForSearch } from '../../../shared/text/vietnamese';

// Words of a heading that names a place or a body (so it is a bridge point).
const placeWordList =
  'diem cau|uy|ubnd|hdnd|uy ban|xa|phuong|dac khu|huyen|tinh|thanh pho|quan|thi xa|thi tran|so|ban|' +
  'hoi truong|phong hop|co quan|truong|trung tam|van phong|cong an|bo chi huy';
const placeWords = new RegExp(`(^| )(${placeWordList})( |$)`);

/** Whether a folded text names a place or a body, so that it can be a bridge point. */
export function namesAPlace(folded: string): boolean {
  return placeWords.test(folded);
}

// A body or a unit first: a row holding only this is a heading even without a number or a merge.
const bodyFirst =
  /^(diem cau|dang uy|tinh uy|thanh uy|huyen uy|quan uy|thi uy|ubnd|hdnd|uy ban nhan dan|xa|phuong|dac khu|thi tran) \S/;

/** A lone text on a row that is a point's heading by its words ("Đảng ủy xã Na Rì"). */
export function startsWithABody(folded: string): boolean {
  return bodyFirst.test(folded);
}

// Sheet names that say a level or a purpose, not a place: "Cấp tỉnh", "Cấp xã", "Danh sách".
const notAPlace =
  /^(cap (tinh|xa|huyen|trung uong|tw|co so|phuong|thanh pho)|cac (xa|phuong)( .*)?|danh sach( .*)?|ds( .*)?|sheet ?\d*|trang tinh ?\d*|bang ?\d*|tong hop( .*)?|mau( .*)?|huong dan( .*)?|dai bieu( .*)?)$/;

// The place words with their marks: in a name typed with diacritics, "giới tính" is no "tỉnh".
const accentedPlaceWords = new RegExp(
  '(^| )(điểm cầu|ủy|uỷ|ubnd|hđnd|hdnd|ủy ban|uỷ ban|xã|phường|đặc khu|huyện|tỉnh|thành phố|quận|thị xã|' +
    'thị trấn|sở|ban|hội trường|phòng họp|cơ quan|trường|trung tâm|văn phòng|công an|bộ chỉ huy)( |$)',
);
const numbering = /^(\d+|[ivx]+|dc)$/;

/**
 * Whether a sheet's name (or a CSV file's) is a bridge point ("Huyện ủy Đại Từ", "Xã Yên
 * Trạch", "huyen-uy-dai-tu"), not a level, a purpose or a subject ("Cấp xã", "gioi-tinh").
 */
export function sheetNamesAPoint(name: string): boolean {
  const folded = foldForSearch(name);
  if (notAPlace.test(folded) || folded.split(' ').length < 2) return false;
  if (/[^ -~]/.test(name)) {
    const lower = name
      .normalize('NFC')
      .toLocaleLowerCase('vi')
      .replace(/[\s_-]+/g, ' ');
    return accentedPlaceWords.test(lower);
  }
  // Without diacritics "tinh" may be "tính" or "tình" too: the place must lead the name.
  const words = folded.split(' ').filter((w) => !numbering.test(w));
  return namesAPlace(words[0] ?? '') || startsWithABody(words.join(' '));
}

// "các điểm cầu", "điểm cầu trung tâm và các điểm cầu": many points, not one.
const manyPoints = /^(cac|cua|nhung|va|trong|tren|toan|tat ca)$/;

/**
 * The point a title block or caption states once for the table under it: "DANH SÁCH ĐẠI BIỂU
 * TẠI ĐIỂM CẦU TỈNH ỦY THÁI NGUYÊN", "Điểm cầu: Đảng ủy phường Tân Lập", "Tại điểm cầu xã Na
 * Rì"; the text from "điểm cầu" on, or null.
 */
export function pointInTitle(title: readonly string[]): string | null {
  for (const line of title) {
    const words = line.split(' ');
    const folded = words.map((w) => foldForSearch(w));
    // Folding may drop a word made only of punctuation: cut the original at the same word.
    if (folded.some((w) => w === '')) continue;
    const start = folded.findIndex((w, i) => w === 'diem' && folded[i + 1] === 'cau');
    if (start < 0 || start + 2 >= words.length) continue;
    const before = folded.slice(0, start);
    const stated = start === 0 || ['tai', 'o', 'du', 'tham'].includes(before.at(-1) ?? '');
    if (!stated || manyPoints.test(folded[start - 1] ?? '')) continue;
    const rest = folded.slice(start + 2).join(' ');
    if (!rest || manyPoints.test(folded[start + 2])) continue;
    return words.slice(start).join(' ');
  }
  return null;
}

/**
 * The line right above a table when it is a point's heading rather than a sentence: "II. ĐIỂM
 * CẦU HUYỆN ỦY ĐẠI TỪ", "Đảng ủy xã Na Rì" over a table of its own. Only that line: the body
 * at the top of a title block ("TỈNH ỦY LẠNG SƠN") issues the list, it is not its point.
 */
export function headingPoint(title: readonly string[]): string | null {
  const line = title.at(-1);
  if (line === undefined) return null;
  return startsWithABody(foldForSearch(line.replace(/^\s*([IVXLC]+|\d+|[A-Z])\s*[.)]\s+/, ''))) ? line : null;
}
