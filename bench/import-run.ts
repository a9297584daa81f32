// One side of the import bench, in a process of its own so that its peak memory is its own:
// `tsx bench/import-run.ts exceljs|services FILE PARSE_WORKER_URL DB_PATH` prints one JSON line.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportPreview, ImportResult } from '../src/shared/import-types';
import { createInProcessHost } from '../src/main/host/in-process-host';

const [side, file, parseWorker, dbPath] = process.argv.slice(2);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function excelJsRead(): Promise<{ seconds: number; cells: number }> {
  const started = performance.now();
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'emit' });
  for await (const sheet of reader) {
    for await (const row of sheet) (row as ExcelJS.Row).eachCell(() => void cells++);
  }
  return { seconds: (performance.now() - started) / 1000, cells };
}

/** From the file's bytes to the committed import, as the window does it (the database is opened first). */
async function servicesImport(): Promise<{ seconds: number; previewSeconds: number; imported: number }> {
  const host = await createInProcessHost({ dbPath, version: 'bench', parseWorker });
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const envelope = await host.call(name, input);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
    return envelope.value as T;
  };
  const started = performance.now();
  const content = fs.readFileSync(file).toString('base64');
  const preview = await call<ImportPreview>('imports.preview', { requestId: 'benchpreview1', fileName: path.basename(file), content });
  const previewSeconds = (performance.now() - started) / 1000;
  const result = await call<ImportResult>('imports.commit', { requestId: 'benchcommit01', previewId: preview.previewId, target: { newConferenceName: 'Hội nghị thử tải' } });
  const seconds = (performance.now() - started) / 1000;
  await host.close();
  return { seconds, previewSeconds, imported: result.imported };
}

const baselineMb = mb(process.memoryUsage().rss);
const outcome = side === 'exceljs' ? await excelJsRead() : await servicesImport();
// maxRSS covers every thread of the process (the parse worker too), in kilobytes.
console.log(JSON.stringify({ ...outcome, baselineMb, peakMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
