// When points dropped and came back on the day of the conference, from the connection history:
// a problem opens an interruption, the next "connected" closes it.
import { localClock, localIsoDate } from '../../shared/text/vietnamese-dates';
import type { ServiceContext } from '../services/context';
import { connectionEventsAround } from './queries';

export interface Interruption {
  readonly pointName: string;
  /** "14:05", in the computer's time zone. */
  readonly dropped: string;
  /** null: not connected again. */
  readonly restored: string | null;
}

export function interruptionsOn(ctx: ServiceContext, conferenceId: number, isoDate: string): Interruption[] {
  // A day either side of the date in UTC, then kept if on the date in local time.
  const events = connectionEventsAround(ctx.db, conferenceId, isoDate);
  const open = new Map<number, { pointName: string; dropped: string; restored: string | null }>();
  const found: Interruption[] = [];
  for (const e of events) {
    const at = new Date(e.at);
    if (localIsoDate(at) !== isoDate) continue;
    const current = open.get(e.point);
    if (e.status === 'su_co' && !current) {
      const interruption = { pointName: e.name, dropped: localClock(at), restored: null };
      open.set(e.point, interruption);
      found.push(interruption);
    } else if (e.status === 'da_ket_noi' && current) {
      current.restored = localClock(at);
      open.delete(e.point);
    }
  }
  return found;
}
