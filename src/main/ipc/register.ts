// The Electron door: one channel per contract call, each checking who calls before handing
// the input to the services (which validate it). Anything outside the contract has no channel.
import { channelOf, progressChannel } from '../../shared/api';
import { callNames } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { progressRelay } from '../../shared/progress';
import { withSaveDoor, type SaveDoor } from '../host/save-door';
import type { ServiceHost } from '../host/service-host';

interface InvokeEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
  readonly sender: { send(channel: string, payload: unknown): void };
}
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, input: unknown, requestId?: unknown) => Promise<Envelope<unknown>>,
  ): void;
}

const refused: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Yêu cầu bị từ chối vì không đến từ cửa sổ của ứng dụng.' },
};

export function registerIpc(
  ipcMain: IpcMainLike,
  host: ServiceHost,
  isTrusted: (frame: InvokeEventLike['senderFrame']) => boolean,
  saveDoor: SaveDoor,
): void {
  const call = withSaveDoor((name, input, onProgress) => host.call(name, input, onProgress), saveDoor);
  for (const name of callNames) {
    ipcMain.handle(channelOf(name), async (event, input, requestId) => {
      if (!isTrusted(event.senderFrame)) return refused;
      // Progress goes back to the window that asked, with the number the page gave the call.
      return call(
        name,
        input,
        progressRelay(requestId, (message) => event.sender.send(progressChannel, message)),
      );
    });
  }
}
