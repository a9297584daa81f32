// Long writing that reports its progress and stops when asked: every so many rows it gives
// the thread back (so the cancel message can arrive) and checks whether it was cancelled.
import { AppError } from '../../../shared/errors';

export interface Work {
  readonly signal: AbortSignal;
  progress(done: number, total: number): void;
}

const step = 1000;

export const cancelledMessage = 'Đã dừng xuất tệp Excel; chưa có tệp nào được lưu.';

export async function checkpoint(work: Work, done: number, total: number): Promise<void> {
  if (done % step !== 0 && done !== total) return;
  work.progress(done, total);
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (work.signal.aborted) throw new AppError('CANCELLED', cancelledMessage);
}
