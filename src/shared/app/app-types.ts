// What app.info answers: the running app, its database and what its opening has to tell.

export interface Notice {
  readonly level: 'info' | 'warning' | 'error';
  readonly message: string;
  /** The data was damaged and a good backup exists: the window links to the restore. */
  readonly offersRestore?: boolean;
}

export interface AppInfo {
  readonly version: string;
  readonly schemaVersion: number;
  readonly dbPath: string;
  readonly notices: readonly Notice[];
}
