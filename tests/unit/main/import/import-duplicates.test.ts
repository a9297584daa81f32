// A forms export with resubmissions through the contract: the preview shows the merged
// groups, a group kept apart is imported as its rows, the commit imports what the preview
// showed, and the undo takes the whole import back.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDemoServices, type TestServices } from '../../../helpers/services';
import { fixturesDir } from '../../../helpers/fixtures';

let t: TestServices;
let conferenceId: number;
beforeEach(async () => ({ t, conferenceId } = await openDemoServices()));
afterEach(() => t.close());

const requestId = () => randomUUID().replace(/-/g, '');
const file = '12-google-forms-dang-ky-lai.csv';

describe('duplicate rows in the preview and the commit', () => {
  it('merges resubmissions by default, keeps one group apart on request, commits that, undoes it all', async () => {
    const p = await t.call('imports.preview', {
      requestId: requestId(),
      fileName: 'dang-ky.csv',
      content: fs.readFileSync(path.join(fixturesDir, file)).toString('base64'),
      conferenceId,
    });
    expect(p.attendeeCount).toBe(6);
    expect(p.duplicateCount).toBe(2);
    expect(p.duplicates.map((g) => [g.reason, g.rows.map((r) => r.row), g.kept.row, g.keptApart])).toEqual([
      ['email', [2, 7], 7, false],
      ['phone', [6, 8], 8, false],
    ]);
    expect(p.duplicates[0].setAside).toMatchObject([{ field: 'position', value: 'Phó Chánh Văn phòng', row: 2 }]);
    expect(p.tables[0].columns[0]).toMatchObject({ header: 'Dấu thời gian', kind: 'timestamp' });

    const apart = await t.call('imports.keepApart', {
      previewId: p.previewId,
      groupId: p.duplicates[1].id,
      keepApart: true,
      conferenceId,
    });
    expect(apart.attendeeCount).toBe(7);
    expect(apart.duplicates[1].keptApart).toBe(true);
    expect(apart.rows.filter((r) => r.fullName === 'Hà Thị Thu').map((r) => r.row)).toEqual([6, 8]);

    const result = await t.call('imports.commit', {
      requestId: requestId(),
      previewId: p.previewId,
      target: { conferenceId },
    });
    expect(result.imported).toBe(7);
    const minh = (await t.call('attendees.list', { conferenceId, query: 'tran van minh' })).rows;
    expect(minh).toHaveLength(1);
    expect(minh[0]).toMatchObject({ position: 'Chánh Văn phòng', phone: '0912345601' });
    const thu = (await t.call('attendees.list', { conferenceId, query: 'ha thi thu' })).rows;
    expect(thu).toHaveLength(2);
    const hung = (await t.call('attendees.list', { conferenceId, query: 'nguyen van hung' })).rows;
    // Both namesakes are imported; the demo conference already has another of that name.
    expect(hung.map((a) => a.unit)).toEqual(expect.arrayContaining(['Ban Tuyên giáo Tỉnh ủy', 'Đảng ủy xã Phúc Lộc']));

    const undone = await t.call('imports.undo', { importId: result.importId });
    expect(undone.message).toMatch(/gỡ 7 đại biểu/);
    expect((await t.call('attendees.list', { conferenceId, query: 'ha thi thu' })).rows).toHaveLength(0);
  }, 15_000);
});
