// An untrusted file is read in a process of its own, not a thread: a thread's heap cap does not
// hold one array that keeps growing (nodejs/node#47224; V8 then aborts the whole process), and
// SheetJS reading a damaged .xls pushes characters without end. A process has its own heap:
// when the file needs more than the cap, only that process ends.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readerReady } from './reader-channel';

/** The reading process as its starter sees it; the same whether Node or Electron started it. */
export interface ReaderChild {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Once, when the process has ended for any reason (done, killed, out of memory). */
  onExit(listener: () => void): void;
  kill(): void;
}

/**
 * Starts a reading process on an entry file (a path; `.ts` is run from source through tsx).
 * Node's `fork` by default; the packaged app uses Electron's utility process instead, since its
 * fuses forbid running the app's binary as Node.
 */
export type StartReader = (entry: string, heapMb: number) => ReaderChild;

/**
 * V8 flags of a reading process: its heap cap, and a young generation kept small. A reader's
 * short-lived objects die young; 2 MB semi-spaces read a 100,000-row list at a peak of 183 MB
 * instead of 230 MB with 16, and no slower.
 */
export const readerFlags = (heapMb: number) => [`--max-old-space-size=${heapMb}`, '--max-semi-space-size=2'];

/**
 * A process handle that holds what is sent until the reader says it listens: a message sent to
 * an ES-module entry before its listener is set can be lost (nodejs/node#41134).
 */
export function whenListening(raw: ReaderChild): ReaderChild {
  let queue: unknown[] | null = [];
  let listener: (message: unknown) => void = () => undefined;
  raw.onMessage((message) => {
    if (message !== readerReady) return listener(message);
    const held = queue ?? [];
    queue = null;
    held.forEach((m) => raw.send(m));
  });
  return {
    send: (message) => (queue ? queue.push(message) : raw.send(message)),
    onMessage: (next) => void (listener = next),
    onExit: (next) => raw.onExit(next),
    kill: () => raw.kill(),
  };
}

const sourceRunner = fileURLToPath(new URL('../host/source-entry.mjs', import.meta.url));

export const forkReader: StartReader = (entry, heapMb) => {
  const fromSource = entry.endsWith('.ts');
  const child = fork(fromSource ? sourceRunner : entry, fromSource ? [entry] : [], {
    execArgv: readerFlags(heapMb),
    serialization: 'advanced',
    // Nothing of a hostile file's reading reaches this process's output (the CLI's stdout is one
    // JSON document); the reader sends what went wrong as a message.
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  // A process that cannot be started, or whose channel breaks, ends as one that ran out of memory.
  child.on('error', () => child.kill());
  return whenListening({
    send: (message) => void child.send(message as never, (error) => error && child.kill()),
    onMessage: (listener) => void child.on('message', listener),
    onExit: (listener) => void child.once('exit', () => listener()),
    kill: () => void child.kill(),
  });
};
