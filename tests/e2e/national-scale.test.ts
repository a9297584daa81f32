// The roll call at national scale in the app: 31,000 bridge points that report counts, the
// country's tree from the administrative list (34 provinces, 3,321 communes, the points below
// them). The tree opens, a name typed without diacritics finds a point among them, a province is
// marked with its 92 communes and their 828 points in one key, and the summary adds up 1.9
// million delegates.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { shotsDir } from '../helpers/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoApp, type DemoApp } from '../helpers/demo-app';
import { nationalConference } from '../helpers/national-conference';

let app: DemoApp;
let page: Page;
let national: number;

beforeAll(async () => {
  app = await openDemoApp('national', async (services) => void (national = await nationalConference(services.dbPath)));
  page = app.page;
}, 120_000);
afterAll(() => app?.close());

const counts = () => page.getByRole('status', { name: 'Số điểm cầu theo tình trạng' }).innerText();

describe('the roll call of 31,000 bridge points', () => {
  it('finds, marks a branch and sums up at national scale', async () => {
    await page.goto(`${app.harness.origin}/#/hoi-nghi/${national}/roll-call`);
    await expect.poll(counts, { timeout: 30_000 }).toBe('Chưa kiểm tra: 31.000\nĐã kết nối: 0\nSự cố: 0');
    const grid = page.getByRole('grid', { name: 'Điểm danh điểm cầu' });
    // Only the rows in view are drawn.
    expect(await grid.getByRole('row').count()).toBeLessThan(80);

    await page.getByLabel('Tìm điểm cầu').fill('dang uy dac khu con dao');
    await expect
      .poll(() => grid.getByRole('row').allInnerTexts())
      .toEqual([expect.stringContaining('Đảng ủy đặc khu Côn Đảo')]);
    await grid.focus();
    await page.keyboard.press('s');
    await expect.poll(counts).toBe('Chưa kiểm tra: 30.999\nĐã kết nối: 0\nSự cố: 1');

    await page.getByLabel('Tìm điểm cầu').fill('tinh uy thai nguyen');
    await grid.getByRole('row').first().click();
    await grid.focus();
    await page.keyboard.press('Shift+K');
    await expect.poll(counts).toBe('Chưa kiểm tra: 30.078\nĐã kết nối: 921\nSự cố: 1');
    await page.getByLabel('Tìm điểm cầu').fill('');
    await page.getByRole('button', { name: /^Đã kết nối: 921/ }).click();
    await expect.poll(() => page.getByText('Hiện 921/31.000 điểm cầu').isVisible()).toBe(true);

    const summary = page.getByRole('complementary', { name: 'Tổng hợp trực tiếp' });
    await expect
      .poll(() => summary.locator('.day-totals').innerText())
      .toMatch(/^921\/31\.000\s+điểm cầu đã kết nối\s+1\.828\.\d{3}\/1\.922\.\d{3}\s+đại biểu có mặt$/);
    await summary.getByRole('button', { name: 'Báo cáo nhanh' }).click();
    await expect
      .poll(() => summary.getByRole('region', { name: 'Báo cáo nhanh' }).innerText())
      .toMatch(/Hội nghị được kết nối tới 31\.000 điểm cầu với 1\.828\.\d{3} đại biểu\./);
    await page.screenshot({ path: path.join(shotsDir, '73-diem-danh-31000-diem-cau.png') });
    expect(app.pageErrors).toEqual([]);
  });
});
