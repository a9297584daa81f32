// The contract's calls for a conference's attendees: listed, added (picked, typed or pasted),
// edited, numbered and removed. Spread into the one contract (../contract.ts).
import { z } from 'zod';
import { attendanceStatuses, attendeeOrders, attendeeRoles } from './vocabularies';
import {
  birthYear,
  call,
  email,
  id,
  ids,
  limit,
  noteText,
  offset,
  optionalText,
  partial,
  phone,
  query,
  requiredText,
} from '../contract-fields';
import { personFields } from '../people/people-calls';
import type { AddedAttendees, Attendee } from './attendee-types';
import type { Page, Removal } from '../types';

const attendeeFields = {
  position: optionalText(1000),
  unit: optionalText(500),
  conferenceBridgePointId: id.nullable(),
  role: z.enum(attendeeRoles.codes),
  status: z.enum(attendanceStatuses.codes),
  note: noteText,
};

/** One attendee to add: an existing person, or the details of one typed or pasted in. */
const newAttendee = z
  .strictObject({
    personId: id.optional(),
    fullName: requiredText(200, 'Hãy nhập họ và tên.').optional(),
    phone: phone.optional(),
    email: email.optional(),
    gender: personFields.gender.optional(),
    birthYear: birthYear.optional(),
    /** A bridge point named in pasted text, matched to the conference's points by meaning. */
    bridgePointName: optionalText(500).optional(),
    ...partial(attendeeFields),
  })
  .refine((row) => row.personId !== undefined || row.fullName !== undefined, {
    message: 'Mỗi đại biểu cần họ và tên hoặc một người trong danh bạ.',
    path: ['fullName'],
  });

export const attendeeCalls = {
  'attendees.list': call<Page<Attendee>>()(
    z.strictObject({
      conferenceId: id,
      query: query.optional(),
      conferenceBridgePointId: z.union([id, z.literal('none')]).optional(),
      role: z.enum(attendeeRoles.codes).optional(),
      status: z.enum(attendanceStatuses.codes).optional(),
      order: z.enum(attendeeOrders.codes).default('protocol'),
      offset,
      limit: limit(1000, 100),
    }),
  ),
  'attendees.get': call<Attendee>()(z.strictObject({ id })),
  'attendees.add': call<AddedAttendees>()(
    z.strictObject({ conferenceId: id, rows: z.array(newAttendee).min(1).max(200_000) }),
  ),
  'attendees.update': call<Attendee>()(
    z.strictObject({
      id,
      fullName: personFields.fullName.optional(),
      phone: phone.optional(),
      protocolOrder: z.number().int().min(1).max(10_000_000).nullable().optional(),
      ...partial(attendeeFields),
    }),
  ),
  'attendees.assignProtocolOrder': call<{ numbered: number }>()(z.strictObject({ conferenceId: id })),
  'attendees.assignFileOrder': call<{ numbered: number }>()(z.strictObject({ conferenceId: id })),
  'attendees.remove': call<Removal>()(z.strictObject({ ids })),
} as const;
