import { beginBusy } from './busy';

/** Saves cells pasted onto existing rows one by one, with a progress bar, stopping at the first refusal. */
export async function saveMany<E>(edits: readonly E[], save: (edit: E) => Promise<boolean>): Promise<void> {
  const busy = beginBusy('Đang dán dữ liệu');
  try {
    for (const [i, edit] of edits.entries()) {
      busy.progress(i, edits.length);
      if (!(await save(edit))) break;
    }
  } finally {
    busy.end();
  }
}
