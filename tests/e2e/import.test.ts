// Importing a spreadsheet in the browser: choose the file, check the preview, import, undo.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAttendeesTab, type AttendeesTab } from '../helpers/attendees-tab';
import { shotsDir } from '../helpers/browser';
import { fixturesDir } from '../helpers/fixtures';

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
      .toMatch(/^32 đại biểu trong 1 bảng · 5 điểm cầu \(3 có sẵn, 2 sẽ tạo mới\)/);
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
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).click();
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
    await history.getByRole('button', { name: 'Hoàn tác nhập' }).click();
    await expect.poll(() => history.getByText('Chưa nhập tệp nào').isVisible()).toBe(true);
    await expect.poll(totalAttendees).toBe(50);
  });
});
