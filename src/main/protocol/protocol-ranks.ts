// The stored protocol keys of attendees beyond the role: the rank of the position by the list
// of titles in Cài đặt, and the tier of the point's level. Every write that can change them
// ends here; the list's own calls (get, set, reset) too.
import type Database from 'better-sqlite3';
import { levelTier } from '../../shared/conference-day/figures';
import { builtInPositionRanks } from '../../shared/protocol/position-ranks';
import type { PositionRanks } from '../../shared/protocol/protocol-calls';
import { forgetPositionRanker, positionRankerOf, storedPositionRanks } from '../db/protocol-functions';
import type { ServiceContext } from '../services/context';
import {
  levelLabelReader,
  replacePositionRanks,
  writeFreshProtocolKeys,
  type ProtocolKeyScope,
  type ProtocolKeyScopes,
} from './queries';

/** Works the keys out again for the attendees of `scope`, writing only those that change; returns how many did. */
export function refreshProtocolKeys<S extends ProtocolKeyScope>(
  db: Database.Database,
  scope: S,
  ...params: ProtocolKeyScopes[S]
): number {
  positionRankerOf(db);
  return writeFreshProtocolKeys(db, scope, params);
}

/**
 * The keys of attendees about to be inserted, worked out in the process instead of by a
 * query per row: `position` is the one shown for the attendee (theirs, else the person's).
 */
export function protocolKeysForInsert(db: Database.Database): {
  positionRank: (position: string | null) => number;
  levelTier: (conferencePointId: number | null) => number;
} {
  const tiers = new Map<number, number>();
  const label = levelLabelReader(db);
  return {
    positionRank: positionRankerOf(db),
    levelTier: (point) => {
      if (point === null) return levelTier(null);
      let tier = tiers.get(point);
      if (tier === undefined) {
        tier = levelTier(label(point) ?? null);
        tiers.set(point, tier);
      }
      return tier;
    },
  };
}

function ranksNow(db: Database.Database, reordered = 0): PositionRanks {
  const patterns = storedPositionRanks(db);
  const builtIn =
    patterns.length === builtInPositionRanks.length && patterns.every((p, i) => p === builtInPositionRanks[i]);
  return { patterns, builtIn, reordered };
}

export function getPositionRanks(ctx: ServiceContext): PositionRanks {
  return ranksNow(ctx.db);
}

/** Stores the list and ranks every attendee by it, in one transaction. */
export function setPositionRanks(
  ctx: ServiceContext,
  { patterns }: { readonly patterns: readonly string[] },
): PositionRanks {
  const { db } = ctx;
  let reordered = 0;
  try {
    db.transaction(() => {
      replacePositionRanks(db, patterns);
      forgetPositionRanker(db);
      reordered = refreshProtocolKeys(db, 'all');
    })();
  } finally {
    // Read again from what was committed, or from what a rollback left.
    forgetPositionRanker(db);
  }
  return ranksNow(db, reordered);
}

/** Back to the order the app ships with (the Quy định's, as shared/protocol/position-ranks.ts lists it). */
export function resetPositionRanks(ctx: ServiceContext): PositionRanks {
  return setPositionRanks(ctx, { patterns: builtInPositionRanks });
}
