// Long writing that reports its progress and stops when asked: every so many rows it gives
// the thread back (so the cancel message can arrive) and checks whether it was cancelled.
import { AppError } from '../../../shared/errors';

export interface Work {
  readonly signal: AbortSignal;
  progress(done: number, total: number): void;
}

const step = 1000;
/**
 * Rows between two breaths of the thread. The zip compresses on another thread, but each
 * chunk it finishes is handed on by this one: giving the thread back often keeps that
 * compression running beside the writing instead of piling up for the end.
 */
const breath = 50;

/**
 * The rows of each point in turn, read from the database ahead of time while the sheet waits
 * for its compression (`fill`), up to about `aheadRows` rows.
 */
export function readAhead<P, R>(points: readonly P[], rowsAt: (point: P) => readonly R[], aheadRows = 5000) {
  const queue: { point: P; rows: readonly R[] }[] = [];
  let queued = 0;
  let next = 0;
  const read = () => {
    const point = points[next++];
    const rows = rowsAt(point);
    queue.push({ point, rows });
    queued += rows.length;
  };
  return {
    /** Reads one more point ahead, unless enough are waiting; whether it did. */
    fill: (): boolean => {
      if (next >= points.length || queued >= aheadRows) return false;
      read();
      return true;
    },
    /** The next point with its rows, or null after the last. */
    take(): { point: P; rows: readonly R[] } | null {
      if (queue.length === 0) {
        if (next >= points.length) return null;
        read();
      }
      const entry = queue.shift()!;
      queued -= entry.rows.length;
      return entry;
    },
  };
}

export const cancelledMessage = 'Đã dừng xuất tệp Excel; chưa có tệp nào được lưu.';

/**
 * Every `step` rows: report, let the sheet's compression catch up (doing `meanwhile` rather
 * than only waiting) or the thread breathe, and check for Cancel.
 */
export async function checkpoint(
  work: Work,
  done: number,
  total: number,
  sheet?: { settle(signal: AbortSignal, meanwhile?: () => boolean): Promise<void> },
  meanwhile?: () => boolean,
): Promise<void> {
  if (done % step !== 0 && done !== total) {
    if (done % breath === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    return;
  }
  work.progress(done, total);
  if (sheet) await sheet.settle(work.signal, meanwhile);
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (work.signal.aborted) throw new AppError('CANCELLED', cancelledMessage);
}
