import { searchTerms } from '../../shared/text/vietnamese';
import type { ServiceContext } from './context';

/**
 * An FTS5 query for words typed without diacritics, in any order: the words already typed
 * must match whole words, the last one (still being typed) the start of a word, so
 * "nguyen van h" and "hung nguyen" both find "Nguyễn Văn Hùng". Whole words let the index
 * skip through long lists instead of merging every word that shares a prefix. Terms are
 * folded to letters and digits, so quoting them is enough to make any input safe.
 */
export function ftsMatch(query: string): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  return terms.map((t, i) => (i === terms.length - 1 ? `"${t}"*` : `"${t}"`)).join(' AND ');
}

/** More matches than this are not listed: the secretary is asked to type more instead. */
export const maxSearchHits = 2000;

/**
 * Ids of the rows of `table` (alias a) that match the search and the extra conditions, at
 * most maxSearchHits of them. The index drives the lookup, so the cost follows the number of
 * matches, not the size of the table.
 */
export function searchHits(
  ctx: ServiceContext,
  table: 'people' | 'attendees',
  match: string,
  where: string,
  params: Record<string, unknown>,
): { ids: number[]; truncated: boolean } {
  const ids = ctx.db
    .prepare(
      `SELECT a.id FROM ${table}_fts f CROSS JOIN ${table} a ON a.id = f.rowid
       WHERE ${table}_fts MATCH @match ${where ? `AND ${where}` : ''} LIMIT ${maxSearchHits + 1}`,
    )
    .pluck()
    .all({ ...params, match }) as number[];
  return { ids: ids.slice(0, maxSearchHits), truncated: ids.length > maxSearchHits };
}
