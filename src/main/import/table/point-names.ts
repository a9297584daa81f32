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

/** Whether a sheet's name is a bridge point ("Huyện ủy Đại Từ", "Xã Yên Trạch"), not a level. */
export function sheetNamesAPoint(name: string): boolean {
  const folded = foldForSearch(name);
  return !notAPlace.test(folded) && namesAPlace(folded) && folded.split(' ').length >= 2;
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
