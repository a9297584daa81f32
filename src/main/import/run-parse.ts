// Reading a file in its own process, with a time limit, a memory limit and a way to cancel.
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { AppError, type ApiError } from '../../shared/errors';
import type { ParsedFile } from '../../shared/import/import-types';
import type { ReportTable } from '../../shared/conference-day/meeting-report';
import { importError, importMessages } from './errors';
import { importLimits } from '../../shared/import/import-limits';
import { forkReader, type StartReader } from './reader-process';

/** What the reader reads a file as: an attendee list, or a Zoom/Teams attendance report. */
export interface ReadKinds {
  readonly attendees: ParsedFile;
  readonly meetingReport: ReportTable;
}
export type ReadKind = keyof ReadKinds;

export type ReaderReply = { ok: true; parsed: ReadKinds[ReadKind] } | { ok: false; error: ApiError; detail?: string };

/** How reading processes are started: the built entry (href) and the starter, both optional. */
export interface ReaderOptions {
  /** Built entry of the reading process (href); run from source when absent. */
  readonly parseWorker?: string;
  readonly startReader?: StartReader;
}

const sourceEntry = fileURLToPath(new URL('./parse-worker.ts', import.meta.url));

export function parseInWorker(
  bytes: Uint8Array,
  fileName: string,
  options: ReaderOptions,
  signal?: AbortSignal,
): Promise<ParsedFile> {
  return readInWorker('attendees', bytes, fileName, options, signal);
}

const cancelled = () => new AppError('CANCELLED', importMessages.cancelled);

/** A reading cancelled by the secretary, also one whose process had already answered. */
export function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw cancelled();
}

// One file is read at a time: two hostile files read at once would each cost what one may.
let lastReading: Promise<unknown> = Promise.resolve();

export function readInWorker<K extends ReadKind>(
  kind: K,
  bytes: Uint8Array,
  fileName: string,
  options: ReaderOptions,
  signal?: AbortSignal,
): Promise<ReadKinds[K]> {
  const before = lastReading;
  const reading = new Promise<void>((resolve, reject) => {
    // Waiting for the reading before, a cancel ends this one at once.
    const onAbort = () => reject(cancelled());
    signal?.addEventListener('abort', onAbort, { once: true });
    void before.finally(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    });
  }).then(() => readNow({ kind, bytes, fileName }, options, signal));
  // The next waits for this one and for the one before it (this one may end early, cancelled).
  lastReading = Promise.allSettled([before, reading]);
  return reading;
}

/** What the reading process is sent (parse-worker.ts). */
export interface ReadRequest<K extends ReadKind = ReadKind> {
  readonly kind: K;
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

function readNow<K extends ReadKind>(
  request: ReadRequest<K>,
  options: ReaderOptions,
  signal?: AbortSignal,
): Promise<ReadKinds[K]> {
  const { bytes } = request;
  if (bytes.length > importLimits.fileBytes)
    return Promise.reject(importError(importMessages.tooBig(Math.round(bytes.length / 1024 / 1024))));
  if (signal?.aborted) return Promise.reject(cancelled());
  const start = options.startReader ?? forkReader;
  const entry = options.parseWorker ? fileURLToPath(options.parseWorker) : sourceEntry;
  return new Promise((resolve, reject) => {
    const child = start(entry, importLimits.workerHeapMb);
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      child.kill();
      outcome();
    };
    const timer = setTimeout(() => finish(() => reject(importError(importMessages.tooSlow))), importLimits.parseMs);
    const onAbort = () => finish(() => reject(cancelled()));
    signal?.addEventListener('abort', onAbort);
    child.onMessage((message) =>
      finish(() => {
        const reply = replyOf(message);
        if (!reply.ok && reply.detail) console.error(reply.detail);
        if (reply.ok) resolve(reply.parsed as ReadKinds[K]);
        else reject(new AppError(reply.error.code, reply.error.message || importMessages.unreadable));
      }),
    );
    // Every failure of the reader's own is answered as a message, so a process that ends without
    // one was stopped by its memory cap (V8 aborts it).
    child.onExit(() => finish(() => reject(importError(importMessages.tooMuchMemory))));
    child.send(request);
  });
}

/** The reader's reply, sent as the bytes of its serialized form (see parse-worker.ts). */
function replyOf(message: unknown): ReaderReply {
  let reply: unknown;
  try {
    reply = message instanceof Uint8Array ? deserialize(message) : null;
  } catch {
    reply = null;
  }
  const shaped = reply as Partial<{ ok: boolean; parsed: unknown; error: Partial<ApiError> }> | null;
  if (shaped?.ok === true && typeof shaped.parsed === 'object' && shaped.parsed !== null) return reply as ReaderReply;
  if (shaped?.ok === false && typeof shaped.error?.code === 'string' && typeof shaped.error.message === 'string')
    return reply as ReaderReply;
  // Anything else (bytes that do not deserialize, another shape) is a file that cannot be read.
  return { ok: false, error: { code: 'IMPORT_INVALID', message: '' } };
}
