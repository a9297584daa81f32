// The one contract between the renderer and the data: every call's name, the runtime schema
// of its input (which also cleans the text: NFC, single spaces) and the type of its result,
// each capability's calls in its own folder (conferences/conference-calls.ts, …) and put
// together here. The preload, the IPC handlers, the loopback bridge and the CLI are all built from this.
import type { z } from 'zod';
import type { Door } from './contract-fields';
import { appCalls } from './app/app-calls';
import { demoCalls } from './demo/demo-calls';
import { searchCalls } from './search/search-calls';
import { conferenceCalls } from './conferences/conference-calls';
import { bridgePointCalls } from './bridge-points/bridge-point-calls';
import { peopleCalls } from './people/people-calls';
import { conferenceBridgePointCalls } from './bridge-points/conference-bridge-point-calls';
import { attendeeCalls } from './attendees/attendee-calls';
import { undoCalls } from './undo/undo-calls';
import { backupCalls } from './backups/backup-calls';
import { importCalls } from './import/import-calls';
import { draftingCalls } from './drafting/drafting-calls';
import { taskCalls } from './drafting/task-calls';
import { profileCalls } from './documents/profile-calls';
import { exportCalls } from './documents/export-calls';
import { sheetCalls } from './sheets/sheet-calls';
import { dayCalls } from './conference-day/day-calls';
import { adminUnitCalls } from './admin-units/admin-unit-calls';
import { protocolCalls } from './protocol/protocol-calls';
import { registerCalls } from './register/register-calls';
import { statisticsCalls } from './statistics/statistics-calls';
import { historyCalls } from './history/history-calls';
import { settingsCalls } from './settings/settings-calls';
import { statisticsExportCalls } from './statistics/statistics-export-calls';

export const contract = {
  ...appCalls,
  ...demoCalls,
  ...searchCalls,
  ...conferenceCalls,
  ...bridgePointCalls,
  ...peopleCalls,
  ...conferenceBridgePointCalls,
  ...attendeeCalls,
  ...undoCalls,
  ...backupCalls,
  ...importCalls,
  ...draftingCalls,
  ...taskCalls,
  ...profileCalls,
  ...exportCalls,
  ...sheetCalls,
  ...dayCalls,
  ...adminUnitCalls,
  ...protocolCalls,
  ...registerCalls,
  ...statisticsCalls,
  ...historyCalls,
  ...settingsCalls,
  ...statisticsExportCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** What a caller passes (before defaults and cleaning). */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
/** What a service receives (validated, cleaned, defaults filled). */
export type ServiceInput<N extends CallName> = z.output<Contract[N]['input']>;
export type CallResult<N extends CallName> = Contract[N]['result'];
/** The calls marked for a door (of one kind, or of any): only a door serves them, never the services. */
export type DoorCallName<D extends Door = Door> = {
  [N in CallName]: Contract[N]['door'] extends D ? N : never;
}[CallName];
/** The calls the services answer. */
export type ServiceCallName = Exclude<CallName, DoorCallName>;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The door that serves the call, by its mark in the contract; undefined for the services' calls. */
export function doorOf(name: CallName): Door | undefined {
  return contract[name].door;
}

/** Calls that can take long on big data; the UI shows progress for them. */
export interface Progress {
  readonly call: CallName;
  readonly done: number;
  readonly total: number;
}
