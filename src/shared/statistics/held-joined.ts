// The period's conferences the office held, and those it joined from the secretary's own point
// (counted as that point and those under it): the screen, the report and `report period` all
// say both.
import type { PeriodConference } from './statistics-types';

export function heldAndJoined(conferences: readonly Pick<PeriodConference, 'joinedAt'>[]): {
  readonly held: number;
  readonly joined: number;
} {
  const joined = conferences.filter((c) => c.joinedAt !== null).length;
  return { held: conferences.length - joined, joined };
}
