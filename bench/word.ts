// Word documents at scale: the minutes with a 2,000-attendee appendix, and a 20,000-row
// attendee list compared with docx alone building one table of the same rows in the same
// run. Each side runs in a fresh process so that its peak memory is its own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInProcessHost } from '../src/main/host/in-process-host';
import { runSide } from './child';
import { conferenceOf } from './conference';
import { round, type Measure } from './measures';

export interface WordBenchOptions {
  readonly appendixAttendees: number;
  readonly listAttendees: number;
  readonly log: (message: string) => void;
}

const run = (side: 'minutes' | 'list' | 'bare', dbPath: string, conferenceId: number) =>
  runSide('word-run.ts', side, dbPath, conferenceId);

export async function benchWord(options: WordBenchOptions): Promise<Measure[]> {
  const { log } = options;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thu-ky-bench-word-'));
  const dbPath = path.join(dir, 'word.sqlite');
  const host = await createInProcessHost({ dbPath, version: 'bench', dailyBackup: false });
  const minutesConference = await conferenceOf(
    host,
    'Hội nghị học tập, quán triệt Nghị quyết',
    options.appendixAttendees,
  );
  const listConference = await conferenceOf(host, 'Hội nghị trực tuyến toàn tỉnh', options.listAttendees);
  await host.close();

  const minutes = run('minutes', dbPath, minutesConference);
  log(
    `Biên bản kèm phụ lục ${options.appendixAttendees.toLocaleString('vi-VN')} đại biểu: ` +
      `${round(minutes.seconds, 2)} s, ${Math.round(minutes.bytes / 1024)} ` +
      `KB, bộ nhớ đỉnh ${minutes.peakMb} MB`,
  );
  const bare = run('bare', dbPath, listConference);
  log(
    `docx một bảng ${options.listAttendees.toLocaleString('vi-VN')} dòng: ${round(bare.seconds, 2)} s, bộ ` +
      `nhớ đỉnh ${bare.peakMb} MB`,
  );
  const list = run('list', dbPath, listConference);
  log(
    `Danh sách đại biểu ${options.listAttendees.toLocaleString('vi-VN')} dòng qua các service: ` +
      `${round(list.seconds, 2)} s, bộ nhớ đỉnh ${list.peakMb} MB`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
  return [
    { name: 'word_minutes_2k_appendix_seconds', value: round(minutes.seconds), unit: 's', target: '<= 1' },
    { name: 'word_minutes_2k_appendix_peak_memory_mb', value: minutes.peakMb, unit: 'MB', target: '< 300' },
    { name: 'word_list_20k_bare_docx_seconds', value: round(bare.seconds), unit: 's' },
    { name: 'word_list_20k_seconds', value: round(list.seconds), unit: 's' },
    { name: 'word_list_ratio', value: round(list.seconds / bare.seconds), unit: 'x', target: '<= 1.3' },
    { name: 'word_list_20k_peak_memory_mb', value: list.peakMb, unit: 'MB' },
  ];
}
