// A second start of the app while one runs: Electron refuses it the single-instance lock, and it
// must quit before it opens the database, registers anything or makes a window. The first one
// brings its window to the front (electron-security.test.ts, "a second start of the app").
import { expect, it, vi } from 'vitest';
import { recorded } from '../../helpers/fake-electron';

vi.mock('electron', async () => (await import('../../helpers/fake-electron')).fakeElectron);
const workerHosts = vi.hoisted(() => ({ created: 0 }));
vi.mock('../../../src/main/host/worker-host', () => ({
  createWorkerHost: () => {
    workerHosts.created++;
    return { call: () => Promise.resolve({ ok: true, value: null }), close: () => Promise.resolve() };
  },
}));

it('quits at once without the lock: no database, no scheme, no handler, no window', async () => {
  recorded.lockGranted = false;
  await import('../../../src/main/index');
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(recorded.calls).toEqual(['setPath', 'requestSingleInstanceLock', 'quit']);
  expect(workerHosts.created).toBe(0);
  expect(recorded.windows).toEqual([]);
  expect(recorded.handles.size).toBe(0);
  expect(recorded.appListeners.size).toBe(0);
  expect(recorded.privilegedSchemes).toEqual([]);
  expect(recorded.protocolHandlers.size).toBe(0);
  expect(recorded.permissionHandler).toBeNull();
});

it('starts, by the same code, when it holds the lock', async () => {
  vi.resetModules();
  recorded.lockGranted = true;
  recorded.calls.length = 0;
  await import('../../../src/main/index');
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(workerHosts.created).toBe(1);
  expect(recorded.windows).toHaveLength(1);
  expect(recorded.calls.slice(0, 3)).toEqual(['setPath', 'requestSingleInstanceLock', 'on:second-instance']);
});
