// Creates 1,000,000 attendees over 31,000 bridge points through the services and compares
// the time with a plain better-sqlite3 insert of the same rows into the same schema, in the
// same run; then times search without diacritics and paging in Vietnamese name order.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CallInput, CallName, CallResult } from '../src/shared/contract';
import { foldForSearch } from '../src/shared/text/vietnamese';
import { createInProcessHost } from '../src/main/host/in-process-host';
import { openDatabase } from '../src/main/db/open';
import { communePositions, generatePerson, seededRandom } from '../src/main/demo/demo-data';
import { insertNationalPoints } from '../src/main/demo/demo-national';
import { backlogSize } from '../src/main/search/search-index';
import { round, timeRuns, waitForSearchIndex, type Measure } from './measures';
import { insertPlain, openPlain, storedRow } from './plain-insert';

export interface AttendeeBenchOptions {
  readonly attendees: number;
  readonly points: number;
  readonly queries: number;
  readonly keep: boolean;
  readonly log: (message: string) => void;
}

export async function benchAttendees(options: AttendeeBenchOptions): Promise<Measure[]> {
  const { attendees: attendeeCount, points: pointCount, queries: queryCount, log } = options;
  const batchSize = 10_000;
  const measures: Measure[] = [];

  // --- The rows, generated once and used by both runs ----------------------------------------
  const random = seededRandom(31_000);
  const provinces = 34;
  const rows = Array.from({ length: attendeeCount }, (_, i) => {
    const person = generatePerson(random);
    return {
      ...person,
      position: communePositions[i % communePositions.length],
      unit: `Đảng ủy xã số ${(i % (pointCount - provinces - 1)) + 1}`,
      point: i % pointCount,
    };
  });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thu-ky-bench-'));
  log(
    `Dữ liệu thử: ${attendeeCount.toLocaleString('vi-VN')} đại biểu, ${pointCount.toLocaleString('vi-VN')} ` +
      `điểm cầu (thư mục ${dir})`,
  );

  // --- Through the services -------------------------------------------------------------------
  const servicesPath = path.join(dir, 'services.sqlite');
  const host = await createInProcessHost({ dbPath: servicesPath, version: 'bench', dailyBackup: false });
  async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<N>> {
    const envelope = await host.call(name, input);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
    return envelope.value as CallResult<N>;
  }

  // The national tree of points (demo-national.ts) goes in through the bridge-point service in
  // one transaction, as an import would; the conference and its 31,000 points through the contract.
  let started = performance.now();
  const pointIds = await (async () => {
    const opened = await openDatabase(servicesPath);
    const ctx = { db: opened.db, progress: () => undefined };
    const ids = opened.db.transaction(() => insertNationalPoints(ctx, pointCount))();
    opened.db.close();
    return ids;
  })();
  const conference = await call('conferences.create', {
    name: 'Hội nghị toàn quốc (thử tải)',
    kind: 'hoc_tap_nghi_quyet',
    date: '2026-02-01',
    session: 'sang',
    startTime: '08:00',
  });
  await call('conferenceBridgePoints.attach', {
    conferenceId: conference.id,
    bridgePointIds: [pointIds[0]],
    withDescendants: true,
  });
  const conferencePoints = await call('conferenceBridgePoints.list', { conferenceId: conference.id });
  const cbpOf = new Map(conferencePoints.map((p) => [p.bridgePointId, p.id]));
  log(
    `Tạo ${pointCount.toLocaleString('vi-VN')} điểm cầu và gắn vào hội nghị: ` +
      `${round((performance.now() - started) / 1000, 1)} s`,
  );

  started = performance.now();
  for (let from = 0; from < rows.length; from += batchSize) {
    await call('attendees.add', {
      conferenceId: conference.id,
      rows: rows.slice(from, from + batchSize).map((r) => ({
        fullName: r.fullName,
        phone: r.phone,
        gender: r.gender,
        birthYear: r.birthYear,
        position: r.position,
        unit: r.unit,
        conferenceBridgePointId: cbpOf.get(pointIds[r.point])!,
      })),
    });
  }
  const servicesInsertSeconds = (performance.now() - started) / 1000;
  // The search index works between calls; the rows count as written once it has caught up.
  const backlogDb = new Database(servicesPath, { readonly: true });
  const catchUp = await waitForSearchIndex(() => backlogSize(backlogDb));
  backlogDb.close();
  const servicesSeconds = (performance.now() - started) / 1000;
  log(
    `Qua các service: ${round(servicesSeconds, 1)} s (ghi ${round(servicesInsertSeconds, 1)} s, chỉ mục tìm ` +
      `kiếm theo kịp thêm ${round(catchUp, 1)} s sau đó)`,
  );

  // --- A plain better-sqlite3 insert of the same rows into the same schema --------------------
  const rawPath = path.join(dir, 'raw.sqlite');
  const raw = await openPlain(rawPath);
  raw.exec(`ATTACH '${servicesPath.replace(/'/g, "''")}' AS source`);
  raw.exec(`INSERT INTO bridge_points SELECT * FROM source.bridge_points;
    INSERT INTO conferences SELECT * FROM source.conferences;
    INSERT INTO conference_bridge_points SELECT * FROM source.conference_bridge_points;`);
  raw.exec(`DETACH source`);
  // The stored values are worked out a batch at a time (a million rows of them at once would
  // not fit in memory beside the rows themselves).
  let rawMs = 0;
  for (let from = 0; from < rows.length; from += batchSize) {
    const batch = rows
      .slice(from, from + batchSize)
      .map((r) => storedRow({ ...r, conferenceBridgePointId: cbpOf.get(pointIds[r.point])! }));
    rawMs += insertPlain(raw, conference.id, batch);
  }
  // The same search index, filled by plain inserts into it.
  started = performance.now();
  for (const table of ['bridge_points', 'people', 'attendees'] as const) {
    raw.exec(
      `INSERT INTO ${table}_fts(rowid, text) SELECT id, search_text FROM ${table} WHERE id > (SELECT ` +
        `indexed_upto FROM search_index_state WHERE table_name = '${table}')`,
    );
  }
  const rawIndexMs = performance.now() - started;
  const rawSeconds = (rawMs + rawIndexMs) / 1000;
  raw.close();
  log(
    `better-sqlite3 trực tiếp: ${round(rawSeconds, 1)} s (ghi ${round(rawMs / 1000, 1)} s, chỉ mục tìm kiếm ` +
      `${round(rawIndexMs / 1000, 1)} s)`,
  );
  measures.push({ name: 'insert_attendees_services_seconds', value: round(servicesSeconds, 1), unit: 's' });
  measures.push({ name: 'insert_attendees_services_write_seconds', value: round(servicesInsertSeconds, 1), unit: 's' });
  measures.push({ name: 'insert_attendees_raw_seconds', value: round(rawSeconds, 1), unit: 's' });
  measures.push({ name: 'insert_ratio', value: round(servicesSeconds / rawSeconds), unit: 'x', target: '<= 1.5' });
  measures.push({ name: 'search_index_catch_up_seconds', value: round(catchUp, 1), unit: 's' });

  // --- Search without diacritics -----------------------------------------------------------

  const queries = Array.from({ length: queryCount }, (_, i) => {
    const name = foldForSearch(rows[Math.floor(random() * rows.length)].fullName).split(' ');
    // Full names, names without the family name, given name alone, and a name still being typed.
    switch (i % 4) {
      case 0:
        return name.join(' ');
      case 1:
        return name.slice(1).join(' ');
      case 2:
        return name[name.length - 1];
      default:
        return `${name[0]} ${name[1] ?? ''} ${name[name.length - 1].slice(0, 2)}`.trim();
    }
  });
  measures.push(
    ...(await timeRuns(
      'search_global',
      queryCount,
      (i) => call('search.global', { query: queries[i], limit: 8 }),
      '<= 30',
    )),
  );
  measures.push(
    ...(await timeRuns(
      'search_conference_attendees',
      queryCount,
      (i) => call('attendees.list', { conferenceId: conference.id, query: queries[i], limit: 100 }),
      '<= 30',
    )),
  );

  // --- A page of 100 in Vietnamese name order, anywhere in the list ---------------------------
  const offsets = Array.from({ length: 200 }, () => Math.floor(random() * (attendeeCount - 100)));
  measures.push(
    ...(await timeRuns(
      'page_attendees_name_order',
      offsets.length,
      (i) => call('attendees.list', { conferenceId: conference.id, order: 'name', offset: offsets[i], limit: 100 }),
      '<= 50',
    )),
  );
  measures.push(
    ...(await timeRuns(
      'page_attendees_protocol_order',
      offsets.length,
      (i) => call('attendees.list', { conferenceId: conference.id, offset: offsets[i], limit: 100 }),
      '<= 50',
    )),
  );
  measures.push(
    ...(await timeRuns(
      'page_people_name_order',
      offsets.length,
      (i) => call('people.list', { order: 'name', offset: offsets[i], limit: 100 }),
      '<= 50',
    )),
  );

  // --- The list of titles edited in Cài đặt: every attendee ranked again, in one transaction --
  const { patterns } = await call('protocolRanks.get', {});
  started = performance.now();
  const reranked = await call('protocolRanks.set', {
    patterns: [patterns[patterns.length - 1], ...patterns.slice(0, -1)],
  });
  measures.push({
    name: 'protocol_ranks_set_seconds',
    value: round((performance.now() - started) / 1000, 1),
    unit: 's',
    target: '<= 60',
  });
  measures.push({ name: 'protocol_ranks_set_reordered', value: reranked.reordered, unit: 'đại biểu' });
  measures.push(
    ...(await timeRuns(
      'page_attendees_protocol_order_after_rerank',
      offsets.length,
      (i) => call('attendees.list', { conferenceId: conference.id, offset: offsets[i], limit: 100 }),
      '<= 50',
    )),
  );

  await host.close();
  const size = ['', '-wal'].reduce(
    (sum, suffix) => sum + (fs.existsSync(servicesPath + suffix) ? fs.statSync(servicesPath + suffix).size : 0),
    0,
  );
  measures.push({ name: 'db_file_size_mb', value: round(size / 1024 / 1024, 1), unit: 'MB' });
  if (options.keep) log(`Giữ lại dữ liệu thử trong ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
  return measures;
}
