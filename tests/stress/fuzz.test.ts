// Files mutated from the import fixtures (bytes flipped, cut short, zip entries damaged or
// swollen, XML mangled, encodings mixed) read as untrusted files: in processes with the import's
// caps, each must end read or refused with a Vietnamese message, never an unexpected error or
// a crash of the caller. A sample also goes through the services' own path (a process per
// file) and must leave the database untouched. The seed is printed: FUZZ_SEED replays a run.
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { forkReader, type ReaderChild } from '../../src/main/import/reader-process';
import { importLimits } from '../../src/shared/import/import-limits';
import { seededRandom } from '../../src/main/demo/demo-data';
import { fixturesDir } from '../helpers/fixtures';
import { openTestServices } from '../helpers/services';

const files = Number(process.env.FUZZ_FILES ?? 10_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const sources = fs
  .readdirSync(fixturesDir)
  .filter((f) => /\.(xlsx|xls|csv|docx)$/.test(f))
  .map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(fixturesDir, name))) }));
/**
 * Vietnamese words with their marks: a message a secretary can read. Deliberately this loose: a
 * mutated file may end in any of the importer's refusals (src/main/import/errors.ts), which one
 * depending on where the damage fell; tests/unit/main/import/fixtures.test.ts pins the exact
 * message of each bad fixture.
 */
const vietnamese = /[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i;
/** The import's own cap is a minute; these files are a few KB, so a few seconds tell the same. */
const perFileMs = 5_000;

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];

function flipBytes(random: Random, bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  for (let i = 0, n = 1 + Math.floor(random() * 24); i < n; i++)
    out[Math.floor(random() * out.length)] = Math.floor(random() * 256);
  return out;
}
const truncate = (random: Random, bytes: Uint8Array) => bytes.slice(0, Math.floor(random() * bytes.length));
function mixEncodings(random: Random, bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('utf8');
  const cut = Math.floor(random() * text.length);
  const tail = pick(random, ['utf16le', 'latin1', 'utf8'] as const);
  const junk = Buffer.from(
    Array.from({ length: 1 + Math.floor(random() * 8) }, () => 0x80 + Math.floor(random() * 0x80)),
  );
  return Buffer.concat([Buffer.from(text.slice(0, cut), 'utf8'), junk, Buffer.from(text.slice(cut), tail)]);
}
const xmlDamage: ((random: Random, xml: string) => string)[] = [
  (r, x) => x.slice(0, Math.floor(r() * x.length)),
  (r, x) => x.replace(/<\/[a-z:]+>/gi, (m) => (r() < 0.2 ? '' : m)),
  (_r, x) => x.replace('?>', '?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'),
  (r, x) => x.replace(/ r="[A-Z]+\d+"/g, (m) => (r() < 0.3 ? ` r="XFD${Math.floor(r() * 1e7)}"` : m)),
  (r, x) =>
    x.replace(/<v>[^<]*<\/v>/g, (m) => (r() < 0.3 ? `<v>${pick(r, ['-1', '99999999', 'NaN', '1e308', ''])}</v>` : m)),
  (_r, x) => x.replace(/<row /, `<row spans="1:16384" ${' x="y"'.repeat(2000)} `),
  // Word tables: absurd spans and vertical merges, tables nested without end.
  (r, x) =>
    x.replace(/<w:tc>/g, (m) => (r() < 0.3 ? `${m}<w:tcPr><w:gridSpan w:val="100000"/><w:vMerge/></w:tcPr>` : m)),
  (_r, x) => x.replace('<w:body>', `<w:body>${'<w:tbl><w:tr><w:tc>'.repeat(5000)}`),
];

async function mutateZip(random: Random, bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const name = pick(random, names);
  const choice = random();
  if (choice < 0.5 && name.endsWith('.xml'))
    zip.file(name, pick(random, xmlDamage)(random, await zip.file(name)!.async('string')));
  else if (choice < 0.7) zip.file(name, flipBytes(random, await zip.file(name)!.async('uint8array')));
  else if (choice < 0.85)
    // swollen (the bomb fixture goes past the cap)
    zip.file(name, 'A'.repeat((1 + Math.floor(random() * 8)) * 1024 * 1024));
  else zip.remove(name);
  const out = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  // Sometimes the archive itself is damaged afterwards.
  return random() < 0.2 ? flipBytes(random, out) : out;
}

async function mutate(random: Random): Promise<{ name: string; bytes: Uint8Array }> {
  const source = pick(random, sources);
  const zip = /\.(xlsx|docx)$/.test(source.name);
  const way = random();
  let bytes: Uint8Array;
  if (zip && way < 0.25) bytes = await mutateZip(random, source.bytes).catch(() => flipBytes(random, source.bytes));
  else if (way < 0.55) bytes = flipBytes(random, source.bytes);
  else if (way < 0.75) bytes = truncate(random, source.bytes);
  else if (way < 0.9) bytes = mixEncodings(random, source.bytes);
  else bytes = flipBytes(random, truncate(random, source.bytes));
  // Offices rename files: the name does not always say what is inside.
  const name =
    random() < 0.1
      ? source.name.replace(/\.\w+$/, pick(random, ['.xlsx', '.csv', '.xls', '.docx', '.txt']))
      : source.name;
  return { name, bytes };
}

interface Outcome {
  readonly outcome: 'read' | 'refused' | 'unexpected' | 'stopped';
  readonly message?: string;
}

/** A reading process and the file it is reading, if any. */
interface Reader {
  readonly child: ReaderChild;
  answer?: (outcome: Outcome & { id: number }) => void;
  ended?: () => void;
}

/** Processes with the import reader's caps; one that dies or hangs is replaced. */
function readingProcesses(count: number) {
  const entry = fileURLToPath(new URL('./fuzz-worker.ts', import.meta.url));
  const start = (): Reader => {
    const reader: Reader = { child: forkReader(entry, importLimits.workerHeapMb) };
    reader.child.onMessage((m) => reader.answer?.(m as Outcome & { id: number }));
    reader.child.onExit(() => reader.ended?.());
    return reader;
  };
  const readers = Array.from({ length: count }, start);
  const free = readers.map((_, i) => i);
  const waiting: ((index: number) => void)[] = [];
  const release = (index: number) => (waiting.length > 0 ? waiting.shift()!(index) : free.push(index));
  const read = (
    index: number,
    id: number,
    file: { name: string; bytes: Uint8Array },
    kind: 'attendees' | 'meetingReport',
  ): Promise<Outcome> =>
    new Promise((resolve) => {
      const reader = readers[index];
      const done = (outcome: Outcome, replace: boolean) => {
        clearTimeout(timer);
        reader.answer = reader.ended = undefined;
        if (replace) {
          reader.child.kill();
          readers[index] = start();
        }
        release(index);
        resolve(outcome);
      };
      reader.answer = (m) => m.id === id && done(m, false);
      reader.ended = () => done({ outcome: 'stopped', message: 'out of memory or stopped' }, true);
      const timer = setTimeout(() => done({ outcome: 'stopped', message: 'too slow' }, true), perFileMs);
      reader.child.send({ id, bytes: file.bytes, fileName: file.name, kind });
    });
  return {
    /** Reads on the first process free; resolves once a process has taken the file. */
    async take(
      id: number,
      file: { name: string; bytes: Uint8Array },
      kind: 'attendees' | 'meetingReport',
    ): Promise<{ result: Promise<Outcome> }> {
      const index = free.length > 0 ? free.shift()! : await new Promise<number>((resolve) => waiting.push(resolve));
      return { result: read(index, id, file, kind) };
    },
    close: () => readers.forEach((r) => r.child.kill()),
  };
}

// Printed first: a file that takes the whole process down leaves no afterAll to print it.
console.log(`fuzz seed ${seed} (FUZZ_SEED=${seed} replays it)`);

describe('fuzzed files', () => {
  it(`are read or refused in Vietnamese, never crash (${files} files)`, async () => {
    const random = seededRandom(seed);
    const readers = readingProcesses(2);
    const counts = { read: 0, refused: 0, unexpected: 0, stopped: 0 };
    const problems: string[] = [];
    try {
      const jobs: Promise<void>[] = [];
      for (let id = 0; id < files; id++) {
        const file = await mutate(random);
        const kind = random() < 0.1 ? 'meetingReport' : 'attendees';
        const { result } = await readers.take(id, file, kind);
        const job = result.then((r) => {
          counts[r.outcome]++;
          if (r.outcome === 'unexpected') problems.push(`#${id} ${file.name} (${kind}): ${r.message}`);
          if (r.outcome === 'refused' && !vietnamese.test(r.message ?? ''))
            problems.push(`#${id} ${file.name}: message not in Vietnamese: ${r.message}`);
        });
        jobs.push(job);
      }
      await Promise.all(jobs);
    } finally {
      readers.close();
    }
    console.log(
      `${files} fuzzed files, 0 crashes (${counts.read} read, ${counts.refused} refused with a message, ` +
        `${counts.stopped} stopped by the caps, ${counts.unexpected} unexpected errors)`,
    );
    expect(problems.slice(0, 5)).toEqual([]);
    expect(counts.read + counts.refused + counts.stopped).toBe(files);
  });

  it('leave the database untouched through the services’ own path', async () => {
    const random = seededRandom(seed + 1);
    const t = await openTestServices();
    await t.call('demo.create', {});
    const state = () => {
      const db = new Database(t.dbPath, { readonly: true });
      const counts = db
        .prepare(
          `SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM attendees), (SELECT count(*) FROM ` +
            `imports), (SELECT count(*) FROM bridge_points)`,
        )
        .raw()
        .get();
      db.close();
      return counts;
    };
    const before = state();
    let refused = 0;
    for (let i = 0; i < 60; i++) {
      const file = await mutate(random);
      const envelope = await t.host.call('imports.preview', {
        requestId: `fuzz-${i}-xxxx`,
        fileName: file.name,
        content: Buffer.from(file.bytes).toString('base64'),
        conferenceId: 1,
      });
      if (!envelope.ok) {
        refused++;
        expect(envelope.error.message).toMatch(vietnamese);
      }
    }
    expect(state()).toEqual(before);
    expect(refused).toBeGreaterThan(0);
    await t.close();
  });
});
