// The untrusted-file path as the app runs it: the file is read in its own process with caps
// on time and memory; a bad file ends quickly in a Vietnamese message.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSpreadsheet } from '../../../../src/main/import/parse';
import { importMessages } from '../../../../src/main/import/errors';
import { parseInWorker } from '../../../../src/main/import/run-parse';
import { AppError } from '../../../../src/shared/errors';
import { badFixtureMessage, badFixtures, fixturesDir, goodFixtures } from '../../../helpers/fixtures';

describe('reading files in their own process', () => {
  it.each(badFixtures)('%s is refused within 5 s without exhausting memory', async (file) => {
    const bytes = fs.readFileSync(path.join(fixturesDir, file));
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const started = Date.now();
    const error = await parseInWorker(bytes, 'tep.xlsx', {}).then(
      () => null,
      (e: unknown) => e,
    );
    clearInterval(sampler);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'IMPORT_INVALID', message: badFixtureMessage(file) });
    expect((peak - baseline) / 1024 / 1024).toBeLessThan(300);
  });

  it.each(goodFixtures)('%s reads the same in its process as directly', async (file) => {
    const bytes = fs.readFileSync(path.join(fixturesDir, file));
    const read = await parseInWorker(bytes, file, {});
    expect(read.tables.length).toBeGreaterThan(0);
    expect(read).toStrictEqual(parseSpreadsheet(bytes, file));
  });

  it('refuses at once an .xls whose damage would make SheetJS grow one array without end', async () => {
    // One byte of fixture 09 changed (found by the fuzz test, seed 911426): a LABELSST record's
    // length, so that SheetJS reads a string past the end of the stream and its loop never meets
    // the end (in a thread this aborted the whole process, nodejs/node#47224; in its own process
    // it ran out of heap after 5 s). The records are checked before SheetJS reads them.
    const bytes = fs.readFileSync(path.join(fixturesDir, '09-excel-97-2003.xls'));
    bytes[5853] = 0x84;
    const started = Date.now();
    const error = await parseInWorker(bytes, 'danh-sach.xls', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'IMPORT_INVALID', message: importMessages.damagedZip });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(
      (await parseInWorker(fs.readFileSync(path.join(fixturesDir, goodFixtures[0])), goodFixtures[0], {})).tables
        .length,
    ).toBeGreaterThan(0);
  });

  it('refuses an .xls whose workbook stream the container cannot give whole', async () => {
    // One byte of fixture 09's directory changed (found by the fuzz test, seed 922192): the
    // workbook stream's first sector points nowhere, and SheetJS's container reader answers an
    // empty plain array for a stream that declares 6,451 bytes.
    const bytes = fs.readFileSync(path.join(fixturesDir, '09-excel-97-2003.xls'));
    bytes[9972] = 206;
    const error = await parseInWorker(bytes, 'danh-sach.xls', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'IMPORT_INVALID', message: importMessages.damagedZip });
  });

  it('refuses a file over the size cap before reading it', async () => {
    const error = await parseInWorker(new Uint8Array(51 * 1024 * 1024), 'lon.xlsx', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'IMPORT_INVALID',
      message:
        'Tệp quá lớn (51 MB). Danh sách đại biểu thường chỉ vài trăm KB; hãy kiểm tra lại tệp, hoặc chia ' +
        'thành nhiều tệp nhỏ hơn 50 MB.',
    });
  });
});
