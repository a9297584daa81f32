// Which bridge point a name written elsewhere stands for: a list's point cell, a pasted
// attendee's point, a Zoom or Teams participant's display name. One matcher for the importer,
// the attendee paste and the meeting report, so that a name finds the same point everywhere.
// A point is found by its unit's code, by its own name, or by another name of the same place;
// a point with a unit code also by the unit's names in the administrative list ("xã Đại Từ",
// "Đảng ủy xã Đại Từ", "UBND xã Đại Từ", "Điểm cầu Đại Từ").
import { adminUnitKindWords } from '../../shared/admin-units/admin-units';
import {
  barePlaceKey,
  bridgePointKey,
  expandedPointKey,
  placeHasKind,
  pointPlaceKey,
  unitCodeIn,
  withoutUnitCode,
} from '../../shared/text/bridge-point-name';
import { adminCatalog, type Catalog } from './admin-units/catalog';
import type { ServiceContext } from './context';

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

interface UnitPlace {
  readonly place: string;
  readonly bare: string;
}

// The places of every unit and province of a list, by code; worked out once per list read.
const placesOfCatalog = new WeakMap<Catalog, ReadonlyMap<string, UnitPlace>>();
function unitPlaces(catalog: Catalog): ReadonlyMap<string, UnitPlace> {
  let places = placesOfCatalog.get(catalog);
  if (!places) {
    const map = new Map<string, UnitPlace>();
    for (const province of catalog.provinces) {
      const key = pointPlaceKey(`${adminUnitKindWords[province.kind]} ${province.shortName}`);
      map.set(province.code, { place: key, bare: key });
      for (const unit of province.units) {
        const name = `${adminUnitKindWords[unit.kind]} ${unit.shortName}`;
        map.set(unit.code, { place: pointPlaceKey(name), bare: barePlaceKey(name) });
      }
    }
    placesOfCatalog.set(catalog, (places = map));
  }
  return places;
}

function addTo<P>(map: Map<string, P[]>, key: string, point: P): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [point]);
  else if (!list.includes(point)) list.push(point);
}

const codeOf = (p: MatchablePoint) => p.unitCode ?? unitCodeIn(p.name);

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
  const places = points.some((p) => codeOf(p) !== null) ? unitPlaces(adminCatalog(ctx)) : null;
  const byCode = new Map<string, P[]>();
  const byKey = new Map<string, P[]>();
  const byExpanded = new Map<string, P[]>();
  const byPlace = new Map<string, P[]>();
  const byBare = new Map<string, P[]>();
  for (const p of points) {
    const name = withoutUnitCode(p.name);
    addTo(byKey, bridgePointKey(name), p);
    addTo(byExpanded, expandedPointKey(name), p);
    addTo(byPlace, pointPlaceKey(name), p);
    addTo(byBare, barePlaceKey(name), p);
    const code = codeOf(p);
    if (code === null) continue;
    addTo(byCode, code, p);
    const unit = places?.get(code);
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
    const name = withoutUnitCode(written);
    if (name === '') return none;
    const place = pointPlaceKey(name);
    // A name without a kind ("Điểm cầu Đại Từ") may be the commune or the old district.
    const samePlace = (placeHasKind(place) ? byPlace.get(place) : byBare.get(place)) ?? [];
    const named = byKey.get(bridgePointKey(name)) ?? byExpanded.get(expandedPointKey(name));
    if (named) {
      const codes = new Set(named.map(codeOf));
      const [only] = codes;
      // The same name in two provinces, or one unit's point beside another unit's of that place:
      // the name alone does not say which.
      const rivals = only !== null && samePlace.some((p) => codeOf(p) !== null && codeOf(p) !== only) ? samePlace : [];
      if (codes.size === 1 && rivals.length === 0) return { point: named[0], candidates: named, by: 'name' };
      return settled([...new Set([...named, ...rivals])], 'name');
    }
    return samePlace.length > 0 ? settled(samePlace, 'place') : none;
  }

  return { match, find: (name) => match(name).point };
}
