// The untrusted-file path as the app runs it: the file is read in its own thread with caps
// on time and memory; a bad file ends quickly in a Vietnamese message.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSpreadsheet } from '../../../../src/main/import/parse';
import { parseInWorker } from '../../../../src/main/import/run-parse';
import { AppError } from '../../../../src/shared/errors';
import { badFixtureMessage, badFixtures, fixturesDir, goodFixtures } from '../../../helpers/fixtures';

describe('reading files in their own thread', () => {
  it.each(badFixtures)('%s is refused within 5 s without exhausting memory', async (file) => {
    const bytes = fs.readFileSync(path.join(fixturesDir, file));
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const started = Date.now();
    const error = await parseInWorker(bytes, 'tep.xlsx', undefined).then(
      () => null,
      (e: unknown) => e,
    );
    clearInterval(sampler);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'IMPORT_INVALID', message: badFixtureMessage(file) });
    expect((peak - baseline) / 1024 / 1024).toBeLessThan(300);
  });

  it.each(goodFixtures)('%s reads the same in the thread as directly', async (file) => {
    const bytes = fs.readFileSync(path.join(fixturesDir, file));
    const inThread = await parseInWorker(bytes, file, undefined);
    expect(inThread.tables.length).toBeGreaterThan(0);
    expect(inThread).toStrictEqual(parseSpreadsheet(bytes, file));
  });

  it('refuses a file over the size cap before reading it', async () => {
    const error = await parseInWorker(new Uint8Array(51 * 1024 * 1024), 'lon.xlsx', undefined).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'IMPORT_INVALID',
      message:
        'Tệp quá lớn (51 MB). Danh sách đại biểu thường chỉ vài trăm KB; hãy kiểm tra lại tệp, hoặc chia ' +
        'thành nhiều tệp nhỏ hơn 50 MB.',
    });
  });
});
