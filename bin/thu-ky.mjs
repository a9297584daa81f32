#!/usr/bin/env node
// `npx thu-ky …` (and `npm run -s cli -- …`): the command-line door, run from its TypeScript
// source through tsx's loader in this same process.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
