import type { Progress } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';

/** What a reading process started by the main thread says back to the worker (host/reader-relay.ts). */
export type ReaderEvent =
  { type: 'reader-message'; readerId: number; message: unknown } | { type: 'reader-exit'; readerId: number };

/** What the worker asks of a reading process the main thread keeps for it. */
export type ReaderOrder =
  | { type: 'reader-start'; readerId: number; entry: string; heapMb: number }
  | { type: 'reader-send'; readerId: number; message: unknown }
  | { type: 'reader-kill'; readerId: number };

/** Main thread to services worker. */
export type WorkerRequest =
  { type: 'call'; id: number; name: unknown; input: unknown } | { type: 'close' } | ReaderEvent;

/** Services worker to main thread. */
export type WorkerResponse =
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'closed' }
  | ReaderOrder;
