import { showError } from '../app/toasts';
import { errorMessage } from './api';

/** Runs an action of the secretary's; if it fails, says why (in Vietnamese) and carries on. */
export async function attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    showError(errorMessage(error));
    return undefined;
  }
}
