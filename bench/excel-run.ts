// One side of the Excel bench, in a process of its own so that its peak memory is its own:
// `tsx bench/excel-run.ts app|bare|plain DB_PATH CONFERENCE_ID` prints one JSON line.
// app: the attendee list through the services (read from the database, cleaned, laid out,
// streamed to a file). bare: exceljs's streaming writer alone writing the same rows with the
// same cell styles; plain: the same without styles. The bare sides read the rows before the
// clock starts.
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInProcessHost } from '../src/main/host/in-process-host';
import { stagingDir } from '../src/main/files/staging';

const [side, dbPath, conferenceArg] = process.argv.slice(2);
const conferenceId = Number(conferenceArg);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function viaServices(): Promise<{ seconds: number; bytes: number; rows: number }> {
  const host = await createInProcessHost({ dbPath, version: 'bench', dailyBackup: false });
  const started = performance.now();
  const envelope = await host.call('sheets.write', { conferenceId, report: 'attendees', requestId: 'bench-excel-1' });
  const seconds = (performance.now() - started) / 1000;
  await host.close();
  if (!envelope.ok) throw new Error(envelope.error.message);
  const staged = envelope.value as { token: string; files: string[]; rows: number };
  const dir = stagingDir(staged.token);
  const bytes = fs.statSync(path.join(dir, staged.files[0])).size;
  fs.rmSync(dir, { recursive: true, force: true });
  return { seconds, bytes, rows: staged.rows };
}

const border = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
} as const;
const text = {
  font: { name: 'Times New Roman', size: 12 },
  numFmt: '@',
  alignment: { vertical: 'middle', wrapText: true },
  border,
} as Partial<ExcelJS.Style>;
const number = {
  font: { name: 'Times New Roman', size: 12 },
  alignment: { vertical: 'middle', horizontal: 'center' },
  border,
} as Partial<ExcelJS.Style>;

async function bare(styled: boolean): Promise<{ seconds: number; bytes: number; rows: number }> {
  const db = new Database(dbPath, { readonly: true });
  const rows = db
    .prepare(
      `SELECT p.full_name, a.position, a.unit, b.name, p.phone, CASE p.gender WHEN 'nam' THEN 'Nam' ELSE 'Nữ' END,
         p.birth_year, 'Có mặt', a.note
       FROM attendees a JOIN people p ON p.id = a.person_id
       JOIN conference_bridge_points c ON c.id = a.conference_bridge_point_id
       JOIN bridge_points b ON b.id = c.bridge_point_id WHERE a.conference_id = ?`,
    )
    .raw()
    .all(conferenceId) as (string | number | null)[][];
  db.close();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thu-ky-bench-bare-')), 'bare.xlsx');
  const started = performance.now();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: styled,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Danh sách đại biểu');
  const styles = [number, text, text, text, text, text, text, number, text, text];
  for (let i = 0; i < rows.length; i++) {
    const row = sheet.addRow([i + 1, ...rows[i]]);
    if (styled) for (let c = 0; c < styles.length; c++) row.getCell(c + 1).style = styles[c];
    row.commit();
    if (i % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  await workbook.commit();
  const seconds = (performance.now() - started) / 1000;
  const bytes = fs.statSync(file).size;
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return { seconds, bytes, rows: rows.length };
}

const baselineMb = mb(process.memoryUsage().rss);
const outcome = side === 'app' ? await viaServices() : await bare(side === 'bare');
console.log(JSON.stringify({ ...outcome, baselineMb, peakMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
