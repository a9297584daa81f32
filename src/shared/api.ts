import type { CallInput, CallName, CallResult } from './contract';
import type { Envelope } from './errors';
import type { ProgressEvent } from './progress';

/** The one object the preload puts on window: a method per contract call, nothing else. */
export type Api = {
  /** `requestId` (the page's number for this call) is what its progress events carry back. */
  readonly [N in CallName]: (input: CallInput<N>, requestId?: number) => Promise<Envelope<CallResult<N>>>;
} & {
  /** Progress of long calls, each event with its call's number; returns the function that stops listening. */
  readonly onProgress: (listener: (event: ProgressEvent) => void) => () => void;
};

/** Electron channel of a call; the preload and the IPC handlers both derive it from here. */
export const channelOf = (name: CallName): string => `tkhn:${name}`;
export const progressChannel = 'tkhn:progress';
