import type { CallInput, CallName, CallResult, Progress } from './contract';
import type { Envelope } from './errors';

/** The one object the preload puts on window: a method per contract call, nothing else. */
export type Api = {
  readonly [N in CallName]: (input: CallInput<N>) => Promise<Envelope<CallResult<N>>>;
} & {
  /** Progress of long calls; returns the function that stops listening. */
  readonly onProgress: (listener: (progress: Progress) => void) => () => void;
};

/** Electron channel of a call; the preload and the IPC handlers both derive it from here. */
export const channelOf = (name: CallName): string => `tkhn:${name}`;
export const progressChannel = 'tkhn:progress';
