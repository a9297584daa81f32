// The administrative list for the secretary: the provinces, a province's units with the
// directory's point for each where there is one, and the units searched without diacritics.
import type { ServiceInput } from '../../../shared/contract';
import type { AdminCatalogInfo, AdminProvince, AdminUnitEntry } from '../../../shared/admin-units/admin-units';
import { foldForSearch } from '../../../shared/text/vietnamese';
import type { ServiceContext } from '../context';
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
  { folded: _folded, ...unit }: CatalogUnit,
  point: { id: number; name: string } | undefined,
): AdminUnitEntry => ({ ...unit, pointId: point?.id ?? null, pointName: point?.name ?? null });

export function listUnits(ctx: ServiceContext, input: ServiceInput<'adminUnits.units'>): AdminUnitEntry[] {
  const catalog = adminCatalog(ctx);
  const provinces = input.provinceCode ? [provinceOf(catalog, input.provinceCode)] : catalog.provinces;
  const words = foldForSearch(input.query ?? '')
    .split(' ')
    .filter(Boolean);
  const result: AdminUnitEntry[] = [];
  for (const province of provinces) {
    const units = province.units.filter((u) => words.every((w) => u.folded.includes(w)));
    if (units.length === 0) continue;
    const present = presentUnitPoints(ctx, province, provincePoint(ctx, province)?.id ?? null);
    for (const unit of units) {
      if (result.length === input.limit) return result;
      result.push(entry(unit, present.get(unit.code)));
    }
  }
  return result;
}
