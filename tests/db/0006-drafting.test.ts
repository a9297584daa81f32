// Migration 0006: drafts, their versions and sections, the speakers' log and templates go
// with their conference, and come back with it on undo, the locked version still locked.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraph, richDoc } from '../../src/shared/drafting/rich-text';
import { openDemoServices, type TestServices } from '../helpers/services';
import {
  addedTables,
  anIsoTime,
  conference,
  databaseWithDataAt,
  dumpTables,
  queryPlan,
  sameTables,
  upgrade,
} from '../helpers/upgrade';

let t: TestServices;
let conferenceId: number;
beforeEach(async () => ({ t, conferenceId } = await openDemoServices()));
afterEach(() => t.close());

const drafting = ['drafts', 'draft_versions', 'draft_sections', 'speeches'];
const dump = () => {
  const db = t.raw();
  return Object.fromEntries(drafting.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()]));
};

describe('migration 0006', () => {
  it("removes a conference's drafts with it and puts them back exactly on undo", async () => {
    const minutes = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
    await t.call('drafts.saveSection', {
      draftId: minutes.id,
      key: 'agenda',
      doc: richDoc(paragraph('Hội nghị đã nghe báo cáo.')),
    });
    const locked = await t.call('drafts.lock', { draftId: minutes.id });
    await t.call('drafts.saveSection', {
      draftId: minutes.id,
      key: 'agenda',
      doc: richDoc(paragraph('Sửa sau khi chốt.')),
    });
    await t.call('drafts.open', { conferenceId, kind: 'news' });
    const [son] = (await t.call('attendees.list', { conferenceId, query: 'luong thi minh tam' })).rows;
    await t.call('speeches.add', { conferenceId, attendeeId: son.id, spokenAt: '14:40' });
    const before = dump();
    expect(before.draft_versions).toHaveLength(3);

    const removal = await t.call('conferences.remove', { id: conferenceId });
    expect(Object.values(dump()).every((rows) => rows.length === 0)).toBe(true);
    await t.call('undo.restore', { undoId: removal.undoId });
    expect(dump()).toEqual(before);
    const again = await t.call('drafts.version', { versionId: locked.version.id });
    expect(again.version.lockedAt).toBe(locked.version.lockedAt);
  });

  it('keeps the speech when its attendee is removed, and links it again on undo', async () => {
    const [son] = (await t.call('attendees.list', { conferenceId, query: 'luong thi minh tam' })).rows;
    const speech = await t.call('speeches.add', { conferenceId, attendeeId: son.id });
    const removal = await t.call('attendees.remove', { ids: [son.id] });
    expect((await t.call('speeches.list', { conferenceId }))[0]).toMatchObject({
      id: speech.id,
      attendeeId: null,
      speakerName: 'Lương Thị Minh Tâm',
    });
    await t.call('undo.restore', { undoId: removal.undoId });
    expect((await t.call('speeches.list', { conferenceId }))[0].attendeeId).toBe(son.id);
  });

  it('upgrades a version-5 file holding data to version 6, keeping its rows and drafting on them', () => {
    const db = databaseWithDataAt(5);
    try {
      const before = dumpTables(db);
      for (const table of ['conferences', 'bridge_points', 'conference_bridge_points', 'people', 'attendees']) {
        expect(before[table], table).not.toHaveLength(0);
      }
      expect(upgrade(db, 6)).toEqual([6]);
      expect(db.pragma('user_version', { simple: true })).toBe(6);
      const after = dumpTables(db);
      expect(sameTables(after, before)).toEqual(before);
      expect(addedTables(after, before)).toEqual({
        draft_sections: [],
        draft_templates: [],
        draft_versions: [],
        drafts: [],
        speeches: [],
      });

      // The first draft of a conference the file already held, with the defaults the services rely on.
      const draftId = Number(
        db.prepare(`INSERT INTO drafts (conference_id, kind) VALUES (?, 'minutes')`).run(conference.review)
          .lastInsertRowid,
      );
      expect(db.prepare(`SELECT settings, created_at FROM drafts WHERE id = ?`).get(draftId)).toEqual({
        settings: '{}',
        created_at: anIsoTime,
      });
      expect(() => db.exec(`INSERT INTO drafts (conference_id, kind) VALUES (1, 'minutes')`)).toThrow(/UNIQUE/);
      const versionId = Number(
        db.prepare(`INSERT INTO draft_versions (draft_id, number) VALUES (?, 1)`).run(draftId).lastInsertRowid,
      );
      const version = db.prepare(`SELECT * FROM draft_versions WHERE id = ?`).get(versionId) as Record<string, unknown>;
      expect(version).toMatchObject({ locked_at: null, started_at: anIsoTime });
      expect(version.saved_at).toBe(version.started_at);
      const agenda = JSON.stringify(richDoc(paragraph('Hội nghị đã nghe đồng chí Dương Xuân Hùng trình bày báo cáo.')));
      db.prepare(`INSERT INTO draft_sections (version_id, key, doc, from_data) VALUES (?, 'agenda', ?, 0)`).run(
        versionId,
        agenda,
      );
      expect(() =>
        db
          .prepare(`INSERT INTO draft_sections (version_id, key, doc, from_data) VALUES (?, 'closing', '{', 0)`)
          .run(versionId),
      ).toThrow(/CHECK/);

      // Signed minutes cannot be changed, whatever statement tries.
      db.prepare(`UPDATE draft_versions SET locked_at = '2026-12-30T09:30:00.000Z' WHERE id = ?`).run(versionId);
      expect(() =>
        db.prepare(`UPDATE draft_versions SET saved_at = '2026-12-30T10:00:00.000Z' WHERE id = ?`).run(versionId),
      ).toThrow('locked draft version');
      expect(() => db.prepare(`UPDATE draft_sections SET doc = '{}' WHERE version_id = ?`).run(versionId)).toThrow(
        'locked draft version',
      );
      expect(db.prepare(`SELECT doc FROM draft_sections WHERE version_id = ?`).pluck().get(versionId)).toBe(agenda);

      // A speech by an attendee from before the upgrade outlives the attendee, under the name it was given.
      const speech = db.prepare(
        `INSERT INTO speeches (conference_id, attendee_id, speaker_name, speaker_position, bridge_point_name,
           spoken_at, position, opinion) VALUES (1, 4, 'Dương Xuân Hùng', 'Trưởng Ban Tổ chức Tỉnh ủy',
           'Điểm cầu Tỉnh ủy Thái Nguyên', ?, 1, ?)`,
      );
      const opinion = JSON.stringify(richDoc(paragraph('Đề nghị sớm ban hành hướng dẫn đánh giá cán bộ cuối năm.')));
      const speechId = Number(speech.run('14:40', opinion).lastInsertRowid);
      expect(() => speech.run('2:40 chiều', opinion)).toThrow(/CHECK/);
      db.exec(`DELETE FROM attendees WHERE id = 4`);
      expect(db.prepare(`SELECT attendee_id, speaker_name FROM speeches WHERE id = ?`).get(speechId)).toEqual({
        attendee_id: null,
        speaker_name: 'Dương Xuân Hùng',
      });
      expect(
        queryPlan(db, `SELECT * FROM speeches WHERE conference_id = ? ORDER BY position, id`, conference.review),
      ).toEqual(['SEARCH speeches USING INDEX speeches_in_order (conference_id=?)']);

      db.prepare(`DELETE FROM conferences WHERE id = ?`).run(conference.review);
      expect(
        ['drafts', 'draft_versions', 'draft_sections', 'speeches'].map((table) =>
          db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(),
        ),
      ).toEqual([0, 0, 0, 0]);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });
});
