// A provincial secretary's day with the 2026 map: the province's 92 communes and wards
// attached to the quarterly review in one step, then the list the communes sent back imported,
// its rows naming their points by code, by the commune's other names, in capitals, with the old
// spelling; every row lands on its commune's point and no point is made.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAttendeesTab, type AttendeesTab } from '../helpers/attendees-tab';
import { shotsDir } from '../helpers/browser';
import { tempDir } from '../helpers/services';

let tab: AttendeesTab;
let page: Page;

beforeAll(async () => {
  tab = await openAttendeesTab('thu-ky-e2e-import-units-');
  page = tab.page;
}, 60_000);

afterAll(() => tab?.close());

// What each commune wrote for its point, and the unit it is.
const rows = [
  { name: 'Nguyễn Văn Hải', position: 'Bí thư Đảng ủy xã', point: '', code: '05851', unit: '05851' },
  {
    name: 'Trần Thị Lan',
    position: 'Phó Bí thư Thường trực Đảng ủy xã',
    point: 'UBND xã Quân Chu',
    code: '',
    unit: '05851',
  },
  { name: 'Lê Văn Bình', position: 'Bí thư Đảng ủy xã', point: 'ĐẢNG ỦY XÃ VẠN PHÚ', code: '', unit: '05845' },
  { name: 'Phạm Thị Hoa', position: 'Chủ tịch UBND xã', point: 'Xã Phú Bình (05908)', code: '', unit: '05908' },
  {
    name: 'Hoàng Văn Nam',
    position: 'Bí thư Đảng ủy phường',
    point: 'Đảng uỷ phường Sông Công',
    code: '',
    unit: '05518',
  },
  {
    name: 'Đỗ Thị Mai',
    position: 'Phó Bí thư Đảng ủy xã',
    point: 'Điểm cầu Đảng ủy xã Đại Từ',
    code: '05830',
    unit: '05830',
  },
  { name: 'Vũ Văn Long', position: 'Chủ tịch UBND xã', point: 'xa la bang', code: '', unit: '05818' },
];

describe('a commune list against the province’s communes', () => {
  it('attaches the province’s communes in one step, then matches a list’s rows to them by code and by name', async () => {
    await page.getByRole('tab', { name: 'Điểm cầu' }).click();
    await page.getByRole('button', { name: 'Thêm điểm cầu theo danh mục hành chính…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tỉnh, thành phố').fill('thai nguyen');
    await page.getByRole('option', { name: /^Tỉnh Thái Nguyên/ }).click();
    await dialog.getByLabel('Chọn tất cả (92)').check();
    await dialog.getByRole('button', { name: 'Thêm và gắn 92 điểm cầu vào hội nghị' }).click();
    // The demo's four communes and wards are there already: 88 are added, all 92 attached.
    await expect
      .poll(() => page.locator('.toast', { hasText: 'Đã thêm 88 điểm cầu' }).innerText())
      .toMatch(
        /^Đã thêm 88 điểm cầu của Tỉnh Thái Nguyên vào danh mục; 4 đơn vị đã có điểm cầu nên không thêm lại; gắn 88 điểm cầu vào hội nghị\./,
      );
    const points = () =>
      tab.stored<{ n: number }>(`SELECT count(*) AS n FROM conference_bridge_points WHERE conference_id = 1`)[0].n;
    expect(points()).toBe(95);

    const file = path.join(tempDir('thu-ky-e2e-commune-list-'), 'danh-sach-cac-xa.csv');
    fs.writeFileSync(
      file,
      '\uFEFFSTT,Họ và tên,Chức vụ,Điểm cầu,Mã ĐVHC\r\n' +
        rows.map((r, i) => [i + 1, r.name, r.position, r.point, r.code].join(',')).join('\r\n'),
    );
    await page.getByRole('tab', { name: 'Đại biểu' }).click();
    await expect.poll(() => tab.totalAttendees()).toBe(50);
    await page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
    await page.getByLabel('Chọn tệp danh sách đại biểu').setInputFiles(file);
    const summary = dialog.locator('.import-summary');
    // Quân Chu is written twice, by its code alone and as "UBND xã Quân Chu": one point.
    await expect
      .poll(() => summary.innerText())
      .toMatch(/^7 đại biểu trong 1 bảng · 6 điểm cầu \(6 có sẵn, 0 sẽ tạo mới\)/);
    await page.screenshot({ path: path.join(shotsDir, '95-nhap-danh-sach-cac-xa.png') });
    await dialog.getByRole('button', { name: 'Nhập 7 đại biểu' }).click();
    await expect.poll(() => tab.totalAttendees()).toBe(57);

    const landed = tab.stored<{ name: string; code: string | null }>(
      `SELECT p.full_name AS name, b.unit_code AS code FROM attendees a JOIN people p ON p.id = a.person_id
       JOIN conference_bridge_points cbp ON cbp.id = a.conference_bridge_point_id
       JOIN bridge_points b ON b.id = cbp.bridge_point_id WHERE a.conference_id = 1 AND a.file_order IS NOT NULL`,
    );
    expect(new Map(landed.map((r) => [r.name, r.code]))).toEqual(new Map(rows.map((r) => [r.name, r.unit])));
    expect(points()).toBe(95);
    // The conference's 95 and the central point of the demo's national conference.
    expect(tab.stored<{ n: number }>(`SELECT count(*) AS n FROM bridge_points`)[0].n).toBe(96);
    await page.screenshot({ path: path.join(shotsDir, '96-nhap-xong-theo-ma-don-vi.png') });
  });
});
