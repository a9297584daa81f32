// A cancel says whether it stopped anything: work running under the id or waiting its turn, or
// nothing (unknown, or already ended), so the page is never told a finished call was cancelled.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  awaitCancellable,
  cancelRequest,
  endCancellable,
  startCancellable,
} from '../../../../src/main/services/cancellable';
import type { ServiceContext } from '../../../../src/main/services/context';
import { tempDir } from '../../../helpers/services';

const ctx: ServiceContext = { db: new Database(path.join(tempDir(), 'c.sqlite')), progress: () => undefined };

describe('cancel', () => {
  it('answers true for work running under the id, and stops it', () => {
    const signal = startCancellable('dang-chay-01');
    expect(cancelRequest(ctx, { requestId: 'dang-chay-01' })).toEqual({ cancelled: true });
    expect(signal.aborted).toBe(true);
    endCancellable('dang-chay-01');
  });

  it('answers false for an id nothing runs under, and for work that has ended', () => {
    expect(cancelRequest(ctx, { requestId: 'khong-co-02' })).toEqual({ cancelled: false });
    const signal = startCancellable('da-xong-003');
    endCancellable('da-xong-003');
    expect(cancelRequest(ctx, { requestId: 'da-xong-003' })).toEqual({ cancelled: false });
    expect(signal.aborted).toBe(false);
  });

  it('still stops work that starts after its cancel came (it was waiting its turn)', () => {
    expect(cancelRequest(ctx, { requestId: 'cho-luot-04' })).toEqual({ cancelled: false });
    expect(startCancellable('cho-luot-04').aborted).toBe(true);
    endCancellable('cho-luot-04');
  });

  it('answers true for work still waiting its turn, and stops it as it starts', () => {
    const endWait = awaitCancellable('cho-luot-05');
    expect(cancelRequest(ctx, { requestId: 'cho-luot-05' })).toEqual({ cancelled: true });
    expect(startCancellable('cho-luot-05').aborted).toBe(true);
    endCancellable('cho-luot-05');
    endWait();
  });

  it('answers false again once a waiting call has ended without starting', () => {
    awaitCancellable('bo-cuoc-06')();
    expect(cancelRequest(ctx, { requestId: 'bo-cuoc-06' })).toEqual({ cancelled: false });
  });
});
