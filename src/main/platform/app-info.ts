// What the window shows about the running app: its version, the database it has open and
// what happened on opening it (a damaged file moved aside, a daily backup that failed).
import type { AppInfo } from '../../shared/app/app-types';
import { latestSchemaVersion } from '../db/migrations';
import type { ServiceContext } from '../services/context';

export function appInfo(ctx: ServiceContext): AppInfo {
  return {
    version: ctx.version ?? '',
    schemaVersion: latestSchemaVersion,
    dbPath: ctx.dbPath ?? '',
    notices: ctx.notices ?? [],
  };
}
