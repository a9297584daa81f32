// The contract's call for the search box across people, bridge points and conferences. Spread
// into the one contract (../contract.ts).
import { z } from 'zod';
import { call, limit, query } from '../contract-fields';
import type { SearchResults } from './search-types';

export const searchCalls = {
  'search.global': call<SearchResults>()(z.strictObject({ query, limit: limit(50, 8) })),
} as const;
