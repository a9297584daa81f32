// A reading process for the fuzz test: the same readers as the import's process, kept alive
// over many files (starting one process per file would take the test an hour).
import { findMeetingReport } from '../../src/main/conference-day/meeting-report/find-report';
import { parseSpreadsheet } from '../../src/main/import/parse';
import { readerChannel } from '../../src/main/import/reader-channel';
import { AppError } from '../../src/shared/errors';

const channel = readerChannel((message) => {
  const { id, bytes, fileName, kind } = message as {
    id: number;
    bytes: Uint8Array;
    fileName: string;
    kind: 'attendees' | 'meetingReport';
  };
  try {
    const parsed = kind === 'meetingReport' ? findMeetingReport(bytes, fileName) : parseSpreadsheet(bytes, fileName);
    channel.post({ id, outcome: 'read', tables: 'tables' in parsed ? parsed.tables.length : 1 });
  } catch (error) {
    channel.post(
      error instanceof AppError
        ? { id, outcome: 'refused', message: error.message }
        : { id, outcome: 'unexpected', message: String((error as Error)?.stack ?? error).slice(0, 600) },
    );
  }
});
