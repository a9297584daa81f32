// The period's statistics over a generated year (period-year.ts): the whole year on a fresh
// connection and again warm, a quarter, one kind, and the lists behind a point's and a unit's
// figures, through the same function every door calls. Against it, better-sqlite3 reading the
// year's conference points and their attendee counts with one plain GROUP BY: the ratio is
// what the service adds to reading the rows it rests on.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/main/db/open';
import { periodAttendees, periodFigures, pointConferences } from '../src/main/statistics/period';
import { periodFilter } from '../src/shared/statistics/statistics-calls';
import { fullYear, generatePeriodYear } from './period-year';
import { round, timeRuns, type Measure } from './measures';

export interface PeriodBenchOptions {
  /** Keep the generated database at this path (it must not exist yet). */
  readonly keep?: string;
  /** Add the year into this existing database instead (a copy of the demo's, say). */
  readonly into?: string;
  readonly log: (message: string) => void;
}

const runs = 5;

function databasePath(options: PeriodBenchOptions): { file: string; temporary: string | null } {
  if (options.into) {
    if (!fs.existsSync(options.into)) throw new Error(`--into: không có tệp ${options.into}`);
    return { file: path.resolve(options.into), temporary: null };
  }
  if (options.keep) {
    if (fs.existsSync(options.keep)) throw new Error(`--keep: tệp ${options.keep} đã có, hãy chọn tệp khác`);
    return { file: path.resolve(options.keep), temporary: null };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thu-ky-bench-period-'));
  return { file: path.join(dir, 'period.sqlite'), temporary: dir };
}

export async function benchPeriod(options: PeriodBenchOptions): Promise<Measure[]> {
  const { log } = options;
  const { file, temporary } = databasePath(options);
  let started = performance.now();
  const generating = await openDatabase(file);
  const year = generatePeriodYear(generating.db, fullYear);
  generating.db.close();
  log(
    `Năm ${fullYear.year}: ${year.conferenceIds.length} hội nghị, ${Math.min(...year.pointsPerConference)}–` +
      `${Math.max(...year.pointsPerConference).toLocaleString('vi-VN')} điểm cầu mỗi hội nghị ` +
      `(${year.pointsPerConference.reduce((a, b) => a + b, 0).toLocaleString('vi-VN')} lượt), ` +
      `${year.attendees.toLocaleString('vi-VN')} đại biểu có tên (${year.people.toLocaleString('vi-VN')} người): ` +
      `tạo trong ${round((performance.now() - started) / 1000, 1)} s (${file})`,
  );

  const filter = (from: string, to: string, kind: 'giao_ban' | null = null) =>
    periodFilter.parse({ from: `${fullYear.year}-${from}`, to: `${fullYear.year}-${to}`, kind });
  const wholeYear = filter('01-01', '12-31');

  const opened = await openDatabase(file);
  const ctx = { db: opened.db, progress: () => undefined };
  started = performance.now();
  const figures = periodFigures(ctx, { filter: wholeYear });
  const coldMs = performance.now() - started;
  log(
    `${figures.periodLabel}: ${figures.conferences.length} hội nghị, có mặt ` +
      `${figures.delegates.present.toLocaleString('vi-VN')}/${figures.delegates.invited.toLocaleString('vi-VN')}, ` +
      `${figures.repeatAbsentees.length.toLocaleString('vi-VN')} người vắng từ 2 lần; lần đầu ${round(coldMs)} ms`,
  );
  const measures: Measure[] = [
    { name: 'period_year_cold_ms', value: round(coldMs), unit: 'ms', target: '< 2000' },
    ...(await timeRuns(
      'period_year',
      runs,
      () => Promise.resolve(periodFigures(ctx, { filter: wholeYear })),
      '< 2000',
    )),
    ...(await timeRuns(
      'period_quarter',
      runs,
      () => Promise.resolve(periodFigures(ctx, { filter: filter('10-01', '12-31') })),
      '< 2000',
    )),
    ...(await timeRuns(
      'period_year_kind',
      runs,
      () => Promise.resolve(periodFigures(ctx, { filter: filter('01-01', '12-31', 'giao_ban') })),
      '< 2000',
    )),
    ...(await timeRuns(
      'period_point_conferences',
      runs,
      () => Promise.resolve(pointConferences(ctx, { filter: wholeYear, bridgePointId: year.busiestPointId })),
      '',
    )),
    ...(await timeRuns(
      'period_unit_attendees',
      runs,
      () => Promise.resolve(periodAttendees(ctx, { filter: wholeYear, of: { by: 'unit', unit: year.busiestUnit } })),
      '',
    )),
  ];
  opened.db.close();

  const raw = new Database(file, { readonly: true });
  const readPoints = raw.prepare(
    `SELECT cbp.id, cbp.invited_count, cbp.present_count, a.status, count(a.id) AS n
     FROM conferences c
     JOIN conference_bridge_points cbp ON cbp.conference_id = c.id
     LEFT JOIN attendees a ON a.conference_bridge_point_id = cbp.id
     WHERE c.date BETWEEN ? AND ?
     GROUP BY cbp.id, a.status`,
  );
  const rawRuns = await timeRuns(
    'period_year_raw_group_by',
    runs,
    () => Promise.resolve(readPoints.all(wholeYear.from, wholeYear.to)),
    '',
  );
  raw.close();
  const p50 = (label: string, list: readonly Measure[]) => list.find((m) => m.name === `${label}_p50_ms`)!.value;
  measures.push(...rawRuns, {
    name: 'period_year_ratio',
    value: round(p50('period_year', measures) / p50('period_year_raw_group_by', rawRuns)),
    unit: 'x',
  });
  if (temporary) fs.rmSync(temporary, { recursive: true, force: true });
  else log(`Giữ lại dữ liệu thử trong ${file}`);
  return measures;
}
