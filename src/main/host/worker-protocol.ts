import type { Progress } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';

export type WorkerRequest = { type: 'call'; id: number; name: unknown; input: unknown } | { type: 'close' };

export type WorkerResponse =
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'closed' };
