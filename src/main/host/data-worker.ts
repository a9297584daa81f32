// The worker thread that owns the database, so a long import or clone never freezes the
// window: the main process only forwards calls here and answers go back as messages.
import { parentPort, workerData } from 'node:worker_threads';
import type { Envelope } from '../../shared/errors';
import { toApiError } from './dispatch';
import { openServices } from './open-services';
import { relayedReaders } from './reader-relay';
import type { HostOptions } from './service-host';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

const port = parentPort!;
const options = workerData as HostOptions;
const send = (message: WorkerResponse) => port.postMessage(message);
const readers = options.readersInMainThread ? relayedReaders(send) : undefined;
const services = await openServices(options, readers?.start);

port.on('message', (request: WorkerRequest) => {
  if (readers?.receive(request)) return;
  if (request.type === 'close') {
    services.close();
    send({ type: 'closed' });
    return;
  }
  if (request.type !== 'call') return;
  // Every request is answered, or the page would wait for it forever.
  void services
    .dispatch(request.name, request.input, (call, done, total) =>
      send({ type: 'progress', id: request.id, progress: { call, done, total } }),
    )
    .catch((error: unknown): Envelope<unknown> => ({ ok: false, error: toApiError(error) }))
    .then((envelope) => send({ type: 'result', id: request.id, envelope }));
});
