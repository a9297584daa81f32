import type Database from 'better-sqlite3';
import type { ReaderOptions } from '../import/run-parse';
import type { Notice } from '../../shared/app/app-types';

/** Settings of the running app that some services need; how imported files are read among them. */
export interface ServiceOptions extends ReaderOptions {
  /** Where the open database is, and where its backups go (backups and restore). */
  readonly dbPath?: string;
  readonly backupDir?: string;
  /** better-sqlite3 built for another runtime, for the backups' own connections. */
  readonly nativeBinding?: string;
  /** The built-in administrative list where the packaged app keeps it; found beside the code otherwise. */
  readonly adminUnitsFile?: string;
  /** The running app's version, and what its opening of the database has to tell (app.info). */
  readonly version?: string;
  readonly notices?: readonly Notice[];
}

/** What every service function gets: the open database and a way to report progress. */
export interface ServiceContext extends ServiceOptions {
  readonly db: Database.Database;
  /** Reports how far a long call has got; a no-op where nobody is watching. */
  readonly progress: (done: number, total: number) => void;
  /**
   * Runs work that does not touch the database (reading a file in its own process) while other
   * calls go on; the call then waits for its turn again. Absent, the work just runs.
   */
  readonly outsideQueue?: <T>(work: () => Promise<T>) => Promise<T>;
}

/** `work` done outside the calls' order where the dispatcher offers it (see ServiceContext). */
export function outsideQueue<T>(ctx: ServiceContext, work: () => Promise<T>): Promise<T> {
  return ctx.outsideQueue ? ctx.outsideQueue(work) : work();
}

/** SQL fragment for "id in this list", bound to one JSON array parameter (no length limit). */
export const inJson = `IN (SELECT value FROM json_each(?))`;

export function nowIso(): string {
  return new Date().toISOString();
}
