// What a screen's own steps share: busy while one runs, the problem it ran into (in
// Vietnamese, cleared when the next one starts), its progress, and Cancel for a call that
// carries a request id. A step the secretary cancelled is not a problem.
import { useState } from 'react';
import { errorMessage, isCancelled } from './api';
import { newRequestId } from './read-file';
import { createStore, useStore, type Store } from './store';

export interface Progress {
  readonly done: number;
  readonly total: number;
}

export interface ActionState {
  readonly busy: boolean;
  readonly problem: string | null;
  readonly progress: Progress | null;
}

/** Given to a step: the id to send with its call, and where its progress goes. */
export interface Step {
  readonly requestId: string;
  readonly onProgress: (done: number, total: number) => void;
}

export interface RunOptions {
  /** Shown until the call reports progress of its own. */
  readonly progress?: Progress;
  /** Told the services' message when the secretary cancelled; by default nothing is said. */
  readonly onCancelled?: (message: string) => void;
  /** Said when the failure is not one the services explained (a lost connection); by default the app's general words. */
  readonly unexpected?: string;
}

const idle: ActionState = { busy: false, problem: null, progress: null };

export class ActionRunner {
  readonly state: Store<ActionState> = createStore(idle);
  private requestId: string | null = null;

  constructor(private readonly cancelCall: (requestId: string) => Promise<unknown> = () => Promise.resolve()) {}

  /** Runs the step; its result, or undefined once its failure is shown. */
  run = async <T>(work: (step: Step) => Promise<T>, options: RunOptions = {}): Promise<T | undefined> => {
    const requestId = newRequestId();
    this.requestId = requestId;
    this.state.set({ busy: true, problem: null, progress: options.progress ?? null });
    const onProgress = (done: number, total: number) => {
      if (this.requestId === requestId) this.state.set((s) => ({ ...s, progress: { done, total } }));
    };
    try {
      return await work({ requestId, onProgress });
    } catch (error) {
      if (!isCancelled(error)) this.setProblem(errorMessage(error, options.unexpected));
      else options.onCancelled?.(error.message);
      return undefined;
    } finally {
      if (this.requestId === requestId) {
        this.requestId = null;
        this.state.set((s) => ({ ...s, busy: false, progress: null }));
      }
    }
  };

  /** Asks the services to stop the step under way; its call then ends as cancelled. */
  cancel = (): void => {
    if (this.requestId !== null) void this.cancelCall(this.requestId);
  };

  setProblem = (problem: string | null): void => {
    this.state.set((s) => ({ ...s, problem }));
  };

  /** Shows why a call outside run() failed. */
  fail = (error: unknown): void => {
    this.setProblem(errorMessage(error));
  };
}

export type Action = ActionState & Pick<ActionRunner, 'run' | 'cancel' | 'setProblem' | 'fail'>;

/** `cancel`: the call that stops a step by its request id (imports.cancel, sheets.cancel). */
export function useAction(cancel?: (requestId: string) => Promise<unknown>): Action {
  const [runner] = useState(() => new ActionRunner(cancel));
  const state = useStore(runner.state);
  return { ...state, run: runner.run, cancel: runner.cancel, setProblem: runner.setProblem, fail: runner.fail };
}
