// The contract's call that takes a removal back. Spread into the one contract (../contract.ts).
import { z } from 'zod';
import { call, id } from '../contract-fields';

export const undoCalls = {
  'undo.restore': call<{ message: string }>()(z.strictObject({ undoId: id })),
} as const;
