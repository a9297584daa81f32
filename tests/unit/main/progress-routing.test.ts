// Two long calls at once through the whole Electron path: the page's transport, the real preload,
// the real IPC door (a stand-in ipcMain and window), and a host that reports their progress in
// turns. Each call's progress bar must follow that call alone.
import { describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../../src/main/ipc/register';
import { appIndexUrl, isTrustedSender } from '../../../src/main/security-policy';
import { electronSend } from '../../../src/renderer/src/lib/transport';
import { progressChannel, type Api } from '../../../src/shared/api';
import type { Progress } from '../../../src/shared/contract';
import { steppedHost } from '../../helpers/stepped-host';

type Listener = (event: unknown, payload: unknown) => void;
const wire = vi.hoisted(() => ({
  handles: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
  listeners: new Map<string, Set<(event: unknown, payload: unknown) => void>>(),
  exposed: new Map<string, unknown>(),
  /** Everything the door sent the window on the progress channel. */
  sent: [] as unknown[],
}));

// The window as the main process sees it: what it sends reaches the preload's listeners.
const windowEvent = {
  senderFrame: { url: `${appIndexUrl}#/hoi-nghi/1/dai-bieu`, parent: null },
  sender: {
    send(channel: string, payload: unknown) {
      if (channel === progressChannel) wire.sent.push(payload);
      for (const listener of wire.listeners.get(channel) ?? []) listener({}, payload);
    },
  },
};

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => wire.exposed.set(key, value) },
  ipcRenderer: {
    invoke: (channel: string, ...args: unknown[]) => wire.handles.get(channel)!(windowEvent, ...args),
    on(channel: string, listener: Listener) {
      wire.listeners.set(channel, (wire.listeners.get(channel) ?? new Set()).add(listener));
    },
    removeListener: (channel: string, listener: Listener) => wire.listeners.get(channel)?.delete(listener),
  },
}));

const stepped = steppedHost();
registerIpc(
  { handle: (channel, listener) => wire.handles.set(channel, listener as never) },
  stepped.host,
  (frame) => isTrustedSender(frame, appIndexUrl),
  { choosePath: () => Promise.resolve(null), chooseFolder: () => Promise.resolve(null) },
);
await import('../../../src/preload/index');
const api = wire.exposed.get('api') as Api;
const send = electronSend(api);

const waitForHeld = (count: number) => vi.waitUntil(() => stepped.held.size === count, { timeout: 15_000 });

describe('progress over IPC', () => {
  it('gives each of two calls at once its own progress, in turns, to the end', async () => {
    const seen: Record<string, Progress[]> = { A: [], B: [] };
    const a = send('imports.commit', { tag: 'A' }, (p) => seen.A.push(p));
    const b = send('imports.commit', { tag: 'B' }, (p) => seen.B.push(p));
    await waitForHeld(2);
    stepped.progress('A', 1, 3);
    stepped.progress('B', 10, 50);
    stepped.progress('A', 2, 3);
    stepped.progress('B', 50, 50);
    stepped.answer('B');
    expect(await b).toEqual({ ok: true, value: 'B' });
    stepped.progress('A', 3, 3);
    stepped.answer('A');
    expect(await a).toEqual({ ok: true, value: 'A' });

    const bar = (done: number, total: number) => ({ call: 'imports.commit', done, total });
    expect(seen.A).toEqual([bar(1, 3), bar(2, 3), bar(3, 3)]);
    expect(seen.B).toEqual([bar(10, 50), bar(50, 50)]);
    // Every event the door sent carried the number of the call it belongs to.
    const ids = (wire.sent as { requestId: number }[]).map((e) => e.requestId);
    expect(new Set(ids).size).toBe(2);
    expect(wire.sent).toHaveLength(5);
  });

  it('sends no progress for a call that came without its number, and lets no call see another’s', async () => {
    wire.sent.length = 0;
    const seen: Progress[] = [];
    const listed = send('imports.commit', { tag: 'C' }, (p) => seen.push(p));
    const invoke = api['imports.commit'] as unknown as (input: unknown, requestId?: unknown) => Promise<unknown>;
    const bare = invoke({ tag: 'D' });
    const forged = invoke({ tag: 'E' }, '1; drop');
    await waitForHeld(3);
    stepped.progress('D', 1, 2);
    stepped.progress('E', 1, 2);
    stepped.answer('D');
    stepped.answer('E');
    await Promise.all([bare, forged]);
    expect(wire.sent).toEqual([]);
    stepped.progress('C', 1, 1);
    stepped.answer('C');
    await listed;
    expect(seen).toEqual([{ call: 'imports.commit', done: 1, total: 1 }]);
  });

  it('stops listening for a call once it is answered', async () => {
    const seen: Progress[] = [];
    const done = send('imports.commit', { tag: 'F' }, (p) => seen.push(p));
    await waitForHeld(1);
    stepped.progress('F', 1, 2);
    const { requestId } = wire.sent.at(-1) as { requestId: number };
    stepped.answer('F');
    await done;
    // A late event with the finished call's number, or with a number not given yet, reaches nobody.
    const late = { call: 'imports.commit', done: 2, total: 2 } as const;
    windowEvent.sender.send(progressChannel, { requestId, progress: late });
    windowEvent.sender.send(progressChannel, { requestId: requestId + 1, progress: late });
    expect(seen).toEqual([{ call: 'imports.commit', done: 1, total: 2 }]);
  });
});
