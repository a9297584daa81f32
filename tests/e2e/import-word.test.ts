// Importing a list typed as a table in a Word document, in the browser, end to end: choose the
// .docx, check the preview, import, and find the people under their points in the database.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAttendeesTab, type AttendeesTab } from '../helpers/attendees-tab';
import { shotsDir } from '../helpers/browser';
import { fixturesDir } from '../helpers/fixtures';

let tab: AttendeesTab;
let page: Page;

beforeAll(async () => {
  tab = await openAttendeesTab('thu-ky-e2e-import-word-');
  page = tab.page;
}, 60_000);

afterAll(() => tab?.close());

const stored = <T>(sql: string): T[] => tab.stored<T>(sql);
const totalAttendees = () => tab.totalAttendees();

describe('importing a Word list in the app', () => {
  it('reads the tables of a .docx, shows the points and people, and imports them', async () => {
    await expect.poll(totalAttendees).toBe(50);
    await page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
    await page
      .getByLabel('Chọn tệp danh sách đại biểu')
      .setInputFiles(path.join(fixturesDir, '10-word-nhom-diem-cau.docx'));
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('.import-summary').innerText()).toMatch(/^5 đại biểu .*2 điểm cầu/);
    const rows = dialog.locator('.preview-table tbody tr');
    await expect.poll(() => rows.count()).toBe(5);
    expect(await rows.first().locator('td').nth(1).innerText()).toBe('Nguyễn Văn Hùng');
    await expect.poll(() => dialog.getByText('Điểm cầu Đảng ủy xã La Bằng').first().isVisible()).toBe(true);
    await page.screenshot({ path: path.join(shotsDir, '60-nhap-word-xem-truoc.png') });

    await dialog.getByRole('button', { name: 'Nhập 5 đại biểu' }).click();
    await expect.poll(() => page.getByText(/Đã nhập 5 đại biểu/).isVisible()).toBe(true);
    await expect.poll(totalAttendees).toBe(55);
    await page.screenshot({ path: path.join(shotsDir, '61-nhap-word-xong.png') });

    expect(
      stored(
        `SELECT p.full_name AS name, b.name AS point, a.position AS position FROM attendees a ` +
          `JOIN people p ON p.id = a.person_id JOIN conference_bridge_points c ON c.id = a.conference_bridge_point_id ` +
          `JOIN bridge_points b ON b.id = c.bridge_point_id WHERE p.full_name IN ('Trần Thị Lan', 'Lê Thị Hoa') ` +
          `ORDER BY p.full_name`,
      ),
    ).toEqual([
      { name: 'Lê Thị Hoa', point: 'Điểm cầu Đảng ủy xã La Bằng', position: 'Chủ tịch UBND xã' },
      { name: 'Trần Thị Lan', point: 'Điểm cầu Huyện ủy Đại Từ', position: 'Phó Bí thư Thường trực' },
    ]);
    expect(
      stored(`SELECT p.full_name AS name FROM attendees a JOIN people p ON p.id = a.person_id
              WHERE p.full_name LIKE '%BÍ THƯ%' OR p.full_name LIKE 'Tổng số%' OR p.full_name LIKE '%ĐẢNG%'`),
    ).toEqual([]);
  });
});
