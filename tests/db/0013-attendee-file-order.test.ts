// Migration 0013: each imported attendee keeps where it stood in the office's list; the list's
// order becomes the protocol order while the secretary has set none, "Theo thứ tự trong tệp"
// brings it back, and a file from before the upgrade keeps every row as it was.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../src/main/services/context';
import { migrations } from '../../src/main/db/migrations';
import { assignFileOrder, protocolOrderSql } from '../../src/main/attendees/attendees';
import { expectedAttendees, fixturesDir } from '../helpers/fixtures';
import { openTestServices, type TestServices } from '../helpers/services';
import { conference, databaseWithDataAt, dumpTables, sameTables, upgrade, type Row } from '../helpers/upgrade';

let t: TestServices;
beforeEach(async () => (t = await openTestServices()));
afterEach(() => t.close());

async function importInto(file: string, target: { conferenceId: number } | { newConferenceName: string }) {
  const preview = await t.call('imports.preview', {
    requestId: randomUUID().replace(/-/g, ''),
    fileName: file,
    content: fs.readFileSync(path.join(fixturesDir, file)).toString('base64'),
  });
  return t.call('imports.commit', {
    requestId: randomUUID().replace(/-/g, ''),
    previewId: preview.previewId,
    target,
    decisions: {},
    doubtfulDefault: 'add',
  });
}

const order = (conferenceId: number) =>
  t
    .raw()
    .prepare(
      `SELECT p.full_name AS name, a.protocol_order AS protocol, a.file_order AS file FROM attendees a JOIN people p ` +
        `ON p.id = a.person_id WHERE a.conference_id = ? ORDER BY a.protocol_key, a.id`,
    )
    .all(conferenceId) as { name: string; protocol: number | null; file: number | null }[];

describe('migration 0013', () => {
  it("numbers an import in the list's own order, and puts that order back on request", async () => {
    const first = await importInto('01-tieu-de-va-nhom-dong.xlsx', { newConferenceName: 'Hội nghị thử' });
    const names = expectedAttendees('01-tieu-de-va-nhom-dong.xlsx').map((a) => a.fullName);
    expect(order(first.conferenceId)).toEqual(names.map((name, i) => ({ name, protocol: i + 1, file: i + 1 })));

    // The secretary's own order stands: a second list adds its rows after, unnumbered.
    const [top] = await t
      .call('attendees.list', { conferenceId: first.conferenceId, order: 'protocol', offset: 0, limit: 1 })
      .then((p) => p.rows);
    await t.call('attendees.update', { id: top.id, protocolOrder: 5 });
    await importInto('02-ho-ten-tach-cot-nam-nu.xlsx', { conferenceId: first.conferenceId });
    const added = order(first.conferenceId).filter((r) => r.file! > names.length);
    expect(added.length).toBe(expectedAttendees('02-ho-ten-tach-cot-nam-nu.xlsx').length);
    expect(added.every((r) => r.protocol === null)).toBe(true);
    expect(added.map((r) => r.file)).toEqual(added.map((_, i) => names.length + i + 1));

    expect(await t.call('attendees.assignFileOrder', { conferenceId: first.conferenceId })).toEqual({
      numbered: names.length + added.length,
    });
    expect(order(first.conferenceId).map((r) => [r.protocol, r.file])).toEqual(
      [...names, ...added].map((_, i) => [i + 1, i + 1]),
    );
  }, 30_000);

  it('upgrades a version-12 file holding data, every row as it was and no attendee in a file order', () => {
    const db = databaseWithDataAt(11);
    try {
      upgrade(db, 12);
      const before = dumpTables(db);
      expect(upgrade(db, 13)).toEqual([13]);
      const after = dumpTables(db);
      const { attendees: afterAttendees, ...afterRest } = sameTables(after, before);
      const { attendees: beforeAttendees, ...beforeRest } = before;
      expect(afterRest).toEqual(beforeRest);
      expect(afterAttendees).toEqual(beforeAttendees.map((row: Row) => ({ ...row, file_order: null })));

      // Typed-in attendees of the old file are numbered after none, in the order they had (by
      // today's services, on today's schema).
      upgrade(db, migrations.length);
      const ctx: ServiceContext = { db, progress: () => undefined };
      const protocol = () =>
        db
          .prepare(`SELECT a.id FROM attendees a WHERE a.conference_id = ? ORDER BY ${protocolOrderSql}`)
          .pluck()
          .all(conference.review);
      const was = protocol();
      assignFileOrder(ctx, { conferenceId: conference.review });
      expect(protocol()).toEqual(was);
      expect(
        db
          .prepare(`SELECT protocol_order FROM attendees WHERE conference_id = ? ORDER BY protocol_key, id`)
          .pluck()
          .all(conference.review),
      ).toEqual(was.map((_, i) => i + 1));
    } finally {
      db.close();
    }
  });
});
