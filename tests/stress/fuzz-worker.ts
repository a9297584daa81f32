// A reading thread for the fuzz test: the same readers as the import's thread, kept alive
// over many files (starting one thread per file would take the test an hour).
import { parentPort } from 'node:worker_threads';
import { findMeetingReport } from '../../src/main/import/meeting-report/find-report';
import { parseSpreadsheet } from '../../src/main/import/parse';
import { AppError } from '../../src/shared/errors';

// The .xls reader reports every record it does not know on the console: thousands per run.
console.log = console.error = console.warn = () => undefined;

parentPort!.on(
  'message',
  ({
    id,
    bytes,
    fileName,
    kind,
  }: {
    id: number;
    bytes: Uint8Array;
    fileName: string;
    kind: 'attendees' | 'meetingReport';
  }) => {
    try {
      const parsed = kind === 'meetingReport' ? findMeetingReport(bytes, fileName) : parseSpreadsheet(bytes, fileName);
      parentPort!.postMessage({ id, outcome: 'read', tables: 'tables' in parsed ? parsed.tables.length : 1 });
    } catch (error) {
      parentPort!.postMessage(
        error instanceof AppError
          ? { id, outcome: 'refused', message: error.message }
          : { id, outcome: 'unexpected', message: String((error as Error)?.stack ?? error).slice(0, 600) },
      );
    }
  },
);
