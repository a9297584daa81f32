// The process that reads an untrusted file. It shares nothing with the database; the caller
// kills it when it runs too long or is cancelled, and V8 ends it if it needs more memory than
// its cap. One file per process: nothing a damaged file left behind can affect the next.
import { serialize } from 'node:v8';
import { AppError } from '../../shared/errors';
import { findMeetingReport } from '../conference-day/meeting-report/find-report';
import { parseSpreadsheet } from './parse';
import { readerChannel } from './reader-channel';
import type { ReadRequest, ReaderReply } from './run-parse';

const channel = readerChannel((message) => {
  const { kind, bytes, fileName } = message as ReadRequest;
  let reply: ReaderReply;
  try {
    reply = {
      ok: true,
      parsed: kind === 'meetingReport' ? findMeetingReport(bytes, fileName) : parseSpreadsheet(bytes, fileName),
    };
  } catch (error) {
    reply =
      error instanceof AppError
        ? { ok: false, error: error.toApiError() }
        : {
            ok: false,
            error: { code: 'IMPORT_INVALID', message: '' },
            detail: String((error as Error)?.stack ?? error),
          };
  }
  // As bytes: the starter stops this process as soon as they arrive, and only then builds the
  // rows from them, so that the two processes never hold a long list's rows at the same moment.
  channel.post(serialize(reply));
});
