// Importing a spreadsheet in the browser: choose the file, check the preview, import, undo.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAttendeesTab, type AttendeesTab } from '../helpers/attendees-tab';
import { shotsDir } from '../helpers/browser';
import { fixturesDir } from '../helpers/fixtures';
import { slowHostileXlsx } from '../helpers/hostile-files';
import { tempDir } from '../helpers/services';

let tab: AttendeesTab;
let page: Page;

beforeAll(async () => {
  tab = await openAttendeesTab('thu-ky-e2e-import-');
  page = tab.page;
}, 60_000);

afterAll(() => tab?.close());

const totalAttendees = () => tab.totalAttendees();

describe('importing an attendee list in the app', () => {
  it('reads a VNI-Windows file, shows what it understood, imports it and undoes it', async () => {
    await expect.poll(totalAttendees).toBe(50);
    await page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
    await page
      .getByLabel('Chọn tệp danh sách đại biểu')
      .setInputFiles(path.join(fixturesDir, '08-ma-vni-windows.xlsx'));
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.locator('.import-summary').innerText())
      .toMatch(/^32 đại biểu trong 1 bảng · 5 điểm cầu \(1 có sẵn, 4 sẽ tạo mới\)/);
    await expect
      .poll(() => dialog.getByLabel('Ý nghĩa của cột "Chức vụ, đơn vị"').inputValue())
      .toBe('positionAndUnit');
    const firstName = await dialog.locator('.preview-table tbody tr').first().locator('td').nth(1).innerText();
    expect(firstName).toBe('Dương Thu Nga');
    await page.screenshot({ path: path.join(shotsDir, '20-nhap-xem-truoc.png') });

    await dialog.getByRole('button', { name: 'Nhập 32 đại biểu' }).click();
    await expect.poll(() => page.getByText(/Đã nhập 32 đại biểu/).isVisible()).toBe(true);
    await expect.poll(totalAttendees).toBe(82);
    await page.getByLabel('Tìm đại biểu').fill('duong thu nga');
    await expect
      .poll(() => page.locator('[role=grid] [role=row][aria-rowindex="1"] [data-column="point"]').innerText())
      .toBe('Điểm cầu Tỉnh ủy Thái Nguyên');
    await page.getByLabel('Tìm đại biểu').fill('');
    await expect.poll(totalAttendees).toBe(82);
    await page.screenshot({ path: path.join(shotsDir, '21-nhap-xong.png') });

    await page.getByRole('button', { name: 'Hoàn tác nhập' }).click();
    await expect.poll(totalAttendees).toBe(50);
  });

  it('says in Vietnamese why a file cannot be read, and nothing changes', async () => {
    await page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
    await page
      .getByLabel('Chọn tệp danh sách đại biểu')
      .setInputFiles(path.join(fixturesDir, 'bad-khong-phai-excel.xlsx'));
    await expect
      .poll(() => page.getByRole('dialog').getByRole('alert').innerText())
      .toMatch(/Tệp này không phải bảng tính \(tệp ảnh\)/);
    await page.screenshot({ path: path.join(shotsDir, '22-nhap-tep-hong.png') });
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng', exact: true }).click();
    await expect.poll(totalAttendees).toBe(50);
  });

  it('reads a hostile file without holding up the app: "Huỷ" stops it, and left alone it ends in Vietnamese', async () => {
    const file = path.join(tempDir('thu-ky-e2e-hostile-'), 'danh-sach-doc-hai.xlsx');
    fs.writeFileSync(file, await slowHostileXlsx());
    await page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
    const dialog = page.getByRole('dialog');
    await page.getByLabel('Chọn tệp danh sách đại biểu').setInputFiles(file);
    await expect.poll(() => dialog.getByText('Đang đọc "danh-sach-doc-hai.xlsx"…').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(shotsDir, '26-nhap-tep-doc-hai-dang-doc.png') });
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    await expect.poll(() => dialog.getByRole('button', { name: 'Chọn tệp…' }).isEnabled()).toBe(true);
    expect(await dialog.getByRole('progressbar').count()).toBe(0);
    await page.getByLabel('Chọn tệp danh sách đại biểu').setInputFiles(file);
    await expect.poll(() => dialog.getByRole('alert').innerText()).toMatch(/^Không tìm thấy cột họ tên đại biểu/);
    await page.screenshot({ path: path.join(shotsDir, '27-nhap-tep-doc-hai-tu-choi.png') });
    await dialog.getByRole('button', { name: 'Đóng', exact: true }).click();
    await expect.poll(totalAttendees).toBe(50);
  });

  it('lists the imports of a conference and undoes one from there', async () => {
    await page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
    await page
      .getByLabel('Chọn tệp danh sách đại biểu')
      .setInputFiles(path.join(fixturesDir, '04-csv-excel-windows-1258.csv'));
    await page.getByRole('dialog').getByRole('button', { name: 'Nhập 22 đại biểu' }).click();
    await expect.poll(totalAttendees).toBe(72);
    await page.getByRole('button', { name: 'Các lần nhập' }).click();
    const history = page.getByRole('dialog', { name: 'Các lần nhập từ tệp' });
    await expect.poll(() => history.locator('tbody tr').count()).toBe(1);
    await history.locator('tbody').getByRole('button', { name: 'Hoàn tác nhập' }).click();
    await expect.poll(() => history.getByText('Chưa nhập tệp nào').isVisible()).toBe(true);
    await expect.poll(totalAttendees).toBe(50);
    // The dialog stays open: its message is inside it, so it is announced and can be closed.
    const notice = history.getByRole('status').filter({ hasText: /^Đã hoàn tác nhập tệp/ });
    await expect.poll(() => notice.isVisible()).toBe(true);
    await notice.getByRole('button', { name: 'Đóng thông báo' }).click();
    await expect.poll(() => notice.count()).toBe(0);
  });
});
