// Starts a worker whose entry is TypeScript, for code run from source (the CLI under tsx,
// the tests). Built code starts its .js entries directly and never loads this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
