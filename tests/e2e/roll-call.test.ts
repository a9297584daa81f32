// The roll call of bridge points in the app: one key per point (Shift for a branch), a note,
// the counts always in sight, the live summary and its charts, and the quick report.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoApp, type DemoApp } from '../helpers/demo-app';

const shots = path.resolve(__dirname, '../../out/e2e');
let app: DemoApp;
let page: Page;

beforeAll(async () => {
  app = await openDemoApp('roll-call');
  page = app.page;
});
afterAll(() => app?.close());

const counts = () => page.getByRole('status', { name: 'Số điểm cầu theo tình trạng' }).innerText();

describe('the roll call of bridge points', () => {
  it('marks points from the keyboard, a branch at once, with a note, and the summary follows', async () => {
    await page.goto(`${app.harness.origin}/#/hoi-nghi/${app.conferenceId}/roll-call`);
    const grid = page.getByRole('grid', { name: 'Điểm danh điểm cầu' });
    await expect.poll(counts).toBe('Chưa kiểm tra: 6\nĐã kết nối: 1\nSự cố: 0');
    await grid.focus();
    await page.keyboard.press('k');
    await expect.poll(counts).toBe('Chưa kiểm tra: 5\nĐã kết nối: 2\nSự cố: 0');

    // Found by typing without diacritics; Shift marks Huyện ủy Đại Từ with its two communes.
    await page.getByLabel('Tìm điểm cầu').fill('dai tu');
    await grid.focus();
    await page.keyboard.press('Shift+K');
    await expect.poll(counts).toBe('Chưa kiểm tra: 2\nĐã kết nối: 5\nSự cố: 0');

    await page.getByLabel('Tìm điểm cầu').fill('hung son');
    await grid.focus();
    await page.keyboard.press('s');
    await page.getByLabel('Tìm điểm cầu').fill('');
    await page.getByRole('button', { name: /^Sự cố: 1/ }).click();
    await expect.poll(() => grid.getByRole('row').count()).toBe(1);
    await grid.focus();
    await page.keyboard.press('n');
    await page.getByLabel('Ghi chú kết nối của Điểm cầu Đảng ủy xã Hùng Sơn').fill('Mất tiếng từ 14:05');
    await page.keyboard.press('Enter');
    await expect.poll(() => grid.getByRole('row').first().innerText()).toContain('Mất tiếng từ 14:05');
    await page.getByRole('button', { name: /^Sự cố: 1/ }).click();

    const summary = page.getByRole('complementary', { name: 'Tổng hợp trực tiếp' });
    await expect.poll(() => summary.locator('.day-totals').innerText()).toMatch(/^4\/7\s+điểm cầu đã kết nối\s+40\/50\s+đại biểu có mặt$/);
    await summary.getByRole('button', { name: 'Báo cáo nhanh' }).click();
    const report = summary.getByRole('region', { name: 'Báo cáo nhanh' });
    await expect.poll(() => report.innerText()).toContain('Hội nghị được kết nối tới 7 điểm cầu với 40 đại biểu.');
    expect(await report.innerText()).toContain('Có 1 điểm cầu gặp sự cố kết nối (Điểm cầu Đảng ủy xã Hùng Sơn).');
    await page.screenshot({ path: path.join(shots, '70-diem-danh-diem-cau.png') });

    // The chart for the report, as a PNG.
    const download = page.waitForEvent('download');
    await summary.getByRole('button', { name: 'Lưu ảnh PNG' }).first().click();
    const file = await (await download).path();
    expect(fs.readFileSync(file!).subarray(1, 4).toString()).toBe('PNG');

    // Every change is kept with its time: when Hùng Sơn dropped is on record.
    const db = new Database(app.dbPath, { readonly: true });
    const events = db
      .prepare(`SELECT e.status, e.note FROM connection_events e JOIN conference_bridge_points c ON c.id = e.conference_bridge_point_id JOIN bridge_points b ON b.id = c.bridge_point_id WHERE b.name = 'Điểm cầu Đảng ủy xã Hùng Sơn' ORDER BY e.id`)
      .all();
    db.close();
    expect(events).toEqual([
      { status: 'da_ket_noi', note: null },
      { status: 'su_co', note: null },
      { status: 'su_co', note: 'Mất tiếng từ 14:05' },
    ]);
    expect(app.pageErrors).toEqual([]);
  });
});
