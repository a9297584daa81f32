// One side of the Word bench, in a process of its own so that its peak memory is its own:
// `tsx bench/word-run.ts minutes|list|bare DB_PATH CONFERENCE_ID` prints one JSON line.
// minutes, list: the app's export through the services. bare: docx alone, one table of the
// same rows (read from the database before the clock starts).
import Database from 'better-sqlite3';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { createInProcessHost } from '../src/main/host/in-process-host';

const [side, dbPath, conferenceArg] = process.argv.slice(2);
const conferenceId = Number(conferenceArg);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function viaServices(document: 'minutes' | 'attendeeList'): Promise<{ seconds: number; bytes: number }> {
  const host = await createInProcessHost({ dbPath, version: 'bench', dailyBackup: false });
  const started = performance.now();
  const envelope = await host.call('exports.render', {
    conferenceId,
    document,
    profileId: 'state',
    appendix: document === 'minutes',
  });
  const seconds = (performance.now() - started) / 1000;
  await host.close();
  if (!envelope.ok) throw new Error(envelope.error.message);
  return { seconds, bytes: Buffer.byteLength((envelope.value as { content: string }).content, 'base64') };
}

async function bare(): Promise<{ seconds: number; bytes: number }> {
  const db = new Database(dbPath, { readonly: true });
  const rows = db
    .prepare(
      `SELECT p.full_name AS name, coalesce(a.position, '') || ', ' || coalesce(a.unit, '') AS position ` +
        `FROM attendees a JOIN people p ON p.id = a.person_id WHERE a.conference_id = ?`,
    )
    .all(conferenceId) as { name: string; position: string }[];
  db.close();
  const started = performance.now();
  const cell = (text: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
  const table = new Table({
    rows: rows.map(
      (r, i) => new TableRow({ children: [cell(String(i + 1)), cell(r.name), cell(r.position), cell('')] }),
    ),
  });
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children: [table] }] }));
  return { seconds: (performance.now() - started) / 1000, bytes: buffer.length };
}

const baselineMb = mb(process.memoryUsage().rss);
const outcome = side === 'bare' ? await bare() : await viaServices(side === 'minutes' ? 'minutes' : 'attendeeList');
console.log(JSON.stringify({ ...outcome, baselineMb, peakMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
