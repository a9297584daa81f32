// Imports a 100,000-row .xlsx through the services (read in its own process, checked against
// the directory, committed in one transaction) and compares the time with exceljs's streaming
// read plus a plain better-sqlite3 insert of the same rows into the same schema, in the same
// run; and times a 5,000-row list, the size of a large province's list, from file to commit.
// Each side runs in a fresh process of its own, so that the peak memory reported is the
// import's (its reading process included) and not the bench's.
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { communePositions, generatePerson, seededRandom } from '../src/main/demo/demo-data';
import { percentile, round, type Measure } from './measures';
import { runWatched, type TreeMemory } from './process-tree';

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
    sheet
      .addRow([
        i + 1,
        person.fullName,
        communePositions[i % communePositions.length],
        `Đảng ủy xã số ${Math.floor(i / 100) + 1}`,
        Number(person.phone),
        '',
      ])
      .commit();
  }
  sheet.commit();
  await book.commit();
}

interface RunOutcome extends TreeMemory {
  readonly seconds: number;
  readonly ownPeakMb: number;
  readonly baselineMb: number;
  readonly previewSeconds?: number;
  readonly imported?: number;
  readonly readSeconds?: number;
  readonly insertSeconds?: number;
  readonly waits?: number[];
}

/** Runs one side in a fresh process (see import-run.ts), its memory watched with its reading process's. */
async function run(
  side: 'exceljs' | 'plain' | 'services' | 'queue',
  file: string,
  parseWorker: string,
  dbPath: string,
): Promise<RunOutcome> {
  const { stdout, memory } = await runWatched(
    ['--import', 'tsx', path.join(root, 'bench/import-run.ts'), side, file, parseWorker, dbPath],
    root,
  );
  return { ...(JSON.parse(stdout.trim().split('\n').pop()!) as Omit<RunOutcome, keyof TreeMemory>), ...memory };
}

export async function benchImport(options: ImportBenchOptions): Promise<Measure[]> {
  const { log } = options;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thu-ky-bench-import-'));
  const file = path.join(dir, 'danh-sach.xlsx');
  await writeList(file, options.rows);
  log(`Tệp thử: ${options.rows.toLocaleString('vi-VN')} dòng, ${round(fs.statSync(file).size / 1024 / 1024, 1)} MB`);

  // The app reads files with its built reading process, as the window does.
  execFileSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'ignore',
  });
  const parseWorker = pathToFileURL(path.join(root, 'out/main/parse-worker.js')).href;

  const excelJs = await run('exceljs', file, parseWorker, '');
  log(`exceljs đọc luồng: ${round(excelJs.seconds, 2)} s, bộ nhớ đỉnh ${excelJs.peakMb} MB`);
  const plain = await run('plain', file, parseWorker, path.join(dir, 'plain.sqlite'));
  log(
    `exceljs đọc rồi better-sqlite3 ghi thẳng: ${round(plain.seconds, 2)} s (đọc ` +
      `${round(plain.readSeconds!, 2)} s, ghi ${round(plain.insertSeconds!, 2)} s)`,
  );
  const ours = await run('services', file, parseWorker, path.join(dir, 'import.sqlite'));
  const small = path.join(dir, 'danh-sach-5000.xlsx');
  await writeList(small, 5000);
  const fiveThousand = await run('services', small, parseWorker, path.join(dir, 'import-5000.sqlite'));
  log(`Nhập danh sách 5.000 dòng từ tệp đến khi ghi xong: ${round(fiveThousand.seconds, 2)} s`);
  const queue = await run('queue', '', parseWorker, path.join(dir, 'queue.sqlite'));
  const waits = [...queue.waits!].sort((a, b) => a - b);
  log(
    `Trong ${round(queue.seconds, 1)} s đọc một tệp độc hại, ${waits.length} lần lưu biên bản và mở danh sách ` +
      `hội nghị chờ nhiều nhất ${round(waits.at(-1) ?? 0, 1)} ms (p95 ${round(percentile(waits, 95), 1)} ms)`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
  const previewSeconds = ours.previewSeconds!;
  log(
    `Nhập qua các service: ${round(ours.seconds, 2)} s (đọc và xem trước ${round(previewSeconds, 2)} s, ghi ` +
      `${round(ours.seconds - previewSeconds, 2)} s), ` +
      (`${ours.imported!.toLocaleString('vi-VN')} đại biểu, bộ nhớ đỉnh ${ours.peakMb} MB cùng lúc (tiến trình ` +
        `riêng lúc đầu ${ours.baselineMb} MB, đỉnh ${ours.ownPeakMb} MB; tiến trình đọc tệp đỉnh ` +
        `${ours.childPeakMb} MB)`),
  );
  return [
    { name: 'import_100k_exceljs_read_seconds', value: round(excelJs.seconds), unit: 's' },
    { name: 'import_100k_exceljs_peak_memory_mb', value: excelJs.peakMb, unit: 'MB' },
    { name: 'import_100k_preview_seconds', value: round(previewSeconds), unit: 's' },
    { name: 'import_100k_commit_seconds', value: round(ours.seconds - previewSeconds), unit: 's' },
    { name: 'import_100k_seconds', value: round(ours.seconds), unit: 's' },
    { name: 'import_ratio', value: round(ours.seconds / excelJs.seconds), unit: 'x' },
    { name: 'import_100k_plain_read_and_insert_seconds', value: round(plain.seconds), unit: 's' },
    {
      name: 'import_ratio_to_read_and_insert',
      value: round(ours.seconds / plain.seconds),
      unit: 'x',
      target: '<= 1.3',
    },
    { name: 'import_5k_seconds', value: round(fiveThousand.seconds), unit: 's', target: '<= 1' },
    { name: 'calls_while_reading_max_wait_ms', value: round(waits.at(-1) ?? 0, 1), unit: 'ms', target: '<= 100' },
    { name: 'import_peak_memory_mb', value: ours.peakMb, unit: 'MB', target: '< 400' },
    { name: 'import_memory_above_baseline_mb', value: ours.peakMb - ours.baselineMb, unit: 'MB' },
    // The two processes' own peaks added, as if they fell at the same moment: an upper bound.
    { name: 'import_sum_of_process_peaks_mb', value: ours.ownPeakMb + ours.childPeakMb, unit: 'MB' },
  ];
}
