import type { Migration } from '../migration';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-imports';

/** In order; the last one's version is the schema this build of the app writes. */
export const migrations: readonly Migration[] = [migration0001, migration0002];
export const latestSchemaVersion = migrations.length;
