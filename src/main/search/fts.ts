// Search by words typed without diacritics, in any order: the words already typed match
// whole words, the last one (still being typed) the start of a word, so "nguyen van h" and
// "hung nguyen" both find "Nguyễn Văn Hùng". Rows indexed for search are found through the
// FTS index; rows written since (the backlog, see search-index.ts) are read directly.
import { searchTerms } from '../../shared/text/vietnamese';
import type { ServiceContext } from '../services/context';
import { indexedUpTo, type SearchTable } from './search-index';
import { cached } from '../db/statements';

/** More matches than this are not listed: the secretary is asked to type more instead. */
export const maxSearchHits = 2000;

export interface Hits {
  readonly ids: number[];
  readonly truncated: boolean;
}

const none: Hits = { ids: [], truncated: false };

/**
 * Ids of the rows of `table` (alias a) that match the typed words and the extra conditions,
 * at most `limit` of them. The index drives the lookup, so the cost follows the number of
 * matches, not the size of the table. Terms are folded to letters and digits, so quoting
 * them (FTS) or putting them between spaces (LIKE) is safe for any input.
 */
export function searchHits(
  ctx: ServiceContext,
  table: SearchTable,
  query: string,
  where: string,
  params: Record<string, unknown>,
  limit = maxSearchHits,
): Hits {
  const terms = searchTerms(query);
  if (terms.length === 0) return none;
  const last = terms.length - 1;
  const match = terms.map((t, i) => (i === last ? `"${t}"*` : `"${t}"`)).join(' AND ');
  const extra = where ? `AND ${where}` : '';
  const indexed = cached(
    ctx.db,
    `SELECT a.id FROM ${table}_fts f CROSS JOIN ${table} a ON a.id = f.rowid WHERE ${table}_fts MATCH ` +
      `@match ${extra} LIMIT ${limit + 1}`,
  )
    .pluck()
    .all({ ...params, match }) as number[];
  const room = limit + 1 - indexed.length;
  const likes = Object.fromEntries(terms.map((t, i) => [`term${i}`, i === last ? `% ${t}%` : `% ${t} %`]));
  const backlog =
    room > 0
      ? (cached(ctx.db, `${backlogQuery(table, terms.length, extra)} LIMIT ${room}`)
          .pluck()
          .all({ ...params, ...likes, mark: indexedUpTo(ctx.db, table) }) as number[])
      : [];
  const ids = [...indexed, ...backlog];
  return { ids: ids.slice(0, limit), truncated: ids.length > limit };
}

/**
 * The rows above the index's mark that contain every term (@term0…). NOT INDEXED: the
 * backlog is found by its rowid range; an index on the extra conditions (the conference)
 * would read the whole conference instead.
 */
export function backlogQuery(table: SearchTable, termCount: number, extra: string): string {
  const likes = Array.from({ length: termCount }, (_, i) => `AND (' ' || a.search_text || ' ') LIKE @term${i}`).join(
    ' ',
  );
  return `SELECT a.id FROM ${table} a NOT INDEXED WHERE a.id > @mark ${likes} ${extra}`;
}
