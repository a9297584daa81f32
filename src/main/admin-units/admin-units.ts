// The administrative list for the secretary: the provinces, a province's units with the
// directory's point for each where there is one, and the units searched without diacritics.
import type { ServiceInput } from '../../shared/contract';
import type { AdminCatalogInfo, AdminProvince, AdminUnitEntry } from '../../shared/admin-units/admin-units';
import { queryWords, unitRank } from '../../shared/admin-units/unit-search';
import type { ServiceContext } from '../services/context';
import { adminCatalog, provinceOf, type CatalogUnit } from './catalog';
import { presentUnitPoints, provincePoint } from './present-points';

export function listProvinces(ctx: ServiceContext): {
  catalog: AdminCatalogInfo;
  provinces: AdminProvince[];
} {
  const catalog = adminCatalog(ctx);
  return {
    catalog: catalog.info,
    provinces: catalog.provinces.map(({ units: _units, ...province }) => province),
  };
}

const entry = (
  { search: _search, ...unit }: CatalogUnit,
  point: { id: number; name: string } | undefined,
): AdminUnitEntry => ({ ...unit, pointId: point?.id ?? null, pointName: point?.name ?? null });

export function listUnits(ctx: ServiceContext, input: ServiceInput<'adminUnits.units'>): AdminUnitEntry[] {
  const catalog = adminCatalog(ctx);
  const provinces = input.provinceCode ? [provinceOf(catalog, input.provinceCode)] : catalog.provinces;
  const words = queryWords(input.query ?? '');
  const found: { entry: AdminUnitEntry; rank: number }[] = [];
  for (const province of provinces) {
    const units = province.units.flatMap((unit) => {
      const r = unitRank(unit.search, words);
      return r === null ? [] : [{ unit, rank: r }];
    });
    if (units.length === 0) continue;
    const parentId = input.parentId ?? provincePoint(ctx, province)?.id ?? null;
    const present = presentUnitPoints(ctx, catalog, province, parentId);
    for (const { unit, rank } of units) found.push({ entry: entry(unit, present.get(unit.code)), rank });
  }
  // Stable: within a rank, the list's own order (province by province, as the law lists them).
  return found
    .sort((a, b) => a.rank - b.rank)
    .slice(0, input.limit)
    .map((f) => f.entry);
}
