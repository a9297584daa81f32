// Thống kê in the browser against the hand-counted small year: the year's headline figures, a
// kind filter, the list behind the person absent twice, and the charts drawn.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shotsDir } from '../helpers/browser';
import { startHarnessProcess, type RunningHarness } from '../helpers/harness-process';
import { openTestServices, tempDir } from '../helpers/services';
import { buildSmallYear } from '../helpers/small-year';

let browser: Browser;
let harness: RunningHarness;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  const dbPath = path.join(tempDir('thu-ky-e2e-statistics-'), 'statistics.sqlite');
  const t = await openTestServices(dbPath);
  try {
    await buildSmallYear(t);
  } finally {
    await t.close();
  }
  harness = await startHarnessProcess(dbPath);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'vi-VN' });
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  await page.goto(harness.url);
  await page.locator('.conference-link').first().waitFor();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await harness?.stop();
});

const shot = (name: string) => page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true });
const headline = () => page.getByLabel('Số liệu chung').innerText();
const conferenceRows = () => page.getByRole('table', { name: 'Hội nghị trong kỳ' }).locator('tbody tr');

describe('Thống kê', () => {
  it("shows the small year's figures, filters by kind, and lists the absences behind a person", async () => {
    await page.getByRole('link', { name: 'Thống kê' }).click();
    expect(page.url()).toContain('#/thong-ke');
    expect(await page.getByRole('radio', { name: 'Quý' }).getAttribute('aria-checked')).toBe('true');

    await page.getByRole('radio', { name: 'Năm' }).click();
    await page.getByLabel('Lọc theo năm').selectOption('2026');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Thống kê: Năm 2026');
    await expect.poll(() => conferenceRows().count()).toBe(3);
    const figures = await headline();
    expect(figures).toMatch(/^3\s+hội nghị/);
    // Points taking part 3 + 1 + 2 of 3 + 2 + 2 attached; 30 + 1 + 1 present of 33 + 2 + 2 invited.
    expect(figures).toMatch(/6\/7\s+lượt điểm cầu tham gia \(3 điểm cầu, 2 lượt gặp sự cố\)/);
    expect(figures).toMatch(
      /32\/37\s+đại biểu có mặt\/triệu tập \(1 đến muộn, 1 vắng có lý do, 1 vắng không lý do, 2 vắng theo số điểm cầu báo\)/,
    );
    expect(figures).toContain('86,5 %');
    expect(await conferenceRows().first().innerText()).toMatch(/15\/01\/2026\s+Hội nghị giao ban tháng 1\s+Giao ban/);

    // The four charts each drew something on their canvas.
    const canvases = page.locator('.statistics-charts canvas');
    expect(await canvases.count()).toBe(4);
    const drawn = await canvases.evaluateAll((all) =>
      (all as HTMLCanvasElement[]).map((c) => {
        const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
        return data.some((v, i) => i % 4 === 3 && v > 0);
      }),
    );
    expect(drawn).toEqual([true, true, true, true]);
    await shot('statistics-year');

    await page.getByRole('combobox', { name: 'Loại hội nghị' }).selectOption({ label: 'Giao ban' });
    await expect.poll(() => conferenceRows().count()).toBe(2);
    expect(await headline()).toMatch(/^2\s+hội nghị/);
    await page.getByRole('combobox', { name: 'Loại hội nghị' }).selectOption({ label: 'Tất cả' });
    await expect.poll(() => conferenceRows().count()).toBe(3);

    await page.getByLabel('Lọc theo năm').selectOption('2025');
    await expect.poll(() => page.getByText('Không có hội nghị nào trong kỳ này.').isVisible()).toBe(true);
    await page.getByLabel('Lọc theo năm').selectOption('2026');
    await expect.poll(() => conferenceRows().count()).toBe(3);

    const absentees = page.getByRole('table', { name: 'Đại biểu vắng nhiều lần' });
    await absentees.getByRole('button', { name: 'Nguyễn Văn An' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đại biểu: Nguyễn Văn An' });
    const rows = dialog.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const listed = await rows.allInnerTexts();
    expect(listed.filter((r) => /Vắng/.test(r))).toHaveLength(2);
    expect(listed.join('\n')).toContain('Đi công tác');
    await shot('statistics-absentee');
    await dialog.getByRole('link', { name: 'Hội nghị chuyên đề chuyển đổi số' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/hoi-nghi\/\d+\/info$/);

    expect(pageErrors).toEqual([]);
  }, 90_000);
});
