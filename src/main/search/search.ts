// One box that finds anyone, any bridge point or any conference, typed without diacritics.
import type { SearchResults } from '../../shared/search/search-types';
import { foldForSearch } from '../../shared/text/vietnamese';
import type { ServiceContext } from '../services/context';
import { searchHits } from './fts';
import { searchBridgePoints } from '../bridge-points/bridge-points';
import { searchConferences } from '../conferences/conferences';
import type { ServiceInput } from '../../shared/contract';
import { rankedPersonRowsOf, toPerson } from '../people/queries';

// Candidates read from the index before ranking; enough to rank a page of hits well.
const candidates = 200;

export function searchPeople(ctx: ServiceContext, query: string, limit: number) {
  const { ids } = searchHits(ctx, 'people', query, '', {}, candidates);
  const rows = rankedPersonRowsOf(ctx.db, ids);
  const folded = foldForSearch(query);
  // Names that read as typed come first, then the rest in Vietnamese name order.
  const rank = (r: { name_folded: string }) =>
    r.name_folded === folded ? 0 : r.name_folded.startsWith(folded) ? 1 : r.name_folded.includes(folded) ? 2 : 3;
  return rows
    .sort((a, b) => rank(a) - rank(b) || (a.sort_key < b.sort_key ? -1 : a.sort_key > b.sort_key ? 1 : 0))
    .slice(0, limit)
    .map(toPerson);
}

export function searchEverything(ctx: ServiceContext, { query, limit }: ServiceInput<'search.global'>): SearchResults {
  return {
    people: searchPeople(ctx, query, limit),
    bridgePoints: searchBridgePoints(ctx, { query, limit }),
    conferences: searchConferences(ctx, query, limit),
  };
}
