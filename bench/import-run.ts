// One side of the import bench, in a process of its own so that its peak memory is its own:
// `tsx bench/import-run.ts exceljs|plain|services|queue FILE PARSE_WORKER_URL DB_PATH` prints one JSON line.
// exceljs: its streaming read alone. plain: the floor of a write, the rows read by exceljs then
// inserted by plain better-sqlite3 into the same schema. services: the app's import. queue: the
// calls' waits while a file is read.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportPreview, ImportResult } from '../src/shared/import/import-types';
import { createInProcessHost } from '../src/main/host/in-process-host';
import { paragraph, richDoc } from '../src/shared/drafting/rich-text';
import { slowHostileXlsx } from '../tests/helpers/hostile-files';
import { insertPlain, openPlain, storedRow } from './plain-insert';

const [side, file, parseWorker, dbPath] = process.argv.slice(2);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Reads the file with exceljs's streaming reader, handing each row's values to `onRow`. */
async function excelJsRead(
  onRow: (values: ExcelJS.CellValue[]) => void = () => undefined,
): Promise<{ seconds: number; cells: number }> {
  const started = performance.now();
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      row.eachCell(() => void cells++);
      onRow(row.values as ExcelJS.CellValue[]);
    }
  }
  return { seconds: (performance.now() - started) / 1000, cells };
}

/** The bench's own layout (see import.ts): a numbered row is an attendee, a lone text a point. */
async function plainImport(): Promise<{ seconds: number; readSeconds: number; insertSeconds: number }> {
  const rows: { point: string; values: ExcelJS.CellValue[] }[] = [];
  let point = '';
  const { seconds: readSeconds } = await excelJsRead((values) => {
    if (typeof values[1] === 'number' && typeof values[2] === 'string') rows.push({ point, values });
    else if (typeof values[1] === 'string' && values.length === 2) point = values[1];
  });
  const db = await openPlain(dbPath);
  const conferenceId = Number(
    db
      .prepare(
        `INSERT INTO conferences (name, kind, date, session, start_time, search_text) VALUES ('X', 'khac', ` +
          `'2026-01-01', 'sang', '08:00', 'x')`,
      )
      .run().lastInsertRowid,
  );
  const points = new Map<string, number>();
  for (const name of new Set(rows.map((r) => r.point))) {
    const bridgePointId = db
      .prepare(`INSERT INTO bridge_points (name, search_text) VALUES (?, ?)`)
      .run(name, name).lastInsertRowid;
    points.set(
      name,
      Number(
        db
          .prepare(`INSERT INTO conference_bridge_points (conference_id, bridge_point_id) VALUES (?, ?)`)
          .run(conferenceId, bridgePointId).lastInsertRowid,
      ),
    );
  }
  // The generated list holds only texts and numbers.
  const text = (value: ExcelJS.CellValue) =>
    typeof value === 'string' || typeof value === 'number' ? String(value) || null : null;
  const stored = rows.map(({ point: name, values }) =>
    storedRow({
      fullName: values[2] as string,
      gender: null,
      birthYear: null,
      phone: values[5] === undefined ? null : `0${values[5] as number}`,
      position: text(values[3]),
      unit: text(values[4]),
      conferenceBridgePointId: points.get(name)!,
    }),
  );
  const insertSeconds = insertPlain(db, conferenceId, stored) / 1000;
  db.close();
  return { seconds: readSeconds + insertSeconds, readSeconds, insertSeconds };
}

/** From the file's bytes to the committed import, as the window does it (the database is opened first). */
async function servicesImport(): Promise<{ seconds: number; previewSeconds: number; imported: number }> {
  const host = await createInProcessHost({ dbPath, version: 'bench', dailyBackup: false, parseWorker });
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const envelope = await host.call(name, input);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
    return envelope.value as T;
  };
  const started = performance.now();
  const content = fs.readFileSync(file).toString('base64');
  const preview = await call<ImportPreview>('imports.preview', {
    requestId: 'benchpreview1',
    fileName: path.basename(file),
    content,
  });
  const previewSeconds = (performance.now() - started) / 1000;
  const result = await call<ImportResult>('imports.commit', {
    requestId: 'benchcommit01',
    previewId: preview.previewId,
    target: { newConferenceName: 'Hội nghị thử tải' },
  });
  const seconds = (performance.now() - started) / 1000;
  await host.close();
  return { seconds, previewSeconds, imported: result.imported };
}

/**
 * How long the secretary's calls wait while a file is being read: saves of the minutes and the
 * conference list, one after another, for as long as the reading of the slowest hostile file we
 * have lasts. The reading runs in its own process, outside the calls' queue.
 */
async function queueWhileReading(): Promise<{ seconds: number; waits: number[] }> {
  const host = await createInProcessHost({ dbPath, version: 'bench', dailyBackup: false, parseWorker });
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const envelope = await host.call(name, input);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
    return envelope.value as T;
  };
  const { conferenceId } = await call<{ conferenceId: number }>('demo.create', {});
  const { id: draftId } = await call<{ id: number }>('drafts.open', { conferenceId, kind: 'minutes' });
  const content = Buffer.from(await slowHostileXlsx()).toString('base64');
  const started = performance.now();
  let reading = true;
  const preview = host
    .call('imports.preview', { requestId: 'benchqueue01', fileName: 'danh-sach.xlsx', content })
    .finally(() => (reading = false));
  const waits: number[] = [];
  for (let i = 0; reading; i++) {
    // Calls come from the window one event at a time; here they would otherwise follow each other
    // as promise callbacks, and the reading process's answer would never be taken in.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const before = performance.now();
    await (i % 2 === 0
      ? call('drafts.saveSection', { draftId, key: 'closing', doc: richDoc(paragraph(`Kết thúc lúc ${i} giờ.`)) })
      : call('conferences.list', {}));
    if (reading) waits.push(performance.now() - before);
  }
  await preview;
  const seconds = (performance.now() - started) / 1000;
  await host.close();
  return { seconds, waits };
}

const baselineMb = mb(process.memoryUsage().rss);
const outcome = await (side === 'exceljs'
  ? excelJsRead()
  : side === 'plain'
    ? plainImport()
    : side === 'queue'
      ? queueWhileReading()
      : servicesImport());
// maxRSS covers every thread of this process; the reading process's memory is watched from
// outside, with this one's, by the bench (process-tree.ts).
console.log(JSON.stringify({ ...outcome, baselineMb, ownPeakMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
