// Which units of a province the directory has a point for already: a point that carries the
// unit's code, or, for points typed before codes existed, a point whose name means the same
// place ("Điểm cầu Đảng ủy xã Đại Từ", "UBND xã Đại Từ", "xã Đại Từ").
import { adminUnitKindWord } from '../../shared/admin-units/admin-units';
import { pointPlaceKey } from '../../shared/text/bridge-point-name';
import type { ServiceContext } from '../services/context';
import type { Catalog, CatalogProvince, CatalogUnit } from './catalog';
import {
  pointsWithUnitCodes,
  pointWithUnitCode,
  uncodedPointsNear,
  uncodedTopPoints,
  type CodedPointRow,
} from '../bridge-points/queries';

export interface PresentPoint {
  readonly id: number;
  readonly name: string;
  /** Found by meaning: the point is given the unit's code when units are added. */
  readonly byMeaning: boolean;
}

export const unitPlaceKey = (unit: Pick<CatalogUnit, 'kind' | 'shortName'>) =>
  pointPlaceKey(`${adminUnitKindWord(unit.kind)} ${unit.shortName}`);

/**
 * The province's own point: the one with its code, or a top-level point named after it
 * ("Điểm cầu Tỉnh ủy Thái Nguyên", "UBND tỉnh Thái Nguyên").
 */
export function provincePoint(ctx: ServiceContext, province: CatalogProvince): PresentPoint | null {
  const coded = pointWithUnitCode(ctx.db, province.code);
  if (coded) return { ...coded, byMeaning: false };
  const key = pointPlaceKey(province.shortName);
  const named = uncodedTopPoints(ctx.db).filter((r) => pointPlaceKey(r.name) === key);
  return named.length === 1 ? { id: named[0].id, name: named[0].name, byMeaning: true } : null;
}

/** How many units of the whole list have each place key ("xa phuc loc": three provinces have one). */
const keyCounts = new WeakMap<Catalog, Map<string, number>>();
function nationalKeyCounts(catalog: Catalog): Map<string, number> {
  let counts = keyCounts.get(catalog);
  if (!counts) {
    counts = new Map();
    for (const province of catalog.provinces)
      for (const unit of province.units) counts.set(unitPlaceKey(unit), (counts.get(unitPlaceKey(unit)) ?? 0) + 1);
    keyCounts.set(catalog, counts);
  }
  return counts;
}

/**
 * The points of the province's units, by unit code. Names are compared among the points under
 * `parentId`, where the province's communes are; a top-level point counts only for a unit whose
 * name no other province has (three provinces have a "xã Phúc Lộc").
 */
export function presentUnitPoints(
  ctx: ServiceContext,
  catalog: Catalog,
  province: CatalogProvince,
  parentId: number | null,
): Map<string, PresentPoint> {
  const present = new Map<string, PresentPoint>();
  const coded = pointsWithUnitCodes(
    ctx.db,
    province.units.map((u) => u.code),
  );
  for (const row of coded) if (!present.has(row.unit_code!)) present.set(row.unit_code!, { ...row, byMeaning: false });
  const nearby = uncodedPointsNear(ctx.db, parentId);
  const national = nationalKeyCounts(catalog);
  const byKey = new Map<string, CodedPointRow[]>();
  for (const row of nearby) {
    const key = pointPlaceKey(row.name);
    if (row.top === 1 && national.get(key) !== 1) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  for (const unit of province.units) {
    if (present.has(unit.code)) continue;
    const same = byKey.get(unitPlaceKey(unit));
    // Two points of one name are the secretary's to tell apart; neither is taken for the unit.
    if (same?.length === 1) present.set(unit.code, { id: same[0].id, name: same[0].name, byMeaning: true });
  }
  return present;
}
