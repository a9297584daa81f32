import { foldForSearch } from '../../shared/text/vietnamese';
import type { ServiceContext } from '../services/context';
import { attendeeSearchTextSetter, searchFieldsOfPersonAttendees } from './queries';

/** What a search inside a conference looks at: the name, the position and unit as written. */
export function attendeeSearchText(
  fullName: string,
  position: string | null,
  unit: string | null,
  phone: string | null,
): string {
  return foldForSearch([fullName, position, unit, phone].filter(Boolean).join(' '));
}

export function refreshAttendeeSearchTextForPerson(ctx: ServiceContext, personId: number): void {
  const setSearchText = attendeeSearchTextSetter(ctx.db);
  for (const r of searchFieldsOfPersonAttendees(ctx.db, personId))
    setSearchText(r.id, attendeeSearchText(r.fullName, r.position, r.unit, r.phone));
}
