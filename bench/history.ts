// The cost of the history on a single edit: N updatePerson and updateAttendee calls through the
// services, each edit made once keeping its history and once without (the same UPDATE, the
// same transaction), interleaved so that the cache and the file's growth weigh on both alike.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/main/db/open';
import { addAttendees, updateAttendee } from '../src/main/attendees/attendees';
import { createConference } from '../src/main/conferences/conferences';
import { insertPerson, updatePerson } from '../src/main/people/people';
import type { UpdateOptions } from '../src/main/history/record';
import type { ServiceContext } from '../src/main/services/context';
import { round, type Measure } from './measures';

const warmUp = 200;

export async function benchHistory(options: { edits: number; log: (message: string) => void }): Promise<Measure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thu-ky-bench-history-'));
  const opened = await openDatabase(path.join(dir, 'history.sqlite'));
  const ctx: ServiceContext = { db: opened.db, progress: () => undefined };
  const conference = createConference(ctx, {
    name: 'Hội nghị giao ban (thử tải lịch sử)',
    kind: 'giao_ban',
    date: '2026-12-30',
    session: 'chieu',
    startTime: '14:00',
  });
  const people = ctx.db.transaction(() =>
    Array.from({ length: 1000 }, (_, i) => insertPerson(ctx, { fullName: `Nguyễn Văn Thử ${i + 1}` })),
  )();
  const attendees = addAttendees(ctx, {
    conferenceId: conference.id,
    rows: people.map((personId) => ({ personId })),
  }).ids;

  const kept: UpdateOptions = {};
  const skipped: UpdateOptions = { history: false };
  const edits = {
    person: (i: number, o: UpdateOptions) =>
      updatePerson(ctx, { id: people[i % people.length], unit: `Đơn vị ${i}` }, o),
    attendee: (i: number, o: UpdateOptions) =>
      updateAttendee(ctx, { id: attendees[i % attendees.length], note: `Ghi chú ${i}` }, o),
  };
  const measures: Measure[] = [];
  for (const [label, edit] of Object.entries(edits)) {
    for (let i = 0; i < warmUp; i++) edit(i, i % 2 === 0 ? kept : skipped);
    const time = { kept: 0, skipped: 0 };
    for (let i = 0; i < options.edits; i++) {
      // Which goes first alternates, so neither always meets the other's cache.
      const order: ['kept' | 'skipped', UpdateOptions][] =
        i % 2 === 0
          ? [
              ['kept', kept],
              ['skipped', skipped],
            ]
          : [
              ['skipped', skipped],
              ['kept', kept],
            ];
      for (const [which, o] of order) {
        const started = performance.now();
        edit(warmUp + 2 * i + (which === 'kept' ? 0 : 1), o);
        time[which] += performance.now() - started;
      }
    }
    const withHistory = time.kept / options.edits;
    const without = time.skipped / options.edits;
    options.log(
      `history: ${options.edits} × ${label} edit ${round(withHistory, 3)} ms, without ${round(without, 3)} ms`,
    );
    measures.push(
      { name: `history_${label}_edit_ms`, value: round(withHistory, 3), unit: 'ms' },
      { name: `history_${label}_edit_without_ms`, value: round(without, 3), unit: 'ms' },
      { name: `history_${label}_edit_extra_ms`, value: round(withHistory - without, 3), unit: 'ms', target: '< 1' },
    );
  }
  const rows = ctx.db.prepare(`SELECT count(*) FROM record_changes`).pluck().get() as number;
  options.log(`history: ${rows} rows of history written`);
  opened.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return measures;
}
