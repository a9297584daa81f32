// The contract's calls for conferences: listed, read, created, changed, cloned and removed.
// Spread into the one contract (../contract.ts).
import { z } from 'zod';
import { conferenceKinds, sessions } from './vocabularies';
import { call, date, id, optionalText, partial, query, requiredText, time } from '../contract-fields';
import type { Conference, ConferenceSummary } from './conference-types';
import type { Removal } from '../types';

/** A person picked from the directory, or typed in place as a new one. */
const personRef = z.union([
  z.strictObject({ personId: id, position: optionalText(1000).optional() }),
  z.strictObject({ fullName: requiredText(200, 'Hãy nhập họ và tên.'), position: optionalText(1000).optional() }),
]);

export const conferenceFields = {
  name: requiredText(1000, 'Hãy nhập tên hội nghị.'),
  kind: z.enum(conferenceKinds.codes),
  date,
  session: z.enum(sessions.codes),
  startTime: time,
  hostBody: optionalText(500),
  mainBridgePointId: id.nullable(),
  chair: personRef.nullable(),
};

export const conferenceCalls = {
  'conferences.list': call<readonly ConferenceSummary[]>()(
    z.strictObject({
      query: query.optional(),
      kind: z.enum(conferenceKinds.codes).optional(),
      year: z.number().int().min(1900).max(2200).optional(),
    }),
  ),
  'conferences.get': call<Conference>()(z.strictObject({ id })),
  'conferences.create': call<Conference>()(
    z.strictObject({
      ...conferenceFields,
      hostBody: conferenceFields.hostBody.optional(),
      mainBridgePointId: conferenceFields.mainBridgePointId.optional(),
      chair: conferenceFields.chair.optional(),
    }),
  ),
  'conferences.update': call<Conference>()(
    z.strictObject({ id, ...partial(conferenceFields), ownPointId: id.nullable().optional() }),
  ),
  'conferences.clone': call<Conference>()(
    z.strictObject({ id, name: conferenceFields.name.optional(), date: date.optional() }),
  ),
  'conferences.remove': call<Removal>()(z.strictObject({ id })),
} as const;
