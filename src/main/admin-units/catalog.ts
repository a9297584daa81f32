// The administrative list, read from its data file on first use and kept while the file stays
// the same. The list changes by law (units merged, renamed), so it is data: a newer file put in
// the data folder, beside the database, is used instead of the one built in, with no new
// version of the app (README, "Danh mục hành chính").
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  adminUnitKinds,
  type AdminUnitKind,
  type AdminCatalogInfo,
  type AdminProvince,
  type AdminUnit,
  type CommuneKind,
  type ProvinceKind,
} from '../../shared/admin-units/admin-units';
import { AppError } from '../../shared/errors';
import { cleanLine } from '../../shared/text/clean';
import { foldUnit, type FoldedUnit } from '../../shared/admin-units/unit-search';
import type { ServiceContext } from '../services/context';

export const builtInFileName = 'don-vi-hanh-chinh-2025.json';
/** The name a newer list takes in the data folder. */
export const dataFolderFileName = 'don-vi-hanh-chinh.json';
// The official list is 150 KB; a file far bigger is not one.
const largestFile = 20 * 1024 * 1024;

export interface CatalogUnit extends AdminUnit {
  /** Its words folded once, for searching without diacritics (unit-search.ts). */
  readonly search: FoldedUnit;
}
export interface CatalogProvince extends AdminProvince {
  readonly units: readonly CatalogUnit[];
}
export interface Catalog {
  readonly info: AdminCatalogInfo;
  readonly provinces: readonly CatalogProvince[];
  readonly byCode: ReadonlyMap<string, CatalogProvince>;
}

const provinceKindOf: readonly [RegExp, ProvinceKind][] = [
  [/^tỉnh\s+/iu, 'tinh'],
  [/^thành phố\s+/iu, 'thanh-pho'],
];
const communeKindOf: readonly [RegExp, CommuneKind][] = [
  [/^xã\s+/iu, 'xa'],
  [/^phường\s+/iu, 'phuong'],
  [/^đặc khu\s+/iu, 'dac-khu'],
];

/** The kind from the name's first words, and the name without them. */
function split<K extends string>(name: string, kinds: readonly [RegExp, K][]): { kind: K; shortName: string } | null {
  for (const [prefix, kind] of kinds) {
    if (prefix.test(name)) return { kind, shortName: name.replace(prefix, '') };
  }
  return null;
}

function invalid(file: string, what: string): AppError {
  return new AppError(
    'VALIDATION',
    `Tệp danh mục hành chính "${file}" không đúng mẫu (${what}). Hãy thay bằng tệp đúng mẫu, hoặc xoá tệp ` +
      `này khỏi thư mục dữ liệu để dùng danh mục có sẵn trong ứng dụng.`,
  );
}

const text = (value: unknown): string | null => (typeof value === 'string' ? cleanLine(value) || null : null);

/** Reads and checks the file: every province and unit with its code, its kind in its name. */
export function parseCatalog(content: string, file: string, source: AdminCatalogInfo['source']): Catalog {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    throw invalid(file, 'không phải JSON');
  }
  const rawProvinces = (data as { provinces?: unknown })?.provinces;
  if (!Array.isArray(rawProvinces) || rawProvinces.length === 0) throw invalid(file, 'không có "provinces"');
  const provinces: CatalogProvince[] = [];
  const seen = new Set<string>();
  for (const raw of rawProvinces as { code?: unknown; name?: unknown; units?: unknown }[]) {
    const code = text(raw?.code);
    const name = text(raw?.name);
    if (!code || !/^\d{2}$/.test(code) || !name)
      throw invalid(file, `tỉnh thiếu mã 2 chữ số hoặc tên: ${name ?? code}`);
    const named = split(name, provinceKindOf);
    if (!named) throw invalid(file, `"${name}" không bắt đầu bằng "Tỉnh" hoặc "Thành phố"`);
    if (!Array.isArray(raw.units)) throw invalid(file, `${name} không có "units"`);
    const countsByKind: Record<CommuneKind, number> = { xa: 0, phuong: 0, 'dac-khu': 0 };
    const units: CatalogUnit[] = [];
    for (const rawUnit of raw.units as { code?: unknown; name?: unknown }[]) {
      const unitCode = text(rawUnit?.code);
      const unitName = text(rawUnit?.name);
      if (!unitCode || !/^\d{5}$/.test(unitCode) || !unitName)
        throw invalid(file, `${name} có đơn vị thiếu mã 5 chữ số hoặc tên: ${unitName ?? unitCode}`);
      if (seen.has(unitCode)) throw invalid(file, `mã ${unitCode} có hai lần`);
      seen.add(unitCode);
      const unit = split(unitName, communeKindOf);
      if (!unit) throw invalid(file, `"${unitName}" không bắt đầu bằng "Xã", "Phường" hoặc "Đặc khu"`);
      countsByKind[unit.kind]++;
      const listed = {
        code: unitCode,
        // The list writes one "xã Bắc Sơn" in lower case; the directory writes every unit alike.
        name: `${adminUnitKinds.label(unit.kind)} ${unit.shortName}`,
        shortName: unit.shortName,
        kind: unit.kind,
        provinceCode: code,
        provinceName: name,
      };
      units.push({ ...listed, search: foldUnit(listed) });
    }
    if (seen.has(code)) throw invalid(file, `mã ${code} có hai lần`);
    seen.add(code);
    provinces.push({
      code,
      name: `${adminUnitKinds.label(named.kind)} ${named.shortName}`,
      shortName: named.shortName,
      kind: named.kind,
      unitCount: units.length,
      countsByKind,
      units,
    });
  }
  const about = text((data as { about?: unknown }).about) ?? '';
  return {
    info: {
      about,
      source,
      file,
      provinceCount: provinces.length,
      unitCount: provinces.reduce((sum, p) => sum + p.unitCount, 0),
    },
    provinces,
    byCode: new Map(provinces.map((p) => [p.code, p])),
  };
}

/** The built-in file: found above this module, from its source and from the built app alike. */
function builtInFile(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = path.join(dir, 'resources', 'admin-units', builtInFileName);
    if (fs.existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

function whichFile(ctx: ServiceContext): { file: string; source: AdminCatalogInfo['source'] } {
  if (ctx.dbPath) {
    const newer = path.join(path.dirname(ctx.dbPath), dataFolderFileName);
    if (fs.existsSync(newer)) return { file: newer, source: 'data-folder' };
  }
  const builtIn = ctx.adminUnitsFile ?? builtInFile();
  if (!builtIn || !fs.existsSync(builtIn)) {
    throw new AppError(
      'NOT_FOUND',
      `Không tìm thấy danh mục hành chính của ứng dụng (${builtInFileName}). Hãy cài lại ứng dụng, hoặc đặt ` +
        `tệp danh mục mới với tên "${dataFolderFileName}" vào thư mục dữ liệu.`,
    );
  }
  return { file: builtIn, source: 'built-in' };
}

let cached: { key: string; catalog: Catalog } | null = null;

/** The list in force for this database, read once and again only when its file changes. */
export function adminCatalog(ctx: ServiceContext): Catalog {
  const { file, source } = whichFile(ctx);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw invalid(file, 'không đọc được tệp');
  }
  const key = `${file}\n${stat.size}\n${stat.mtimeMs}`;
  if (cached?.key === key) return cached.catalog;
  if (stat.size > largestFile) throw invalid(file, 'tệp quá lớn');
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch {
    throw invalid(file, 'không đọc được tệp');
  }
  const catalog = parseCatalog(content.replace(/^\uFEFF/, ''), file, source);
  cached = { key, catalog };
  return catalog;
}

export function provinceOf(catalog: Catalog, code: string): CatalogProvince {
  const province = catalog.byCode.get(code);
  if (!province) {
    throw new AppError(
      'NOT_FOUND',
      `Không có tỉnh, thành phố mã ${code} trong danh mục hành chính (${catalog.info.provinceCount} tỉnh, ` +
        `thành phố). Mã tỉnh gồm 2 chữ số, ví dụ 19 là Thái Nguyên, 79 là Thành phố Hồ Chí Minh.`,
    );
  }
  return province;
}

/** The kind of the unit or province with this code; refused if the list has none. */
export function unitKindOf(ctx: ServiceContext, code: string): AdminUnitKind {
  const catalog = adminCatalog(ctx);
  const province = catalog.byCode.get(code);
  if (province) return province.kind;
  const unit = catalog.provinces.flatMap((p) => p.units).find((u) => u.code === code);
  if (unit) return unit.kind;
  throw new AppError(
    'VALIDATION',
    `Mã ${code} không có trong danh mục hành chính (${catalog.info.provinceCount} tỉnh, thành phố; ` +
      `${catalog.info.unitCount} xã, phường, đặc khu). Hãy chọn đơn vị từ danh mục.`,
    'unitCode',
  );
}
