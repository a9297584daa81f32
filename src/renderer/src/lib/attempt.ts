import { showError } from '../app/toasts';
import { errorMessage } from './api';

/** Says why something the secretary asked for failed, in a message at the bottom of the window. */
export function showFailure(error: unknown): void {
  showError(errorMessage(error));
}

/** Runs an action of the secretary's; if it fails, says why (in Vietnamese) and carries on. */
export async function attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    showFailure(error);
    return undefined;
  }
}
