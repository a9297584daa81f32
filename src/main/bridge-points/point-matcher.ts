// Which bridge point a name written elsewhere stands for: a list's point cell, a pasted
// attendee's point, a Zoom or Teams participant's display name. One matcher for the importer,
// the attendee paste and the meeting report, so that a name finds the same point everywhere.
// A point is found by its unit's code, by its own name, or by another name of the same place;
// a point with a unit code also by the unit's names in the administrative list ("xã Đại Từ",
// "Đảng ủy xã Đại Từ", "UBND xã Đại Từ", "Điểm cầu Đại Từ").
import { adminUnitKindWord, type AdminUnitKind } from '../../shared/admin-units/admin-units';
import {
  barePlaceKey,
  bridgePointKey,
  expandedPointKey,
  placeHasKind,
  pointPlaceKey,
  unitCodeIn,
  withoutUnitCode,
} from '../../shared/text/bridge-point-name';
import { adminCatalog, type Catalog } from '../admin-units/catalog';
import type { ServiceContext } from '../services/context';

export interface MatchablePoint {
  readonly id: number;
  readonly name: string;
  readonly unitCode: string | null;
}

export interface PointMatch<P> {
  /** The point the name stands for, when a single one is. */
  readonly point: P | null;
  /** The points the name fits: the one found, or those it does not tell apart. */
  readonly candidates: readonly P[];
  /** What found them: the unit's code, the point's own name, or another name of its place. */
  readonly by: 'code' | 'name' | 'place' | null;
}

export interface PointMatcher<P> {
  readonly match: (name: string) => PointMatch<P>;
  readonly find: (name: string) => P | null;
}

export interface ListedUnit {
  readonly code: string;
  readonly kind: AdminUnitKind;
  /** As a point's name writes it: "xã Đại Từ", "tỉnh Thái Nguyên". */
  readonly name: string;
  readonly place: string;
  readonly bare: string;
}

// Every unit and province of a list by code, with its places; worked out once per list read.
const unitsOfCatalog = new WeakMap<Catalog, ReadonlyMap<string, ListedUnit>>();
function listedUnits(catalog: Catalog): ReadonlyMap<string, ListedUnit> {
  let units = unitsOfCatalog.get(catalog);
  if (!units) {
    const map = new Map<string, ListedUnit>();
    const add = (code: string, kind: AdminUnitKind, shortName: string) => {
      const name = `${adminUnitKindWord(kind)} ${shortName}`;
      map.set(code, { code, kind, name, place: pointPlaceKey(name), bare: barePlaceKey(name) });
    };
    for (const province of catalog.provinces) {
      add(province.code, province.kind, province.shortName);
      for (const unit of province.units) add(unit.code, unit.kind, unit.shortName);
    }
    unitsOfCatalog.set(catalog, (units = map));
  }
  return units;
}

/** The unit of the administrative list a code is, or null. */
export function listedUnit(ctx: ServiceContext, code: string): ListedUnit | null {
  return listedUnits(adminCatalog(ctx)).get(code) ?? null;
}

function addTo<P>(map: Map<string, P[]>, key: string, point: P): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [point]);
  else if (!list.includes(point)) list.push(point);
}

/**
 * `points`: where the name is looked for (the directory, or a conference's points). `preferred`
 * settles a name that fits several: the one point of them that passes it is taken (the
 * conference's own "xã Tân Lập" among the communes of that name in other provinces).
 */
export function pointMatcher<P extends MatchablePoint>(
  ctx: ServiceContext,
  points: readonly P[],
  preferred?: (point: P) => boolean,
): PointMatcher<P> {
  // The list is read only when a point or a name carries a code.
  let units: ReadonlyMap<string, ListedUnit> | null = null;
  const unitOf = (code: string) => (units ??= listedUnits(adminCatalog(ctx))).get(code);
  // A code written in a text counts when it is a unit's of the list ("Hội trường 10001" is a name).
  const listedCodeIn = (text: string) => {
    const code = unitCodeIn(text);
    return code !== null && unitOf(code) ? code : null;
  };
  const codes = new Map<P, string | null>();
  const codeOf = (p: P) => codes.get(p) ?? null;
  const byCode = new Map<string, P[]>();
  const byKey = new Map<string, P[]>();
  const byExpanded = new Map<string, P[]>();
  const byPlace = new Map<string, P[]>();
  const byBare = new Map<string, P[]>();
  for (const p of points) {
    const inName = listedCodeIn(p.name);
    const name = inName ? withoutUnitCode(p.name) : p.name;
    addTo(byKey, bridgePointKey(name), p);
    addTo(byExpanded, expandedPointKey(name), p);
    addTo(byPlace, pointPlaceKey(name), p);
    addTo(byBare, barePlaceKey(name), p);
    const code = p.unitCode ?? inName;
    if (code === null) continue;
    codes.set(p, code);
    addTo(byCode, code, p);
    const unit = unitOf(code);
    if (unit) {
      addTo(byPlace, unit.place, p);
      addTo(byBare, unit.bare, p);
    }
  }

  const none: PointMatch<P> = { point: null, candidates: [], by: null };
  const settled = (candidates: readonly P[], by: PointMatch<P>['by']): PointMatch<P> => {
    if (candidates.length === 1) return { point: candidates[0], candidates, by };
    const mine = preferred ? candidates.filter(preferred) : [];
    return { point: mine.length === 1 ? mine[0] : null, candidates, by };
  };

  function match(written: string): PointMatch<P> {
    const code = unitCodeIn(written);
    const coded = code === null ? undefined : byCode.get(code);
    // Points of one code are one unit: the first is taken, as for two points of one name.
    if (coded) return { point: coded[0], candidates: coded, by: 'code' };
    // A unit's code no point carries yet: the unit's name from the list when nothing else is
    // written, and never a point of another unit. A number that is no unit's code ("Hội trường
    // 10001") is a word of the name.
    const listed = code === null ? undefined : unitOf(code);
    const rest = listed ? withoutUnitCode(written) : written;
    const name = bridgePointKey(rest) === '' && listed ? listed.name : rest;
    if (bridgePointKey(name) === '') return none;
    const fits = (list: readonly P[] | undefined) => (listed ? list?.filter((p) => codeOf(p) === null) : list);
    const place = pointPlaceKey(name);
    // A name without a kind ("Điểm cầu Đại Từ") may be the commune or the old district.
    const samePlace = fits(placeHasKind(place) ? byPlace.get(place) : byBare.get(place)) ?? [];
    const named = [fits(byKey.get(bridgePointKey(name))), fits(byExpanded.get(expandedPointKey(name)))].find(
      (list) => list !== undefined && list.length > 0,
    );
    if (named) {
      const unitsNamed = new Set(named.map(codeOf));
      const [only] = unitsNamed;
      // The same name in two provinces, or one unit's point beside another unit's of that place:
      // the name alone does not say which.
      const rivals = only !== null && samePlace.some((p) => codeOf(p) !== null && codeOf(p) !== only) ? samePlace : [];
      if (unitsNamed.size === 1 && rivals.length === 0) return { point: named[0], candidates: named, by: 'name' };
      return settled([...new Set([...named, ...rivals])], 'name');
    }
    return samePlace.length > 0 ? settled(samePlace, 'place') : none;
  }

  return { match, find: (name) => match(name).point };
}
