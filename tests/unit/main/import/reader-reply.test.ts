// The reading process answers with the bytes of its reply, and the import builds the rows only
// once the process is stopped. A reader that answers anything else (a process a hostile file
// took over) ends in the same Vietnamese message as a file that cannot be read.
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/errors';
import { importMessages } from '../../../../src/main/import/errors';
import type { ReaderChild, StartReader } from '../../../../src/main/import/reader-process';
import { parseInWorker, type ReaderReply } from '../../../../src/main/import/run-parse';
import type { ParsedFile } from '../../../../src/shared/import/import-types';

/** A reading process that answers `answer` to the file it is sent; records when it was stopped. */
function standIn(answer: unknown): { startReader: StartReader; events: string[] } {
  const events: string[] = [];
  const startReader: StartReader = (): ReaderChild => {
    let listener: (message: unknown) => void = () => undefined;
    let exited = () => undefined as void;
    return {
      send: () => setTimeout(() => listener(answer), 5),
      onMessage: (next) => void (listener = next),
      onExit: (next) => void (exited = next),
      kill: () => {
        events.push('killed');
        exited();
      },
    };
  };
  return { startReader, events };
}

const parsed: ParsedFile = {
  fileName: 'danh-sach.xlsx',
  tables: [
    {
      sheet: 'Danh sách',
      headerRows: [1],
      columns: [{ index: 0, header: 'Họ và tên', kind: 'fullName' }],
      sheetPoint: null,
      firstDataRow: 1,
      rows: [['Nguyễn Thị Hằng']],
    },
  ],
  skippedSheets: [],
};

describe('the reading process’s reply', () => {
  it('is read from its bytes once the process is stopped', async () => {
    const reply: ReaderReply = { ok: true, parsed };
    const { startReader, events } = standIn(serialize(reply));
    const got = await parseInWorker(new Uint8Array([1]), 'danh-sach.xlsx', { startReader });
    expect(got).toEqual(parsed);
    expect(events).toEqual(['killed']);
  });

  it('carries the reader’s own Vietnamese refusal', async () => {
    const reply: ReaderReply = { ok: false, error: { code: 'IMPORT_INVALID', message: importMessages.prose } };
    const { startReader } = standIn(serialize(reply));
    const error = await parseInWorker(new Uint8Array([1]), 'x.xlsx', { startReader }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(importMessages.prose);
  });

  it.each([
    ['bytes that are no serialized value', new Uint8Array([0xff, 0x0d, 0x6f, 0x02])],
    ['an object instead of bytes', { ok: true, parsed }],
    ['a text', 'reader-done'],
    ['bytes of a number', serialize(42)],
    ['bytes of a refusal without its message', serialize({ ok: false })],
  ])('refuses %s with the message of a file that cannot be read', async (_, answer) => {
    const { startReader, events } = standIn(answer);
    const error = await parseInWorker(new Uint8Array([1]), 'x.xlsx', { startReader }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(importMessages.unreadable);
    expect(events).toEqual(['killed']);
  });
});

describe('readings one at a time', () => {
  /** A reading process that answers only when the test says so. */
  function heldReader() {
    const started: number[] = [];
    const answers: (() => void)[] = [];
    const startReader: StartReader = () => {
      started.push(started.length + 1);
      let listener: (message: unknown) => void = () => undefined;
      let exited = () => undefined as void;
      return {
        send: () => void answers.push(() => listener(serialize({ ok: true, parsed } satisfies ReaderReply))),
        onMessage: (next) => void (listener = next),
        onExit: (next) => void (exited = next),
        kill: () => exited(),
      };
    };
    return { startReader, started, answers };
  }

  it('starts the second reading process only when the first has answered', async () => {
    const { startReader, started, answers } = heldReader();
    const first = parseInWorker(new Uint8Array([1]), 'a.xlsx', { startReader });
    const second = parseInWorker(new Uint8Array([1]), 'b.xlsx', { startReader });
    await expect.poll(() => started.length).toBe(1);
    answers[0]();
    await first;
    await expect.poll(() => started.length).toBe(2);
    answers[1]();
    expect(await second).toEqual(parsed);
  });

  it('ends a reading cancelled while it waits, at once, without starting its process', async () => {
    const { startReader, started, answers } = heldReader();
    const first = parseInWorker(new Uint8Array([1]), 'a.xlsx', { startReader });
    const controller = new AbortController();
    const second = parseInWorker(new Uint8Array([1]), 'b.xlsx', { startReader }, controller.signal);
    const third = parseInWorker(new Uint8Array([1]), 'c.xlsx', { startReader });
    controller.abort();
    expect(await second.catch((e: unknown) => e)).toMatchObject({ code: 'CANCELLED' });
    await expect.poll(() => started.length).toBe(1);
    answers[0]();
    await first;
    await expect.poll(() => started.length).toBe(2);
    answers[1]();
    expect(await third).toEqual(parsed);
  });
});
