import type { Migration } from '../migration';
import { migration0001 } from './0001-initial';

/** In order; the last one's version is the schema this build of the app writes. */
export const migrations: readonly Migration[] = [migration0001];
export const latestSchemaVersion = migrations.length;
