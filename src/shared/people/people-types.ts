// Result shape of the directory's calls, a person, and the order they are listed in.
import type { CallInput } from '../contract';
import type { Gender } from './vocabularies';

export interface Person {
  readonly id: number;
  readonly fullName: string;
  readonly givenName: string;
  readonly gender: Gender | null;
  readonly birthYear: number | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly position: string | null;
  readonly unit: string | null;
  readonly note: string | null;
  readonly conferenceCount: number;
}

/** How the directory is listed, as `people.list` takes it. */
export type PeopleOrder = NonNullable<CallInput<'people.list'>['order']>;
