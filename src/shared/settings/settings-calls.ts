// The contract's calls for the app's own settings that are not a capability's: the name of the
// person working, written into the history of every record they change. Spread into the one
// contract (../contract.ts).
import { z } from 'zod';
import { call, optionalText } from '../contract-fields';

export interface AppSettings {
  /** The name the history writes; the computer's user name until the secretary sets one. */
  readonly workerName: string;
  readonly defaultWorkerName: string;
}

export const settingsCalls = {
  'settings.get': call<AppSettings>()(z.strictObject({})),
  /** An empty name goes back to the computer's user name. */
  'settings.update': call<AppSettings>()(z.strictObject({ workerName: optionalText(200) })),
} as const;
