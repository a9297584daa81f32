// The contract's calls for the bridge points attached to a conference. Spread into the one
// contract (../contract.ts).
import { z } from 'zod';
import { connectionStatuses } from '../conference-day/vocabularies';
import { call, count, id, ids, optionalText } from '../contract-fields';
import type { ConferenceBridgePoint } from './bridge-point-types';
import type { Removal } from '../types';

export const conferenceBridgePointCalls = {
  'conferenceBridgePoints.list': call<readonly ConferenceBridgePoint[]>()(z.strictObject({ conferenceId: id })),
  'conferenceBridgePoints.get': call<ConferenceBridgePoint>()(z.strictObject({ id })),
  'conferenceBridgePoints.attach': call<{ attached: number }>()(
    z.strictObject({ conferenceId: id, bridgePointIds: ids, withDescendants: z.boolean().default(false) }),
  ),
  'conferenceBridgePoints.update': call<ConferenceBridgePoint>()(
    z.strictObject({
      id,
      presidingName: optionalText(200).optional(),
      presidingPosition: optionalText(1000).optional(),
      connectionStatus: z.enum(connectionStatuses.codes).optional(),
      connectionNote: optionalText(1000).optional(),
      invitedCount: count.optional(),
      presentCount: count.optional(),
    }),
  ),
  'conferenceBridgePoints.detach': call<Removal>()(z.strictObject({ ids })),
} as const;
