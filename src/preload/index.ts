// Exposes exactly one typed object, window.api: a method per contract call. The page never
// sees ipcRenderer, and cannot name a channel of its own.
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, progressChannel, type Api } from '../shared/api';
import { callNames, type Progress } from '../shared/contract';

const calls = Object.fromEntries(
  callNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelOf(name), input)]),
);

const api = {
  ...calls,
  onProgress(listener: (progress: Progress) => void) {
    const forward = (_event: unknown, progress: Progress) => listener(progress);
    ipcRenderer.on(progressChannel, forward);
    return () => void ipcRenderer.removeListener(progressChannel, forward);
  },
} as unknown as Api;

contextBridge.exposeInMainWorld('api', api);
