import { foldForSearch } from '../../shared/text/vietnamese';
import type { ServiceContext } from '../services/context';
import { cached } from '../db/statements';

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
  const rows = cached(
    ctx.db,
    `SELECT a.id, p.full_name, p.phone, a.position, a.unit FROM attendees a JOIN people p ON p.id = ` +
      `a.person_id WHERE a.person_id = ?`,
  ).all(personId) as {
    id: number;
    full_name: string;
    phone: string | null;
    position: string | null;
    unit: string | null;
  }[];
  const update = cached(ctx.db, `UPDATE attendees SET search_text = ? WHERE id = ?`);
  for (const r of rows) update.run(attendeeSearchText(r.full_name, r.position, r.unit, r.phone), r.id);
}
