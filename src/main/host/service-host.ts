import type { CallName, Progress } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';

/** Where the services run: in this thread (CLI, tests) or in a worker (app, harness). */
export interface ServiceHost {
  call(name: unknown, input: unknown, onProgress?: (progress: Progress) => void): Promise<Envelope<unknown>>;
  close(): Promise<void>;
}

export interface HostOptions {
  readonly dbPath: string;
  readonly backupDir?: string;
  /** better-sqlite3 built for Electron's ABI, when the tests' copy is built for Node's. */
  readonly nativeBinding?: string;
  /** The packaged app's copy of the administrative list (its resources folder). */
  readonly adminUnitsFile?: string;
  readonly version: string;
  /** Built entry of the import-reading process (href); run from source when absent. */
  readonly parseWorker?: string;
  /** Set by the worker host when the main thread starts the reading processes (Electron's). */
  readonly readersInMainThread?: boolean;
  /** Off only where a run measures time (the bench): the first opening of a day backs up the file. */
  readonly dailyBackup?: boolean;
}

export type ProgressSink = (name: CallName, done: number, total: number) => void;
