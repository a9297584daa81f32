// Exposes exactly one typed object, window.api: a method per contract call. The page never
// sees ipcRenderer, and cannot name a channel of its own.
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, progressChannel, type Api } from '../shared/api';
import { callNames } from '../shared/contract';
import type { ProgressEvent } from '../shared/progress';

const calls = Object.fromEntries(
  callNames.map((name) => [
    name,
    (input: unknown, requestId?: number) => ipcRenderer.invoke(channelOf(name), input, requestId),
  ]),
);

const api = {
  ...calls,
  onProgress(listener: (event: ProgressEvent) => void) {
    const forward = (_event: unknown, event: ProgressEvent) => listener(event);
    ipcRenderer.on(progressChannel, forward);
    return () => void ipcRenderer.removeListener(progressChannel, forward);
  },
} as unknown as Api;

contextBridge.exposeInMainWorld('api', api);
