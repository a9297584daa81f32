// Imports a 100,000-row .xlsx through the services (read in its own thread, checked against
// the directory, committed in one transaction) and compares the time with exceljs's own
// streaming read of the same file in the same run; reports the peak memory of the process.
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ImportPreview, ImportResult } from '../src/shared/import-types';
import { createInProcessHost } from '../src/main/host/in-process-host';
import { communePositions, generatePerson, seededRandom } from '../src/main/services/demo-data';
import { peakMemory, round, type Measure } from './measures';

export interface ImportBenchOptions {
  readonly rows: number;
  readonly log: (message: string) => void;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** An attendee list as a province sends it: title block, groups per bridge point, phones as numbers. */
async function writeList(file: string, rows: number): Promise<void> {
  const random = seededRandom(100_000);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = book.addWorksheet('Danh sách');
  sheet.addRow(['TỈNH ỦY THÁI NGUYÊN']).commit();
  sheet.addRow(['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ TRỰC TUYẾN QUÁN TRIỆT NGHỊ QUYẾT']).commit();
  sheet.addRow([]).commit();
  sheet.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Điện thoại', 'Ghi chú']).commit();
  for (let i = 0; i < rows; i++) {
    if (i % 100 === 0) sheet.addRow([`${i / 100 + 1}. ĐIỂM CẦU ĐẢNG ỦY XÃ SỐ ${i / 100 + 1}`]).commit();
    const person = generatePerson(random);
    sheet.addRow([i + 1, person.fullName, communePositions[i % communePositions.length], `Đảng ủy xã số ${Math.floor(i / 100) + 1}`, Number(person.phone), '']).commit();
  }
  sheet.commit();
  await book.commit();
}

async function excelJsRead(file: string): Promise<number> {
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'emit' });
  for await (const sheet of reader) {
    for await (const row of sheet) (row as ExcelJS.Row).eachCell(() => void cells++);
  }
  return cells;
}

export async function benchImport(options: ImportBenchOptions): Promise<Measure[]> {
  const { log } = options;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thu-ky-bench-import-'));
  const file = path.join(dir, 'danh-sach.xlsx');
  await writeList(file, options.rows);
  log(`Tệp thử: ${options.rows.toLocaleString('vi-VN')} dòng, ${round(fs.statSync(file).size / 1024 / 1024, 1)} MB`);

  // The app reads files with its built thread, as the window does.
  execFileSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'ignore' });
  const parseWorker = pathToFileURL(path.join(root, 'out/main/parse-worker.js')).href;

  let started = performance.now();
  await excelJsRead(file);
  const excelJsSeconds = (performance.now() - started) / 1000;
  log(`exceljs đọc luồng: ${round(excelJsSeconds, 2)} s`);

  const host = await createInProcessHost({ dbPath: path.join(dir, 'import.sqlite'), version: 'bench', parseWorker });
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const envelope = await host.call(name, input);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
    return envelope.value as T;
  };
  const content = fs.readFileSync(file).toString('base64');
  let previewSeconds = 0;
  started = performance.now();
  const { result, peakMb, baselineMb } = await peakMemory(async () => {
    const preview = await call<ImportPreview>('imports.preview', { requestId: 'benchpreview1', fileName: 'danh-sach.xlsx', content });
    previewSeconds = (performance.now() - started) / 1000;
    return call<ImportResult>('imports.commit', { requestId: 'benchcommit01', previewId: preview.previewId, target: { newConferenceName: 'Hội nghị thử tải' } });
  });
  const importSeconds = (performance.now() - started) / 1000;
  await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
  log(`Nhập qua các service: ${round(importSeconds, 2)} s (đọc và xem trước ${round(previewSeconds, 2)} s, ghi ${round(importSeconds - previewSeconds, 2)} s), ${result.imported.toLocaleString('vi-VN')} đại biểu`);
  return [
    { name: 'import_100k_exceljs_read_seconds', value: round(excelJsSeconds), unit: 's' },
    { name: 'import_100k_preview_seconds', value: round(previewSeconds), unit: 's' },
    { name: 'import_100k_commit_seconds', value: round(importSeconds - previewSeconds), unit: 's' },
    { name: 'import_100k_seconds', value: round(importSeconds), unit: 's' },
    { name: 'import_ratio', value: round(importSeconds / excelJsSeconds), unit: 'x', target: '<= 1.5' },
    { name: 'import_peak_memory_mb', value: peakMb, unit: 'MB', target: '< 400' },
    { name: 'import_memory_above_baseline_mb', value: peakMb - baselineMb, unit: 'MB' },
  ];
}
