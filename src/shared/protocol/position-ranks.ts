// The protocol rank of a position ("chức vụ"), as a protocol officer orders delegates of the
// same role: by the highest title the position holds, from a list the secretary may edit. One
// rule for every place that ranks: the services when they store the rank, and the settings
// screen when it shows what a list would give.
import { foldForSearch } from '../text/vietnamese';
import { textMemo } from '../text/text-memo';

/**
 * The list the app ships with, highest first. A deputy's title is listed on its own ("Phó Chủ
 * tịch" after "Chủ tịch"): the longer title is matched first, so it is never read as the
 * shorter one it contains.
 */
export const builtInPositionRanks: readonly string[] = [
  'Tổng Bí thư',
  'Chủ tịch nước',
  'Thủ tướng',
  'Chủ tịch Quốc hội',
  'Ủy viên Bộ Chính trị',
  'Bí thư Trung ương Đảng',
  'Phó Chủ tịch nước',
  'Phó Thủ tướng',
  'Phó Chủ tịch Quốc hội',
  'Ủy viên Trung ương',
  'Bí thư',
  'Phó Bí thư Thường trực',
  'Phó Bí thư',
  'Chủ tịch',
  'Phó Chủ tịch Thường trực',
  'Phó Chủ tịch',
  'Ủy viên Ban Thường vụ',
  'Trưởng ban',
  'Phó Trưởng ban',
  'Bộ trưởng',
  'Thứ trưởng',
  'Ủy viên Ban Chấp hành',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  'Giám đốc',
  'Phó Giám đốc',
  'Vụ trưởng',
  'Phó Vụ trưởng',
  'Trưởng phòng',
  'Phó Trưởng phòng',
  'Chuyên viên',
];

/** The rank of a position no title of the list is found in (and of no position): after them all. */
export const unrankedPosition = 1_000_000;

export const positionRankLimits = { count: 200, length: 120 } as const;

/** Why a list cannot be used, in the words the settings screen shows; null when it can. */
export function positionRanksProblem(patterns: readonly string[]): string | null {
  if (patterns.length === 0) return 'Danh sách chức vụ cần có ít nhất một dòng.';
  if (patterns.length > positionRankLimits.count)
    return `Danh sách chức vụ có tối đa ${positionRankLimits.count} dòng.`;
  const seen = new Map<string, string>();
  for (const pattern of patterns) {
    const folded = foldForSearch(pattern);
    if (folded === '') return 'Có dòng chức vụ để trống; hãy nhập chức vụ hoặc xoá dòng đó.';
    if (pattern.length > positionRankLimits.length)
      return `Chức vụ "${pattern.slice(0, 40)}…" quá dài (tối đa ${positionRankLimits.length} ký tự).`;
    const earlier = seen.get(folded);
    if (earlier !== undefined) return `Chức vụ "${pattern}" trùng với "${earlier}" đã có trong danh sách.`;
    seen.set(folded, pattern);
  }
  return null;
}

/** Positions ranked this many at a time are remembered: a list repeats the same few hundred titles. */
const remembered = 20_000;

/**
 * The ranker for a list: a position's rank is the place in the list of the highest title it
 * holds, compared without diacritics ("Uỷ viên" is "Ủy viên"), whole words only. The longest
 * titles are looked for first and the words they cover are not read again, so "Phó Bí thư
 * Thường trực Huyện ủy" is a "Phó Bí thư Thường trực", not a "Bí thư"; a position holding two
 * titles ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh") ranks by the higher.
 */
export function positionRanker(patterns: readonly string[]): (position: string | null) => number {
  const titles = patterns
    .map((pattern, rank) => ({ words: ` ${foldForSearch(pattern)} `, rank }))
    .filter((t) => t.words.trim() !== '')
    .sort((a, b) => b.words.length - a.words.length || a.rank - b.rank);
  const rankOf = (position: string): number => {
    const text = ` ${foldForSearch(position)} `;
    const taken: [number, number][] = [];
    let best = unrankedPosition;
    for (const { words, rank } of titles) {
      for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
        // The spaces around a title are shared with its neighbours; the words inside are not.
        const start = at + 1;
        const end = at + words.length - 1;
        if (taken.some(([s, e]) => start < e && s < end)) continue;
        taken.push([start, end]);
        if (rank < best) best = rank;
      }
    }
    return best;
  };
  const rememberedRank = textMemo(remembered, rankOf);
  return (position) => (position === null || position === '' ? unrankedPosition : rememberedRank(position));
}
