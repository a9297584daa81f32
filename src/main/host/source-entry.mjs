// Starts a process whose entry is TypeScript, for code run from source (the CLI under tsx, the
// tests): `node source-entry.mjs ENTRY.ts`. Built code starts its .js entries directly.
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
await import(pathToFileURL(process.argv[2]).href);
