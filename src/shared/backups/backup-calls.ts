// The contract's calls for the backups in the data folder. Spread into the one contract
// (../contract.ts).
import { z } from 'zod';
import { call, doorCall } from '../contract-fields';
import type { BackupInfo } from './backups';

export const backupCalls = {
  /** The backups in the data folder, newest first, with what each holds. */
  'backups.list': call<readonly BackupInfo[]>()(z.strictObject({})),
  /** A backup taken now into the data folder (backups.saveNow also copies it where she chooses). */
  'backups.take': call<{ readonly file: string }>()(z.strictObject({})),
  /** Door only: a backup taken now and saved where the secretary chooses. */
  'backups.saveNow': doorCall<{ readonly path: string; readonly bytes: number }>()('save', z.strictObject({})),
  /** Puts the named backup in place of the data, after backing up the present state. */
  'backups.restore': call<{ readonly message: string }>()(z.strictObject({ name: z.string().max(200) })),
} as const;
