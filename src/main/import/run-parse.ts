// Reading a file in its own thread, with a time limit, a memory limit and a way to cancel.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ApiError } from '../../shared/errors';
import type { ParsedFile } from '../../shared/import-types';
import type { ReportTable } from '../../shared/conference-day/meeting-report';
import { importError, importMessages } from './errors';
import { importLimits } from '../../shared/import-limits';

/** What the thread reads a file as: an attendee list, or a Zoom/Teams attendance report. */
export interface ReadKinds {
  readonly attendees: ParsedFile;
  readonly meetingReport: ReportTable;
}
export type ReadKind = keyof ReadKinds;

type Reply = { ok: true; parsed: ReadKinds[ReadKind] } | { ok: false; error: ApiError };

function startWorker(
  builtEntry: string | undefined,
  input: { kind: ReadKind; bytes: Uint8Array; fileName: string },
): Worker {
  const resourceLimits = {
    maxOldGenerationSizeMb: importLimits.workerHeapMb,
    maxYoungGenerationSizeMb: 48,
    stackSizeMb: 8,
  };
  if (builtEntry) return new Worker(new URL(builtEntry), { workerData: { input }, resourceLimits });
  // Run from source (CLI, tests): the TypeScript entry through tsx.
  const entry = new URL('./parse-worker.ts', import.meta.url).href;
  return new Worker(fileURLToPath(new URL('../host/source-worker.mjs', import.meta.url)), {
    workerData: { input, entry },
    resourceLimits,
  });
}

export function parseInWorker(
  bytes: Uint8Array,
  fileName: string,
  builtEntry: string | undefined,
  signal?: AbortSignal,
): Promise<ParsedFile> {
  return readInWorker('attendees', bytes, fileName, builtEntry, signal);
}

export function readInWorker<K extends ReadKind>(
  kind: K,
  bytes: Uint8Array,
  fileName: string,
  builtEntry: string | undefined,
  signal?: AbortSignal,
): Promise<ReadKinds[K]> {
  if (bytes.length > importLimits.fileBytes)
    return Promise.reject(importError(importMessages.tooBig(Math.round(bytes.length / 1024 / 1024))));
  if (signal?.aborted) return Promise.reject(new AppError('CANCELLED', importMessages.cancelled));
  return new Promise((resolve, reject) => {
    const worker = startWorker(builtEntry, { kind, bytes, fileName });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => finish(() => reject(importError(importMessages.tooSlow))), importLimits.parseMs);
    const onAbort = () => finish(() => reject(new AppError('CANCELLED', importMessages.cancelled)));
    signal?.addEventListener('abort', onAbort);
    worker.on('message', (reply: Reply) =>
      finish(() =>
        reply.ok
          ? resolve(reply.parsed as ReadKinds[K])
          : reject(new AppError(reply.error.code, reply.error.message || importMessages.unreadable)),
      ),
    );
    worker.on('error', (error) => {
      const code = (error as { code?: string }).code;
      finish(() =>
        reject(
          importError(code === 'ERR_WORKER_OUT_OF_MEMORY' ? importMessages.tooMuchMemory : importMessages.unreadable),
        ),
      );
    });
    worker.on('exit', () => finish(() => reject(importError(importMessages.unreadable))));
  });
}
