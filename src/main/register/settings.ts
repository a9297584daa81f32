// The register's setting: the day the Party committee's term began, from which its numbers
// run again from 01 (state numbers run over the calendar year, fixed by NĐ 30/2020, so they
// need none). Kept in app_settings.
import type { RegisterSettings } from '../../shared/register/register';
import type { ServiceContext } from '../services/context';
import { settingValue, storeSetting } from './queries';

const termStartKey = 'register.partyTermStart';

/**
 * The congresses of the 2025–2030 term elected the committees from the communes (by August
 * 2025) to the provinces (September–October 2025); a provincial committee, the body the app's
 * secretary most often numbers for, had its term begun by 1 October 2025. A body whose
 * congress fell on another day sets that day.
 */
export const defaultPartyTermStart = '2025-10-01';

export function registerSettings(ctx: ServiceContext): RegisterSettings {
  const stored = settingValue(ctx.db, termStartKey);
  return { partyTermStart: stored ?? defaultPartyTermStart };
}

export function storeTermStart(ctx: ServiceContext, partyTermStart: string): void {
  storeSetting(ctx.db, termStartKey, partyTermStart);
}
