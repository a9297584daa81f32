import { searchTerms } from '../../shared/text/vietnamese';

/**
 * An FTS5 query that finds rows whose folded text has a word starting with each typed word,
 * in any order: "hung nguyen" and "nguyen van h" both find "Nguyễn Văn Hùng". Terms are
 * folded to letters and digits, so quoting them is enough to make any input safe.
 */
export function ftsMatch(query: string, column = 'text'): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  return `{${column}} : (${terms.map((t) => `"${t}"*`).join(' AND ')})`;
}
