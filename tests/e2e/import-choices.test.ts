// What the secretary decides in the import preview, in the browser: a table of serving staff
// below the list is left out until she includes it; a point that matched nothing goes under the
// parent she picks, or is a point she already has; the list's order comes back on request.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAttendeesTab, type AttendeesTab } from '../helpers/attendees-tab';
import { shotsDir } from '../helpers/browser';
import { fixturesDir } from '../helpers/fixtures';

let tab: AttendeesTab;
let page: Page;

beforeAll(async () => {
  tab = await openAttendeesTab('thu-ky-e2e-import-choices-');
  page = tab.page;
}, 60_000);

afterAll(() => tab?.close());

const stored = <T>(sql: string): T[] => tab.stored<T>(sql);
const totalAttendees = () => tab.totalAttendees();

/** A suggestion of a search box (not an option of the dialog's own select boxes). */
const suggestion = (name: RegExp) => page.locator('ul.dropdown').getByRole('option', { name }).first();

describe('choices in the import preview', () => {
  it('leaves the serving staff out until included, and imports them when asked', async () => {
    await expect.poll(totalAttendees).toBe(50);
    await page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
    await page
      .getByLabel('Chọn tệp danh sách đại biểu')
      .setInputFiles(path.join(fixturesDir, '16-bang-phuc-vu-va-dong-mau.xlsx'));
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('.import-summary').innerText()).toMatch(/^5 đại biểu/);
    const staff = dialog.locator('.mapping', { hasText: 'cán bộ, nhân viên phục vụ' });
    await expect.poll(() => staff.locator('.pill').innerText()).toBe('không phải đại biểu: để riêng, không nhập');
    await page.screenshot({ path: path.join(shotsDir, '23-nhap-bang-phuc-vu.png') });
    await staff.getByRole('button', { name: 'Nhập cả bảng này' }).click();
    await expect.poll(() => dialog.locator('.import-summary').innerText()).toMatch(/^7 đại biểu/);
    await expect.poll(() => staff.locator('.pill').innerText()).toBe('sẽ nhập cả bảng này');
    await dialog.getByRole('button', { name: 'Nhập 7 đại biểu' }).click();
    await expect.poll(totalAttendees).toBe(57);
  });

  it('creates a new point under the parent chosen, maps another to an existing point, and renumbers by file', async () => {
    await page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
    await page
      .getByLabel('Chọn tệp danh sách đại biểu')
      .setInputFiles(path.join(fixturesDir, '15-diem-cau-ghi-mot-lan.xlsx'));
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('.import-summary').innerText()).toMatch(/^10 đại biểu/);

    await dialog.getByLabel('Điểm cầu "Điểm cầu Đảng ủy phường Tam Thanh" sẽ').selectOption('parent');
    await dialog.getByLabel('Điểm cầu cấp trên của "Điểm cầu Đảng ủy phường Tam Thanh"').fill('tinh uy thai nguyen');
    await suggestion(/Điểm cầu Tỉnh ủy Thái Nguyên/).click();
    await dialog.getByLabel('Điểm cầu "Điểm cầu UBND xã Na Sầm" sẽ').selectOption('existing');
    await dialog.getByLabel('Điểm cầu có sẵn cho "Điểm cầu UBND xã Na Sầm"').fill('dai tu');
    await suggestion(/Điểm cầu Đảng ủy xã Đại Từ/).click();
    await expect
      .poll(() => dialog.locator('.point-choice .pill').allInnerTexts())
      .toEqual(['Điểm cầu Tỉnh ủy Thái Nguyên Chọn lại', 'Điểm cầu Đảng ủy xã Đại Từ Chọn lại']);
    await expect
      .poll(() => dialog.locator('.import-summary').innerText())
      .toMatch(/6 điểm cầu \(1 có sẵn, 5 sẽ tạo mới\)/);
    await page.screenshot({ path: path.join(shotsDir, '24-nhap-chon-diem-cau.png') });
    await dialog.getByRole('button', { name: 'Nhập 10 đại biểu' }).click();
    await expect.poll(() => page.getByText(/Đã nhập 10 đại biểu/).isVisible()).toBe(true);

    expect(
      stored(
        `SELECT b.name AS point, parent.name AS parent FROM bridge_points b LEFT JOIN bridge_points parent ON ` +
          `parent.id = b.parent_id WHERE b.name IN ('Điểm cầu Đảng ủy phường Tam Thanh', 'Điểm cầu UBND xã Na Sầm')`,
      ),
    ).toEqual([{ point: 'Điểm cầu Đảng ủy phường Tam Thanh', parent: 'Điểm cầu Tỉnh ủy Thái Nguyên' }]);
    expect(
      stored(
        `SELECT b.name AS point FROM attendees a JOIN people p ON p.id = a.person_id JOIN conference_bridge_points c ` +
          `ON c.id = a.conference_bridge_point_id JOIN bridge_points b ON b.id = c.bridge_point_id WHERE ` +
          `p.full_name IN ('Triệu Văn Phúc', 'Lộc Thị Mai')`,
      ),
    ).toEqual([{ point: 'Điểm cầu Đảng ủy xã Đại Từ' }, { point: 'Điểm cầu Đảng ủy xã Đại Từ' }]);

    await page.getByRole('button', { name: 'Theo thứ tự trong tệp' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Đánh số' }).click();
    await expect
      .poll(() => page.getByText(/Đã đánh số thứ tự lễ tân theo thứ tự trong tệp cho [\d.]+ đại biểu/).isVisible())
      .toBe(true);
    const firstImported = stored<{ name: string }>(
      `SELECT p.full_name AS name FROM attendees a JOIN people p ON p.id = a.person_id WHERE a.protocol_order = 1`,
    );
    expect(firstImported).toEqual([{ name: 'Đinh Công Tráng' }]);
  });
});
