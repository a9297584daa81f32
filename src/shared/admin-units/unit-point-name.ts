// How a point added from the administrative list is named, from the secretary's pattern. One
// function for the dialog's preview and the service that writes the names, so both agree.
import { cleanLine } from '../text/clean';
import {
  adminUnitKindWord,
  communeLevel,
  provinceLevel,
  type AdminProvince,
  type AdminUnit,
  type AdminUnitKind,
} from './admin-units';

// Typed without marks too, as on a keyboard without a Vietnamese input method.
const placeholders: readonly [RegExp, 'name' | 'short' | 'kind' | 'code'][] = [
  [/\{\s*(tên riêng|ten rieng)\s*\}/giu, 'short'],
  [/\{\s*(tên|ten)\s*\}/giu, 'name'],
  [/\{\s*(loại|loai)\s*\}/giu, 'kind'],
  [/\{\s*(mã|ma)\s*\}/giu, 'code'],
];

/** Why a pattern cannot name the points, or null: every point needs its own name. */
export function patternProblem(pattern: string): string | null {
  if (cleanLine(pattern) === '') return 'Hãy nhập mẫu tên điểm cầu, ví dụ "Điểm cầu Đảng ủy {tên}".';
  if (!/\{\s*(tên|ten|tên riêng|ten rieng|mã|ma)\s*\}/iu.test(pattern))
    return 'Mẫu tên cần có {tên} hoặc {tên riêng}, nếu không mọi điểm cầu sẽ trùng một tên.';
  if (/\{(?![^}]*\})|\{\s*\}/u.test(pattern)) return 'Mẫu tên có dấu { chưa đóng hoặc để trống.';
  return null;
}

function fill(pattern: string, values: Record<'name' | 'short' | 'kind' | 'code', string>): string {
  let text = pattern;
  for (const [placeholder, key] of placeholders) text = text.replace(placeholder, values[key]);
  const name = cleanLine(text);
  return name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
}

/** "Điểm cầu Đảng ủy {tên}" → "Điểm cầu Đảng ủy xã Đại Từ". */
export function unitPointName(pattern: string, unit: Pick<AdminUnit, 'code' | 'shortName' | 'kind'>): string {
  const kind = adminUnitKindWord(unit.kind);
  return fill(pattern, { name: `${kind} ${unit.shortName}`, short: unit.shortName, kind, code: unit.code });
}

/**
 * The province's own point, named in the pattern's style: its Party body is the Tỉnh ủy or
 * Thành ủy, not an "Đảng ủy tỉnh" ("Điểm cầu Đảng ủy {tên}" → "Điểm cầu Tỉnh ủy Thái Nguyên").
 */
export function provincePointName(
  pattern: string,
  province: Pick<AdminProvince, 'code' | 'shortName' | 'kind'>,
): string {
  const committee = `${province.kind === 'tinh' ? 'Tỉnh ủy' : 'Thành ủy'} ${province.shortName}`;
  const kind = adminUnitKindWord(province.kind);
  const own = pattern.replace(/Đảng ủy\s+\{\s*(tên|ten)\s*\}/giu, committee);
  return fill(own, { name: `${kind} ${province.shortName}`, short: province.shortName, kind, code: province.code });
}

/** What a point of an administrative unit is written with: its name, level and the unit it stands for. */
export interface UnitPointFields {
  readonly name: string;
  readonly levelLabel: string;
  readonly unitCode: string;
  readonly unitKind: AdminUnitKind;
}

/** The province's own point, named from the pattern. */
export function provincePointFields(
  pattern: string,
  province: Pick<AdminProvince, 'code' | 'shortName' | 'kind'>,
): UnitPointFields {
  const name = provincePointName(pattern, province);
  return { name, levelLabel: provinceLevel, unitCode: province.code, unitKind: province.kind };
}

/** A commune's, ward's or special zone's point, named from the pattern. */
export function unitPointFields(
  pattern: string,
  unit: Pick<AdminUnit, 'code' | 'shortName' | 'kind'>,
): UnitPointFields {
  return { name: unitPointName(pattern, unit), levelLabel: communeLevel, unitCode: unit.code, unitKind: unit.kind };
}
