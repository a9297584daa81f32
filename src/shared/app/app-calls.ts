// The contract's call for what the window shows about the running app. Spread into the one
// contract (../contract.ts).
import { z } from 'zod';
import { call } from '../contract-fields';
import type { AppInfo } from './app-types';

export const appCalls = {
  'app.info': call<AppInfo>()(z.strictObject({})),
} as const;
