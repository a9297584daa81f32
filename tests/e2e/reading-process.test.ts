// The packaged app's way of reading an imported file, with Electron's utility process stood in
// for: the services worker asks the main thread for a reading process, the main thread starts
// it with the heap cap, and a file that needs more memory than the cap ends in the Vietnamese
// message while the app (this process) and its services carry on.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createWorkerHost } from '../../src/main/host/worker-host';
import { importMessages } from '../../src/main/import/errors';
import { readerFlags, type StartReader } from '../../src/main/import/reader-process';
import { importLimits } from '../../src/shared/import/import-limits';
import { recorded } from '../helpers/fake-electron';
import { expectedAttendees, fixturesDir } from '../helpers/fixtures';
import { xlsxWith } from '../helpers/hostile-files';
import { tempDir } from '../helpers/services';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectron);
const { utilityReader } = await import('../../src/main/platform/utility-reader');

// The caps the services ask for, and a small one the processes get: a list that needs more than
// it is at hand, where the real cap would need a file of hundreds of megabytes' worth of cells.
const askedHeapMb: number[] = [];
const testHeapMb = 48;
const cappedReader: StartReader = (entry, heapMb) => {
  askedHeapMb.push(heapMb);
  return utilityReader(entry, testHeapMb);
};

const built = path.resolve(__dirname, '../../out/main');
const host = createWorkerHost(
  {
    dbPath: path.join(tempDir(), 'du-lieu.sqlite'),
    version: 'test',
    parseWorker: pathToFileURL(path.join(built, 'parse-worker.js')).href,
    dailyBackup: false,
  },
  pathToFileURL(path.join(built, 'data-worker.js')),
  cappedReader,
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

    // A list of 240,000 people, more than the small cap of this test's reading processes holds.
    const names = Array.from({ length: 240_000 }, (_, i) => `<si><t>Nguyễn Thị Hồng Nhung ${i}</t></si>`);
    const rows = names.map((_, i) => `<row r="${i + 2}"><c t="s"><v>${i}</v></c></row>`);
    const header = '<row r="1"><c t="inlineStr"><is><t>Họ và tên</t></is></c></row>';
    const large = await xlsxWith(header + rows.join(''), names.join(''));
    const refused = await preview('danh-sach.xlsx', large, 'doc-lon-0001');
    expect(refused).toEqual({ ok: false, error: { code: 'IMPORT_INVALID', message: importMessages.tooMuchMemory } });
    expect(await host.call('conferences.list', {})).toMatchObject({ ok: true });
    expect(askedHeapMb).toEqual([importLimits.workerHeapMb, importLimits.workerHeapMb]);
    const started = { modulePath: path.join(built, 'parse-worker.js'), execArgv: readerFlags(testHeapMb) };
    expect(recorded.utilityForks).toEqual([started, started]);
  }, 60_000);
});
