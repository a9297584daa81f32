// One person as offices write them: "Đ/c Lê Văn C, Bí thư Đảng ủy xã Yên Lãng",
// "Ông Nguyễn Văn An - Giám đốc Sở Nội vụ - Điểm cầu UBND tỉnh", or inside a sentence
// "Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh đã dự".
import { canonicalBridgePointName } from '../../../shared/text/bridge-point-name';
import { cleanPersonName } from '../table/person-name';
import { isPersonName } from './name-shape';

export interface PersonEntry {
  readonly fullName: string;
  readonly position?: string;
  readonly bridgePoint?: string;
  /** Written with "Ông", "Bà", "Đ/c" or "Đồng chí": surely a person. */
  readonly courtesy: boolean;
}

export const courtesyPrefix = /^(?:đ\s*\/\s*c\.?|đc\.?|đ\.\s*c\.?|đồng\s+chí|ông|ô\.|bà|b\.)\s*:?\s+/i;

// Where a position stops in a sentence: the verb that follows it ("… Trưởng Ban Tổ chức Trung
// ương đã chủ trì"), or the next person. Lowercase only: "Phó Chủ tịch" is a title, "chủ trì" a
// verb. "dự" also begins titles and nouns ("Ủy viên dự khuyết", "Ban Quản lý dự án").
const verbs = [
  'đồng chủ trì',
  'chủ trì',
  'tham dự',
  'đến dự',
  'tới dự',
  'về dự',
  'dự(?!\\s(?:án|toán|báo|thảo|bị|trữ|khuyết|kiến|thính|phòng)(?!\\p{L}))',
  'đã',
  'đang',
  'sẽ',
  'vừa',
  'cùng',
  'có',
  'là',
  'được',
  'phát biểu',
  'nhấn mạnh',
  'yêu cầu',
  'đề nghị',
  'cho biết',
  'khẳng định',
  'kết luận',
  'khai mạc',
  'bế mạc',
  'điều hành',
  'trình bày',
  'báo cáo(?!\\sviên)',
  'quán triệt',
  'truyền đạt',
  'trao',
  'tặng',
  'thăm',
  'làm việc',
  'chúc mừng',
  'biểu dương',
  'ghi nhận',
  'đánh giá',
  'giới thiệu',
  'công bố',
  'nói',
  'nêu',
  'cho rằng',
  'chia sẻ',
  'bày tỏ',
  'mong muốn',
  'đề xuất',
  'phân tích',
  'chỉ ra',
  'chỉ rõ',
  'lưu ý',
  'thông báo',
  'trả lời',
  'giải trình',
  'tiếp thu',
  'động viên',
  'gửi',
  'tại điểm cầu',
  'ở điểm cầu',
];
const positionEnd = new RegExp(
  `\\s*(?:(?<!\\p{L})(?:${verbs.join('|')})(?!\\p{L})|,?\\s*(?:và\\s+)?(?<!\\p{L})(?:đồng chí|ông|bà)\\s+\\p{Lu})`,
  'u',
);

/** The text cut before the verb or the next person that ends a position. */
function cutAtVerb(text: string): { readonly text: string; readonly cut: boolean } {
  const match = positionEnd.exec(text);
  return match ? { text: text.slice(0, match.index), cut: true } : { text, cut: false };
}

// A place after "điểm cầu" ends at punctuation or at the verb of the sentence.
const placeEnd = /\s*(?:[,;:()]|\s(?:có|gồm|cùng|với|do|đã|dự|là|được|chủ trì)(?!\p{L})).*$/u;
const unitNoun = /^(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố)(?!\p{L})/u;

/** "điểm cầu Thái Nguyên …" as written (the rest of the sentence may follow) → "Điểm cầu Thái
 * Nguyên"; undefined for "các điểm cầu", "điểm cầu trên cả nước" and other phrases that name no point. */
export function bridgePointFromPhrase(phrase: string): string | undefined {
  const words = /^điểm\s+cầu\s+/iu.exec(phrase);
  if (!words) return undefined;
  const place = phrase.slice(words[0].length).replace(placeEnd, '').trim();
  if (!/^\p{Lu}/u.test(place) && !unitNoun.test(place)) return undefined;
  // Given with its own words so that a heading all in capitals is recased as a whole.
  return canonicalBridgePointName(`${words[0]}${place}`);
}

/** The bridge points named in a piece of a sentence ("… tại điểm cầu Tuyên Quang …"), in order. */
export function bridgePointsIn(text: string, after = /(?:^|\s)/): string[] {
  const pattern = new RegExp(`(?:${after.source})(?=điểm\\s+cầu\\s)`, 'giu');
  const points: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const point = bridgePointFromPhrase(text.slice(match.index + match[0].length));
    if (point) points.push(point);
  }
  return points;
}

// A title begins with a capital ("Phó Bí thư", "Tỉnh ủy viên") or with "nguyên"/"kiêm".
const isPosition = (text: string) => /^(?:\p{Lu}|(?:nguyên|kiêm)\s)/u.test(text);
const trimPunctuation = (text: string) => text.replace(/^[\s,;:.\-–—]+|[\s,;:.\-–—]+$/g, '');
// The point at the end of a line: "… - Điểm cầu UBND tỉnh", "…, tại điểm cầu xã", "(Điểm cầu …)".
const trailingPoint = /(?:^|\s*[-–—,(]\s*(?:(?:tại|ở)\s+)?|\s+(?:tại|ở)\s+)(điểm\s+cầu\s+[^()]+?)\)?$/iu;
// A note on the role after a dash: "- chủ trì", "– dự thay".
const roleNote = /\s+[-–—]\s+\p{Ll}[^-–—]*/gu;
const separator = /\s*(?:,|[-–—]|:(?=\s))\s*/u;

/**
 * "Name, position" or "Name - position - point", with or without a courtesy prefix. In a list
 * line the whole text must be the entry (a verb means it is a sentence: null); in a sentence
 * the position is cut before its verb, and only its leading titles are kept.
 */
export function parseEntry(raw: string, within: 'line' | 'sentence'): PersonEntry | null {
  const text = trimPunctuation(raw);
  const prefix = courtesyPrefix.exec(text)?.[0] ?? '';
  const afterPrefix = text.slice(prefix.length);
  const sep = separator.exec(afterPrefix);
  const fullName = cleanPersonName(sep ? afterPrefix.slice(0, sep.index) : afterPrefix).fullName;
  if (!isPersonName(fullName)) return null;
  const courtesy = prefix !== '';
  if (!sep) return { fullName, courtesy };

  let rest = afterPrefix.slice(sep.index + sep[0].length);
  let bridgePoint: string | undefined;
  const point = trailingPoint.exec(rest);
  if (point) {
    bridgePoint = bridgePointFromPhrase(point[1]);
    if (bridgePoint) rest = rest.slice(0, point.index);
  }
  rest = rest.replace(roleNote, '');
  const cut = cutAtVerb(rest);
  if (cut.cut && within === 'line') return null;
  rest = cut.text;
  if (within === 'sentence') {
    // Brackets and colons in a sentence open a caption or a quotation: "(ảnh)", "(thứ hai, từ trái sang)".
    rest = rest.replace(/\s*[(:].*$/u, '');
    // "…, Chủ tịch HĐND tỉnh, nhận định rằng …": the titles stop at the first lowercase part.
    const parts = rest.split(/\s*,\s*/);
    const titles = parts.findIndex((part) => !isPosition(part));
    if (titles >= 0) rest = parts.slice(0, titles).join(', ');
  }
  const position = trimPunctuation(rest);
  if (position !== '' && !isPosition(position)) return null;
  return { fullName, courtesy, ...(position !== '' && { position }), ...(bridgePoint && { bridgePoint }) };
}
