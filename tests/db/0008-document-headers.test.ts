// Migration 0008: the header details kept per conference go with it, come back with it on
// undo, and are read back by the next export.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDemoServices, type TestServices } from '../helpers/services';

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
});
