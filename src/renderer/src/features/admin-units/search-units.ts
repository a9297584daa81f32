// The units a typed name or code finds, for the pickers that link a point to its unit.
import type { AdminUnitEntry } from '../../../../shared/admin-units/admin-units';
import { call } from '../../lib/api';

export const searchUnits = (query: string, limit = 8): Promise<readonly AdminUnitEntry[]> =>
  call('adminUnits.units', { query, limit });
