// The conference day at national scale: 31,000 bridge points and 2,000,000 named attendees
// (most marked present), then the figures of the moment and the quick report through the
// services, and the summary the roll call works out from its points after each mark. The
// attendees are written by plain statements (the write benches measure writing); what is
// timed here is the reading.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/main/db/open';
import { createInProcessHost } from '../src/main/host/in-process-host';
import type { ServiceHost } from '../src/main/host/service-host';
import type { CallInput, CallName, CallResult } from '../src/shared/contract';
import { communePositions, generatePerson, seededRandom } from '../src/main/demo/demo-data';
import { createNationalConference } from '../src/main/demo/demo-national';
import { communeLevel } from '../src/shared/admin-units/admin-units';
import { figuresOf } from '../src/shared/conference-day/figures';
import { round, timeRuns, type Measure } from './measures';
import { insertPlain, openPlain, storedRow } from './plain-insert';

export interface DayBenchOptions {
  readonly points: number;
  readonly attendees: number;
  readonly log: (message: string) => void;
}

export async function benchDay(options: DayBenchOptions): Promise<Measure[]> {
  const { log } = options;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thu-ky-bench-day-'));
  const dbPath = path.join(dir, 'day.sqlite');
  let started = performance.now();
  const opened = await openDatabase(dbPath);
  const conferenceId = createNationalConference({ db: opened.db, progress: () => undefined }, options.points);
  opened.db.close();
  let host: ServiceHost = await createInProcessHost({ dbPath, version: 'bench', dailyBackup: false });
  const call = async <N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<N>> => {
    const envelope = await host.call(name, input);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
    return envelope.value as CallResult<N>;
  };
  const points = (await call('conferenceBridgePoints.list', { conferenceId })).filter(
    (p) => p.levelLabel === communeLevel,
  );
  await host.close();

  // Named attendees at every commune point: the counts the points reported give way to names.
  const plain = await openPlain(dbPath);
  plain
    .prepare(`UPDATE conference_bridge_points SET invited_count = NULL, present_count = NULL WHERE conference_id = ?`)
    .run(conferenceId);
  const random = seededRandom(options.attendees);
  const batch = 100_000;
  for (let start = 0; start < options.attendees; start += batch) {
    const rows = Array.from({ length: Math.min(batch, options.attendees - start) }, (_, i) => {
      const person = generatePerson(random);
      const n = start + i;
      return storedRow({
        ...person,
        position: communePositions[n % communePositions.length],
        unit: null,
        conferenceBridgePointId: points[n % points.length].id,
      });
    });
    insertPlain(plain, conferenceId, rows);
  }
  plain
    .prepare(
      `UPDATE attendees SET status = CASE WHEN id % 20 = 0 THEN 'vang_co_ly_do' WHEN id % 20 = 1 THEN ` +
        `'duoc_moi' ELSE 'co_mat' END WHERE conference_id = ?`,
    )
    .run(conferenceId);
  plain.close();
  log(
    `Hội nghị ${options.points.toLocaleString('vi-VN')} điểm cầu, ` +
      `${options.attendees.toLocaleString('vi-VN')} đại biểu: tạo trong ` +
      `${round((performance.now() - started) / 1000, 1)} s`,
  );

  host = await createInProcessHost({ dbPath, version: 'bench', dailyBackup: false });
  started = performance.now();
  const figures = await call('rollCall.figures', { conferenceId });
  log(
    `Số liệu lần đầu: ${round(performance.now() - started)} ms, có mặt ` +
      `${figures.delegates.present.toLocaleString('vi-VN')}/${figures.delegates.invited.toLocaleString('vi-VN')}`,
  );
  // The roll call works the summary out from the points it holds after each mark.
  const listed = await call('conferenceBridgePoints.list', { conferenceId });
  const measures = [
    ...(await timeRuns('day_summary_after_mark_31k', 20, () => Promise.resolve(figuresOf(listed)), '< 100')),
    ...(await timeRuns('day_figures_31k_points_2m', 5, () => call('rollCall.figures', { conferenceId }), '')),
    ...(await timeRuns('day_quick_report_31k_points_2m', 5, () => call('reports.quick', { conferenceId }), '')),
    ...(await timeRuns(
      'day_mark_point_31k',
      20,
      (i) => call('rollCall.mark', { conferenceId, conferenceBridgePointIds: [points[i].id], status: 'da_ket_noi' }),
      '< 100',
    )),
  ];
  await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return measures;
}
