// The contract's calls for the directory of people. Spread into the one contract (../contract.ts).
import { z } from 'zod';
import { genders, peopleOrders } from './vocabularies';
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
import type { Person } from './people-types';
import type { Page, Removal } from '../types';

export const personFields = {
  fullName: requiredText(200, 'Hãy nhập họ và tên.'),
  gender: z.enum(genders.codes).nullable(),
  birthYear,
  phone,
  email,
  position: optionalText(1000),
  unit: optionalText(500),
  note: noteText,
};

export const peopleCalls = {
  'people.list': call<Page<Person>>()(
    z.strictObject({
      query: query.optional(),
      order: z.enum(peopleOrders.codes).default('name'),
      offset,
      limit: limit(500, 100),
    }),
  ),
  'people.get': call<Person>()(z.strictObject({ id })),
  'people.create': call<Person>()(z.strictObject({ ...partial(personFields), fullName: personFields.fullName })),
  'people.update': call<Person>()(z.strictObject({ id, ...partial(personFields) })),
  'people.remove': call<Removal>()(z.strictObject({ ids })),
} as const;
