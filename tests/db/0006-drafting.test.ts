// Migration 0006: drafts, their versions and sections, the speakers' log and templates go
// with their conference, and come back with it on undo, the locked version still locked.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraph, richDoc } from '../../src/shared/drafting/rich-text';
import { openDemoServices, type TestServices } from '../helpers/services';

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
    const [son] = (await t.call('attendees.list', { conferenceId, query: 'pham hoang son' })).rows;
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
    const [son] = (await t.call('attendees.list', { conferenceId, query: 'pham hoang son' })).rows;
    const speech = await t.call('speeches.add', { conferenceId, attendeeId: son.id });
    const removal = await t.call('attendees.remove', { ids: [son.id] });
    expect((await t.call('speeches.list', { conferenceId }))[0]).toMatchObject({
      id: speech.id,
      attendeeId: null,
      speakerName: 'Phạm Hoàng Sơn',
    });
    await t.call('undo.restore', { undoId: removal.undoId });
    expect((await t.call('speeches.list', { conferenceId }))[0].attendeeId).toBe(son.id);
  });
});
