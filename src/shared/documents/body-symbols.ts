// The symbols (ký hiệu) of the usual issuing bodies, fixed by the rules rather than made from a
// name's initials (docs/formats.md): offered as suggestions wherever a body's symbol is typed,
// and matched against a body's name to suggest one. A body not in the list has no suggestion:
// its symbol is whatever the secretary stores for it, never its initials ("Sở Nội vụ" is not
// "SNV" until someone says so).
import { foldForSearch } from '../text/vietnamese';

export interface BuiltInBodySymbol {
  readonly code: string;
  /** What the code stands for, shown beside it in the suggestions. */
  readonly label: string;
  /** The body's name folded (no case, no diacritics, single spaces) as it starts. */
  readonly pattern: RegExp;
}

// Matched without diacritics, so "Tỉnh uỷ" and "TỈNH ỦY" are found too; each pattern is anchored
// at the start, so "Ban Tổ chức Tỉnh ủy" is never taken for the Tỉnh ủy it belongs to.
export const builtInBodySymbols: readonly BuiltInBodySymbol[] = [
  { code: 'TW', label: 'Trung ương (Ban Chấp hành Trung ương Đảng)', pattern: /^(ban chap hanh )?trung uong( dang)?$/ },
  { code: 'BTCTW', label: 'Ban Tổ chức Trung ương', pattern: /^ban to chuc trung uong/ },
  { code: 'VPTW', label: 'Văn phòng Trung ương Đảng', pattern: /^van phong trung uong/ },
  { code: 'TU', label: 'Tỉnh ủy, Thành ủy', pattern: /^(tinh|thanh) uy/ },
  { code: 'BTCTU', label: 'Ban Tổ chức Tỉnh ủy, Thành ủy', pattern: /^ban to chuc (tinh|thanh) uy/ },
  { code: 'VPTU', label: 'Văn phòng Tỉnh ủy, Thành ủy', pattern: /^van phong (tinh|thanh) uy/ },
  { code: 'ĐU', label: 'Đảng ủy xã, phường, đặc khu', pattern: /^dang uy (xa|phuong|dac khu)/ },
  { code: 'UBND', label: 'Ủy ban nhân dân', pattern: /^(uy ban nhan dan|ubnd)( |$)/ },
  { code: 'HĐND', label: 'Hội đồng nhân dân', pattern: /^(hoi dong nhan dan|hdnd)( |$)/ },
];

/** "BTCTU — Ban Tổ chức Tỉnh ủy, Thành ủy", as the suggestions list it. */
export function bodySymbolLabel(symbol: BuiltInBodySymbol): string {
  return `${symbol.code} — ${symbol.label}`;
}

/**
 * The built-in symbol of the body a name names ("Ban Tổ chức Tỉnh ủy Thái Nguyên" → "BTCTU",
 * "Điểm cầu Tỉnh ủy Thái Nguyên" → "TU"), or null when the body is not one of the usual ones.
 */
export function suggestedSymbol(bodyName: string | null | undefined): string | null {
  if (!bodyName) return null;
  // A bridge point is named after the body whose room it is.
  const folded = foldForSearch(bodyName).replace(/^diem cau /, '');
  return builtInBodySymbols.find((s) => s.pattern.test(folded))?.code ?? null;
}

/**
 * A body's symbol as typed ("btctu", " Đ U ") in the form it is stored and printed ("BTCTU",
 * "ĐU"); null when nothing is left, or when what is left is not a symbol (letters and digits).
 */
export function cleanBodySymbol(typed: string): string | null {
  const symbol = typed.normalize('NFC').replace(/\s+/g, '').toLocaleUpperCase('vi');
  return /^[\p{Lu}\d]{1,20}$/u.test(symbol) ? symbol : null;
}

/** The built-in symbols whose code starts with what was typed ("btc"), or whose name holds it ("to chuc"). */
export function matchingBodySymbols(typed: string): readonly BuiltInBodySymbol[] {
  const query = foldForSearch(typed);
  if (query === '') return builtInBodySymbols;
  return builtInBodySymbols.filter(
    (s) => foldForSearch(s.code).startsWith(query) || foldForSearch(s.label).includes(query),
  );
}
