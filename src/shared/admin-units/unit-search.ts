// Finding units by what a secretary types, without diacritics: each word is the start of a word
// of the unit's name or code ("dai tu", "0583"), or of its province's name, or its kind written
// whole ("xa", "phuong": "phu" is not "phường"). One rule for the service's search and the
// dialog's filter, so that a unit the filter shows is one the search finds.
import { adminUnitKinds, type AdminUnit } from './admin-units';
import { foldForSearch } from '../text/vietnamese';

/** A unit's words, folded once. */
export interface FoldedUnit {
  readonly kind: string;
  readonly own: string;
  readonly province: string;
}

export function foldUnit(unit: Pick<AdminUnit, 'kind' | 'shortName' | 'code' | 'provinceName'>): FoldedUnit {
  return {
    kind: ` ${foldForSearch(adminUnitKinds.label(unit.kind))} `,
    own: ` ${foldForSearch(`${unit.shortName} ${unit.code}`)}`,
    province: ` ${foldForSearch(unit.provinceName)}`,
  };
}

export const queryWords = (query: string): string[] => foldForSearch(query).split(' ').filter(Boolean);

/**
 * How well a unit answers the words: 0 its name holds them in order, 1 each is in its name,
 * code or kind, 2 some are in its province's name; null no match.
 */
export function unitRank(unit: FoldedUnit, words: readonly string[]): number | null {
  if (words.length === 0) return 0;
  let inProvince = false;
  const named: string[] = [];
  for (const word of words) {
    if (unit.own.includes(` ${word}`)) named.push(word);
    else if (unit.kind.includes(` ${word} `)) continue;
    else if (unit.province.includes(` ${word}`)) inProvince = true;
    else return null;
  }
  if (inProvince) return 2;
  return named.length > 0 && unit.own.includes(` ${named.join(' ')}`) ? 0 : 1;
}

/** A name matched word by word the same way ("thai nguyen", "ho chi"). */
export function nameMatches(name: string, words: readonly string[]): boolean {
  const folded = ` ${foldForSearch(name)}`;
  return words.every((word) => folded.includes(` ${word}`));
}
