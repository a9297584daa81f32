// The thread that reads an untrusted spreadsheet. It shares nothing with the database; the
// caller kills it when it runs too long or is cancelled, and V8 stops it if it needs more
// memory than its cap.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { findMeetingReport } from './meeting-report/find-report';
import { parseSpreadsheet } from './parse';
import type { ReadKind } from './run-parse';

const { kind, bytes, fileName } = (workerData as { input: { kind: ReadKind; bytes: Uint8Array; fileName: string } })
  .input;
try {
  parentPort!.postMessage({
    ok: true,
    parsed: kind === 'meetingReport' ? findMeetingReport(bytes, fileName) : parseSpreadsheet(bytes, fileName),
  });
} catch (error) {
  parentPort!.postMessage(
    error instanceof AppError
      ? { ok: false, error: error.toApiError() }
      : (console.error(error), { ok: false, error: { code: 'IMPORT_INVALID', message: '' } }),
  );
}
