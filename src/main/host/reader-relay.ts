// Reading processes started by the main thread on the services worker's behalf: Electron's
// utility processes can only be started there, and the services run in a worker.
import type { ReaderChild, StartReader } from '../import/reader-process';
import type { ReaderEvent, ReaderOrder, WorkerRequest } from './worker-protocol';

/** The worker's side: a starter whose processes live in the main thread. */
export function relayedReaders(post: (message: ReaderOrder) => void): {
  start: StartReader;
  receive: (request: WorkerRequest) => boolean;
} {
  let nextId = 1;
  const open = new Map<number, { message?: (m: unknown) => void; exit?: () => void }>();
  return {
    start(entry, heapMb): ReaderChild {
      const readerId = nextId++;
      const listeners: { message?: (m: unknown) => void; exit?: () => void } = {};
      open.set(readerId, listeners);
      post({ type: 'reader-start', readerId, entry, heapMb });
      return {
        send: (message) => post({ type: 'reader-send', readerId, message }),
        onMessage: (listener) => void (listeners.message = listener),
        onExit: (listener) => void (listeners.exit = listener),
        kill: () => post({ type: 'reader-kill', readerId }),
      };
    },
    receive(request) {
      if (request.type === 'reader-message') open.get(request.readerId)?.message?.(request.message);
      else if (request.type === 'reader-exit') {
        open.get(request.readerId)?.exit?.();
        open.delete(request.readerId);
      } else return false;
      return true;
    },
  };
}

/** The main thread's side: starts, feeds and kills the processes a worker asks for. */
export function serveReaders(start: StartReader, post: (event: ReaderEvent) => void) {
  const children = new Map<number, ReaderChild>();
  return {
    receive(message: ReaderOrder): void {
      switch (message.type) {
        case 'reader-start': {
          const { readerId } = message;
          const child = start(message.entry, message.heapMb);
          children.set(readerId, child);
          child.onMessage((m) => post({ type: 'reader-message', readerId, message: m }));
          child.onExit(() => {
            children.delete(readerId);
            post({ type: 'reader-exit', readerId });
          });
          return;
        }
        case 'reader-send':
          return children.get(message.readerId)?.send(message.message);
        case 'reader-kill':
          return children.get(message.readerId)?.kill();
      }
    },
    /** The worker has gone: its readers are of no use to anyone. */
    killAll() {
      for (const child of children.values()) child.kill();
      children.clear();
    },
  };
}
