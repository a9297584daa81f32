// The Excel attendee list at scale: 100,000 rows through the services (database, cleaning,
// layout, streaming writer) against exceljs's streaming writer alone writing the same rows
// (read before its clock starts) in the same run. Each side runs in a fresh process so that
// its peak memory is its own; each figure is the best of three runs, the peak the highest.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInProcessHost } from '../src/main/host/in-process-host';
import { runSide, type SideOutcome } from './child';
import { conferenceOf } from './conference';
import { round, type Measure } from './measures';

export interface ExcelBenchOptions {
  readonly rows: number;
  readonly log: (message: string) => void;
}

interface RunOutcome extends SideOutcome {
  readonly rows: number;
}

const runOnce = (side: 'app' | 'bare' | 'plain', dbPath: string, conferenceId: number) =>
  runSide<RunOutcome>('excel-run.ts', side, dbPath, conferenceId);

/** The best of a few runs, each in a fresh process, sides taking turns: one run of 1–2 s on 2 cores varies by ±10 %. */
function best(
  sides: readonly ('app' | 'bare' | 'plain')[],
  dbPath: string,
  conferenceId: number,
  runs = 3,
): Record<string, RunOutcome> {
  const results: Record<string, RunOutcome[]> = {};
  for (let i = 0; i < runs; i++)
    for (const side of sides) (results[side] ??= []).push(runOnce(side, dbPath, conferenceId));
  return Object.fromEntries(
    Object.entries(results).map(([side, outcomes]) => [
      side,
      {
        ...outcomes.reduce((a, b) => (b.seconds < a.seconds ? b : a)),
        peakMb: Math.max(...outcomes.map((o) => o.peakMb)),
      },
    ]),
  );
}

export async function benchExcel(options: ExcelBenchOptions): Promise<Measure[]> {
  const { log } = options;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thu-ky-bench-excel-'));
  const dbPath = path.join(dir, 'excel.sqlite');
  const host = await createInProcessHost({ dbPath, version: 'bench', dailyBackup: false });
  const conferenceId = await conferenceOf(host, 'Hội nghị trực tuyến toàn tỉnh', options.rows);
  await host.close();

  const count = options.rows.toLocaleString('vi-VN');
  const { bare, plain, app } = best(['bare', 'plain', 'app'], dbPath, conferenceId);
  log(`exceljs ghi luồng ${count} dòng (cùng kiểu ô): ${round(bare.seconds)} s, bộ nhớ đỉnh ${bare.peakMb} MB`);
  log(`exceljs ghi luồng ${count} dòng (không kiểu ô): ${round(plain.seconds)} s, bộ nhớ đỉnh ${plain.peakMb} MB`);
  log(
    `Danh sách đại biểu Excel ${app.rows.toLocaleString('vi-VN')} dòng qua các service: ` +
      `${round(app.seconds)} s, ${Math.round(app.bytes / 1024)} KB, bộ nhớ đỉnh ${app.peakMb} MB`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
  return [
    { name: 'excel_list_100k_bare_exceljs_seconds', value: round(bare.seconds), unit: 's' },
    { name: 'excel_list_100k_plain_exceljs_seconds', value: round(plain.seconds), unit: 's' },
    { name: 'excel_list_100k_seconds', value: round(app.seconds), unit: 's' },
    { name: 'excel_list_ratio', value: round(app.seconds / bare.seconds), unit: 'x', target: '<= 1.3' },
    { name: 'excel_list_100k_peak_memory_mb', value: app.peakMb, unit: 'MB', target: '< 300' },
  ];
}
