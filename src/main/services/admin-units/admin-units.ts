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
  { foldedKind: _kind, folded: _folded, foldedProvince: _province, ...unit }: CatalogUnit,
  point: { id: number; name: string } | undefined,
): AdminUnitEntry => ({ ...unit, pointId: point?.id ?? null, pointName: point?.name ?? null });

/**
 * How well a unit answers the query's words, each the start of a word of its name, code or
 * province, or its kind written whole ("phu" is not "phường"): 0 its name holds the query's
 * words in order, 1 every word is in its name, code or kind, 2 some are in its province's name;
 * null no match.
 */
function rank(unit: CatalogUnit, words: readonly string[]): number | null {
  if (words.length === 0) return 0;
  const own = ` ${unit.folded}`;
  const kind = ` ${unit.foldedKind} `;
  const province = ` ${unit.foldedProvince}`;
  let inProvince = false;
  const named: string[] = [];
  for (const word of words) {
    if (own.includes(` ${word}`)) named.push(word);
    else if (kind.includes(` ${word} `)) continue;
    else if (province.includes(` ${word}`)) inProvince = true;
    else return null;
  }
  if (inProvince) return 2;
  return named.length > 0 && own.includes(` ${named.join(' ')}`) ? 0 : 1;
}

export function listUnits(ctx: ServiceContext, input: ServiceInput<'adminUnits.units'>): AdminUnitEntry[] {
  const catalog = adminCatalog(ctx);
  const provinces = input.provinceCode ? [provinceOf(catalog, input.provinceCode)] : catalog.provinces;
  const words = foldForSearch(input.query ?? '')
    .split(' ')
    .filter(Boolean);
  const found: { entry: AdminUnitEntry; rank: number }[] = [];
  for (const province of provinces) {
    const units = province.units.flatMap((unit) => {
      const r = rank(unit, words);
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
