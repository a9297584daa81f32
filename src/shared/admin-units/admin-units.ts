// Vietnam's administrative units since 1 July 2025: two tiers, provinces and centrally-run
// cities, then communes, wards and special zones, each with its national statistical code.
// The list itself is a data file (resources/admin-units), read by the main side on first use.
import { vocabulary, type VocabularyCode } from '../vocabulary';

const provinceKindTable = { tinh: 'Tỉnh', 'thanh-pho': 'Thành phố' } as const;
const communeKindTable = { xa: 'Xã', phuong: 'Phường', 'dac-khu': 'Đặc khu' } as const;
/** The kinds of unit, as the CLI's --kinds writes them. */
export const communeKinds = vocabulary(communeKindTable);
export type CommuneKind = VocabularyCode<typeof communeKinds>;
export const provinceKinds = vocabulary(provinceKindTable);
export type ProvinceKind = VocabularyCode<typeof provinceKinds>;
export const adminUnitKinds = vocabulary({ ...provinceKindTable, ...communeKindTable });
export type AdminUnitKind = VocabularyCode<typeof adminUnitKinds>;

/** The word in front of the unit's own name, in the middle of a sentence ("Đảng ủy xã Đại Từ"). */
export function adminUnitKindWord(kind: AdminUnitKind): string {
  return adminUnitKinds.label(kind).toLocaleLowerCase('vi');
}

/** The levels of a bridge point today; points added from the list get theirs. */
export const provinceLevel = 'Tỉnh, thành phố';
export const communeLevel = 'Xã, phường, đặc khu';
/**
 * What the level field suggests, for the two tiers of 2025. The level stays free text: points
 * of older conferences keep "Huyện", and their figures count it as its own level.
 */
export const levelSuggestions = [
  'Trung ương',
  provinceLevel,
  communeLevel,
  'Cơ sở (chi bộ, thôn, tổ dân phố)',
  'Cơ quan, đơn vị',
] as const;

export interface AdminProvince {
  readonly code: string;
  /** As the official list writes it: "Tỉnh Thái Nguyên", "Thành phố Huế". */
  readonly name: string;
  /** The name without its kind: "Thái Nguyên", "Huế". */
  readonly shortName: string;
  readonly kind: ProvinceKind;
  readonly unitCount: number;
  readonly countsByKind: Readonly<Record<CommuneKind, number>>;
}

export interface AdminUnit {
  readonly code: string;
  /** "Xã Đại Từ", "Phường Phan Đình Phùng", "Đặc khu Cô Tô". */
  readonly name: string;
  /** "Đại Từ". */
  readonly shortName: string;
  readonly kind: CommuneKind;
  readonly provinceCode: string;
  readonly provinceName: string;
}

/** Where the list the app uses came from, and what it holds. */
export interface AdminCatalogInfo {
  readonly about: string;
  /** The file read: the one built in, or a newer one the office put in the data folder. */
  readonly source: 'built-in' | 'data-folder';
  readonly file: string;
  readonly provinceCount: number;
  readonly unitCount: number;
}

/** A unit as the dialog lists it: with the directory's point for it, if one is there already. */
export interface AdminUnitEntry extends AdminUnit {
  readonly pointId: number | null;
  readonly pointName: string | null;
}

export interface AddedUnits {
  readonly added: number;
  /** Units already in the directory (by code, or the same point by meaning). */
  readonly skipped: number;
  /** The point the units went under: the province's own, found or created. */
  readonly parentId: number;
  /** Points attached to the conference, when one was given. */
  readonly attached: number;
  readonly undoId: number;
  readonly message: string;
}

/** The ready-made ways to name the points; {tên} is the unit with its kind: "xã Đại Từ". */
export const unitNamePatterns = ['Điểm cầu Đảng ủy {tên}', 'Điểm cầu UBND {tên}', 'Điểm cầu {tên}'] as const;
export const defaultUnitNamePattern = unitNamePatterns[0];
/** The placeholders a pattern may use, with what each becomes for "Xã Đại Từ" (code 05830). */
export const unitNamePlaceholders = [
  { key: '{tên}', example: 'xã Đại Từ' },
  { key: '{tên riêng}', example: 'Đại Từ' },
  { key: '{loại}', example: 'xã' },
  { key: '{mã}', example: '05830' },
] as const;
