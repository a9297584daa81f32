// The contract's calls for the history of a record: its changes listed, and one old value put
// back through the record's own update. Spread into the one contract (../contract.ts).
import { z } from 'zod';
import { call, id } from '../contract-fields';
import { historyEntities } from './vocabularies';
import type { HistoryEntry, PutBack } from './history-types';

export const historyCalls = {
  /** The record's changes, newest first. */
  'history.list': call<readonly HistoryEntry[]>()(z.strictObject({ entity: z.enum(historyEntities.codes), id })),
  'history.putBack': call<PutBack>()(z.strictObject({ entryId: id })),
} as const;
