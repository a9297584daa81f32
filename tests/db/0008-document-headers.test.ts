// Migration 0008: the header details kept per conference go with it, come back with it on
// undo, and are read back by the next export.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../src/main/services/context';
import { rememberHeader, storedHeader } from '../../src/main/documents/header-store';
import { openDemoServices, type TestServices } from '../helpers/services';
import {
  addedTables,
  anIsoTime,
  conference,
  databaseWithDataAt,
  dumpTables,
  sameTables,
  upgrade,
} from '../helpers/upgrade';

let t: TestServices;
let conferenceId: number;
beforeEach(async () => ({ t, conferenceId } = await openDemoServices()));
afterEach(() => t.close());

describe('migration 0008', () => {
  it('keeps one row of header details per conference, removed and restored with it', async () => {
    await t.call('exports.render', {
      conferenceId,
      document: 'minutes',
      profileId: 'state',
      header: { number: '7', place: 'Thái Nguyên' },
      remember: true,
    });
    await t.call('exports.render', {
      conferenceId,
      document: 'minutes',
      profileId: 'party',
      header: { number: '8' },
      remember: true,
    });
    const rows = () => t.raw().prepare(`SELECT conference_id, number, place, profile_id FROM document_headers`).all();
    expect(rows()).toEqual([{ conference_id: conferenceId, number: '8', place: 'Thái Nguyên', profile_id: 'party' }]);
    const removal = await t.call('conferences.remove', { id: conferenceId });
    expect(rows()).toEqual([]);
    await t.call('undo.restore', { undoId: removal.undoId });
    expect(await t.call('exports.headerDefaults', { conferenceId })).toMatchObject({
      number: '8',
      place: 'Thái Nguyên',
      profileId: 'party',
    });
  });

  it('upgrades a version-7 file holding data to version 8, keeping its rows and remembering headers for them', () => {
    const db = databaseWithDataAt(7);
    try {
      const before = dumpTables(db);
      for (const table of ['conferences', 'attendees', 'drafts', 'draft_sections', 'format_profiles']) {
        expect(before[table], table).not.toHaveLength(0);
      }
      expect(upgrade(db, 8)).toEqual([8]);
      expect(db.pragma('user_version', { simple: true })).toBe(8);
      const after = dumpTables(db);
      expect(sameTables(after, before)).toEqual(before);
      expect(addedTables(after, before)).toEqual({ document_headers: [] });

      // A conference from before the upgrade has nothing remembered: its first export works the header out.
      const ctx: ServiceContext = { db, progress: () => undefined };
      expect(storedHeader(ctx, conference.review)).toEqual({ choices: {}, profileId: null });
      const header = {
        superiorBody: 'ĐẢNG BỘ TỈNH THÁI NGUYÊN',
        number: '07',
        symbol: 'BB/BTCTU',
        place: 'Thái Nguyên',
      };
      rememberHeader(ctx, conference.review, header, 'user:1');
      // The next export of the same conference replaces the row (the upsert stands on the UNIQUE key).
      rememberHeader(ctx, conference.review, { ...header, issuingBody: 'BAN TỔ CHỨC TỈNH ỦY', number: '08' }, 'party');
      expect(db.prepare(`SELECT * FROM document_headers`).all()).toEqual([
        {
          id: 1,
          conference_id: conference.review,
          superior_body: 'ĐẢNG BỘ TỈNH THÁI NGUYÊN',
          issuing_body: 'BAN TỔ CHỨC TỈNH ỦY',
          number: '08',
          symbol: 'BB/BTCTU',
          place: 'Thái Nguyên',
          profile_id: 'party',
          updated_at: anIsoTime,
        },
      ]);
      expect(storedHeader(ctx, conference.review).profileId).toBe('party');
      expect(() => db.exec(`INSERT INTO document_headers (conference_id) VALUES (${conference.review})`)).toThrow(
        /UNIQUE/,
      );
      expect(() => db.exec(`INSERT INTO document_headers (conference_id) VALUES (999)`)).toThrow(/FOREIGN KEY/);

      db.prepare(`DELETE FROM conferences WHERE id = ?`).run(conference.resolution);
      expect(db.prepare(`SELECT count(*) FROM document_headers`).pluck().get()).toBe(1);
      db.prepare(`DELETE FROM conferences WHERE id = ?`).run(conference.review);
      expect(db.prepare(`SELECT count(*) FROM document_headers`).pluck().get()).toBe(0);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });
});
