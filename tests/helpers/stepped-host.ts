// A service host whose calls the test answers by hand, so that two long calls can be made to
// report progress in turns, as two real imports in the worker do.
import type { Progress } from '../../src/shared/contract';
import type { Envelope } from '../../src/shared/errors';
import type { ServiceHost } from '../../src/main/host/service-host';

interface Held {
  readonly onProgress?: (progress: Progress) => void;
  readonly answer: (envelope: Envelope<unknown>) => void;
}

/** Calls are held by the `tag` of their input until the test answers them. */
export function steppedHost() {
  const held = new Map<string, Held>();
  const host: ServiceHost = {
    call: (_name, input, onProgress) =>
      new Promise((answer) => held.set((input as { tag: string }).tag, { onProgress, answer })),
    close: () => Promise.resolve(),
  };
  const get = (tag: string) => {
    const call = held.get(tag);
    if (!call) throw new Error(`no call tagged ${tag} is held`);
    return call;
  };
  return {
    host,
    held,
    progress(tag: string, done: number, total: number) {
      get(tag).onProgress?.({ call: 'imports.commit', done, total });
    },
    answer(tag: string) {
      get(tag).answer({ ok: true, value: tag });
      held.delete(tag);
    },
  };
}
