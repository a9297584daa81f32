// The contract's calls for the protocol order by position: the list of titles the secretary
// edits in Cài đặt, stored in the file; setting it (or going back to the built-in one) ranks
// every attendee again. Spread into the one contract (../contract.ts).
import { z } from 'zod';
import { call } from '../contract-fields';
import { cleanLine } from '../text/clean';
import { positionRankLimits, positionRanksProblem } from './position-ranks';

export interface PositionRanks {
  /** Highest first. */
  readonly patterns: readonly string[];
  /** Whether the list is the one the app ships with. */
  readonly builtIn: boolean;
  /** Attendees whose place changed with this list (0 when only read). */
  readonly reordered: number;
}

export const protocolCalls = {
  'protocolRanks.get': call<PositionRanks>()(z.strictObject({})),
  'protocolRanks.set': call<PositionRanks>()(
    z.strictObject({
      patterns: z
        .array(
          z
            .string()
            .max(positionRankLimits.length * 4)
            .transform(cleanLine),
        )
        .max(positionRankLimits.count * 2)
        .superRefine((patterns, ctx) => {
          const problem = positionRanksProblem(patterns);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
    }),
  ),
  'protocolRanks.reset': call<PositionRanks>()(z.strictObject({})),
} as const;
