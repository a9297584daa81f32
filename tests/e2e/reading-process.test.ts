// The packaged app's way of reading an imported file, with Electron's utility process stood in
// for: the services worker asks the main thread for a reading process, the main thread starts
// it with the heap cap, and a file that needs more memory than the cap ends in the Vietnamese
// message while the app (this process) and its services carry on.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createWorkerHost } from '../../src/main/host/worker-host';
import { readerFlags } from '../../src/main/import/reader-process';
import { importLimits } from '../../src/shared/import-limits';
import { recorded } from '../helpers/fake-electron';
import { expectedAttendees, fixturesDir } from '../helpers/fixtures';
import { tempDir } from '../helpers/services';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectron);
const { utilityReader } = await import('../../src/main/platform/utility-reader');

const built = path.resolve(__dirname, '../../out/main');
const host = createWorkerHost(
  {
    dbPath: path.join(tempDir(), 'du-lieu.sqlite'),
    version: 'test',
    parseWorker: pathToFileURL(path.join(built, 'parse-worker.js')).href,
    dailyBackup: false,
  },
  pathToFileURL(path.join(built, 'data-worker.js')),
  utilityReader,
);
afterAll(() => host.close());

const preview = (fileName: string, bytes: Uint8Array, requestId: string) =>
  host.call('imports.preview', {
    requestId,
    fileName,
    content: Buffer.from(bytes).toString('base64'),
  });

describe('reading an imported file in a utility process started by the main thread', () => {
  it('reads a list, and refuses a file that outgrows the heap cap without stopping the services', async () => {
    const list = '09-excel-97-2003.xls';
    const good = await preview(list, fs.readFileSync(path.join(fixturesDir, list)), 'doc-tot-0001');
    expect(good).toMatchObject({ ok: true, value: { attendeeCount: expectedAttendees(list).length } });

    // One byte changed (see tests/unit/main/import/untrusted.test.ts): SheetJS grows one array without end.
    const damaged = fs.readFileSync(path.join(fixturesDir, list));
    damaged[5853] = 0x84;
    const refused = await preview('danh-sach.xls', damaged, 'doc-hong-0001');
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'IMPORT_INVALID',
        message:
          'Tệp cần quá nhiều bộ nhớ để đọc nên đã dừng (tệp quá lớn hoặc có cấu trúc bất thường). Hãy chia ' +
          'nhỏ tệp rồi nhập lại.',
      },
    });
    expect(await host.call('conferences.list', {})).toMatchObject({ ok: true });
    const started = {
      modulePath: path.join(built, 'parse-worker.js'),
      execArgv: readerFlags(importLimits.workerHeapMb),
    };
    expect(recorded.utilityForks).toEqual([started, started]);
  }, 60_000);
});
