// Runs the services in a worker thread. If the worker dies, the calls in flight get a clear
// message and the next call starts a fresh worker: SQLite's journal keeps the data whole.
import { Worker } from 'node:worker_threads';
import type { Progress } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import type { StartReader } from '../import/reader-process';
import { serveReaders } from './reader-relay';
import type { HostOptions, ServiceHost } from './service-host';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

interface Pending {
  resolve: (envelope: Envelope<unknown>) => void;
  onProgress?: (progress: Progress) => void;
}

const stopped: Envelope<unknown> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message:
      'Bộ phận xử lý dữ liệu vừa dừng bất thường nên thao tác chưa hoàn tất; dữ liệu đã lưu trước đó vẫn ' +
      'nguyên vẹn. Hãy thử lại.',
  },
};

/**
 * `startReader`: given, the main thread starts the processes that read imported files (Electron's
 * utility processes can only be started here); absent, the worker forks them itself.
 */
export function createWorkerHost(
  options: HostOptions,
  workerFile: URL | string,
  startReader?: StartReader,
): ServiceHost {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const start = (): Worker => {
    const w = new Worker(workerFile, { workerData: { ...options, readersInMainThread: startReader !== undefined } });
    const readers = startReader && serveReaders(startReader, (request) => w.postMessage(request));
    w.on('message', (message: WorkerResponse) => {
      switch (message.type) {
        case 'closed':
          return;
        case 'progress':
          return pending.get(message.id)?.onProgress?.(message.progress);
        case 'result': {
          const entry = pending.get(message.id);
          pending.delete(message.id);
          return entry?.resolve(message.envelope);
        }
        default:
          readers?.receive(message);
      }
    });
    const fail = (error?: unknown) => {
      if (error) console.error(error);
      readers?.killAll();
      if (worker === w) worker = null;
      for (const entry of pending.values()) entry.resolve(stopped);
      pending.clear();
    };
    w.on('error', fail);
    w.on('exit', () => fail());
    return w;
  };

  return {
    call(name, input, onProgress) {
      worker ??= start();
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { resolve, onProgress });
        worker!.postMessage({ type: 'call', id, name, input } satisfies WorkerRequest);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (!w) return;
      await new Promise<void>((resolve) => {
        w.once('exit', () => resolve());
        w.on('message', (m: WorkerResponse) => m.type === 'closed' && void w.terminate());
        w.postMessage({ type: 'close' } satisfies WorkerRequest);
      });
    },
  };
}
