import { openServices } from './open-services';
import type { HostOptions, ServiceHost } from './service-host';

/** Services in the calling thread: for the CLI, the bench and the tests. */
export async function createInProcessHost(options: HostOptions): Promise<ServiceHost> {
  const services = await openServices(options);
  return {
    call: (name, input, onProgress) =>
      services.dispatch(name, input, (call, done, total) => onProgress?.({ call, done, total })),
    close: () => Promise.resolve(services.close()),
  };
}
