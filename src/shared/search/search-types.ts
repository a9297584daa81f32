// What the search box finds across the data.
import type { BridgePoint } from '../bridge-points/bridge-point-types';
import type { ConferenceSummary } from '../conferences/conference-types';
import type { Person } from '../people/people-types';

export interface SearchResults {
  readonly people: readonly Person[];
  readonly bridgePoints: readonly BridgePoint[];
  readonly conferences: readonly ConferenceSummary[];
}
