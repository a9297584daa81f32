// The reading process's side of its channel: Electron's utility process has `process.parentPort`,
// a Node child forked with an IPC channel has `process.send`.

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/** Sent by the reader once it listens: the starter holds the files until then (reader-process.ts). */
export const readerReady = 'reader-ready';

export interface ReaderChannel {
  post(message: unknown): void;
}

/** Listens for the files to read, then tells the starter it does (reader-process.ts). */
export function readerChannel(onMessage: (message: unknown) => void): ReaderChannel {
  const port = (process as { parentPort?: ParentPort }).parentPort;
  const channel: ReaderChannel = port
    ? { post: (message) => port.postMessage(message) }
    : { post: (message) => void process.send!(message) };
  if (port) port.on('message', (event) => onMessage(event.data));
  else process.on('message', onMessage);
  channel.post(readerReady);
  return channel;
}
