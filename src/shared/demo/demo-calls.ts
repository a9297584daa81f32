// The contract's call that makes the sample conference. Spread into the one contract (../contract.ts).
import { z } from 'zod';
import { call } from '../contract-fields';

export const demoCalls = {
  'demo.create': call<{ conferenceId: number }>()(z.strictObject({})),
} as const;
