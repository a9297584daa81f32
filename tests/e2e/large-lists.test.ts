// 100,000 attendees in one conference: the table draws only what is on screen, jumps to
// the end at once; a 100,000-row file imports with a progress bar and a working Cancel.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { generatePerson, seededRandom } from '../../src/main/demo/demo-data';
import { foldForSearch } from '../../src/shared/text/vietnamese';
import { launchBrowser, shotsDir } from '../helpers/browser';
import { startHarnessProcess, type RunningHarness } from '../helpers/harness-process';
import { openTestServices, tempDir } from '../helpers/services';

const total = 100_000;
let browser: Browser;
let harness: RunningHarness;
let page: Page;
let conferenceId: number;

beforeAll(async () => {
  const dbPath = path.join(tempDir('thu-ky-e2e-large-'), 'large.sqlite');
  const services = await openTestServices(dbPath);
  const conference = await services.call('conferences.create', {
    name: 'Hội nghị toàn quốc quán triệt Nghị quyết',
    kind: 'hoc_tap_nghi_quyet',
    date: '2026-02-01',
    session: 'sang',
    startTime: '08:00',
  });
  conferenceId = conference.id;
  const random = seededRandom(7);
  for (let from = 0; from < total; from += 20_000) {
    const rows = Array.from({ length: 20_000 }, (_, i) => {
      const person = generatePerson(random);
      return { fullName: person.fullName, phone: person.phone, position: `Đảng viên chi bộ số ${from + i + 1}` };
    });
    await services.call('attendees.add', { conferenceId, rows });
  }
  await services.close();
  harness = await startHarnessProcess(dbPath);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(15_000);
  await page.goto(harness.url);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await harness?.stop();
});

describe('a conference with 100,000 attendees', () => {
  it('draws only the visible rows and jumps to the last one at once', async () => {
    await page.evaluate((id) => (window.location.hash = `#/hoi-nghi/${id}/attendees`), conferenceId);
    const grid = page.locator('[role=grid][aria-label="Danh sách đại biểu"]');
    // The first screen of the 100,000: counted and paged in the main process.
    await expect.poll(() => grid.getAttribute('aria-rowcount'), { timeout: 30_000 }).toBe(String(total + 1));
    await expect.poll(() => page.locator('p.hint').innerText()).toMatch(/^100.000 đại biểu\./);
    expect(await grid.locator('[role=row][aria-rowindex]').count()).toBeLessThan(80);

    await grid.locator('[role=row][aria-rowindex="1"] [data-column="fullName"]').click();
    const started = Date.now();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('ArrowUp');
    const last = grid.locator(`[role=row][aria-rowindex="${total}"] [data-column="position"]`);
    // Waits as long as any other; the time it took is what is checked, so a slow jump says how slow.
    await expect.poll(() => last.innerText(), { timeout: 15_000 }).toMatch(/^Đảng viên chi bộ số \d+$/);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await grid.locator('[role=row][aria-rowindex]').count()).toBeLessThan(80);
    await page.screenshot({ path: path.join(shotsDir, '10-100000-dai-bieu.png') });
  });

  it('filters the 100,000 by a name typed without diacritics', async () => {
    await page.getByLabel('Tìm đại biểu').fill('nguyen thi mai');
    const grid = page.locator('[role=grid][aria-label="Danh sách đại biểu"]');
    await expect.poll(async () => Number(await grid.getAttribute('aria-rowcount'))).toBeLessThan(5000);
    const shown = async () =>
      (await grid.locator('[role=row][aria-rowindex] [data-column="fullName"]').allInnerTexts()).filter(Boolean);
    const words = (name: string) => foldForSearch(name).split(' ');
    await expect.poll(async () => (await shown()).length).toBeGreaterThan(0);
    await expect
      .poll(async () => (await shown()).every((n) => ['nguyen', 'thi', 'mai'].every((w) => words(n).includes(w))))
      .toBe(true);
    await page.getByLabel('Tìm đại biểu').fill('');
  });

  it('imports a 100,000-row file with a progress bar, and Cancel leaves everything as it was', async () => {
    const file = path.join(tempDir('thu-ky-e2e-big-file-'), 'danh-sach-100000.xlsx');
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    const sheet = book.addWorksheet('Danh sách');
    sheet.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Điểm cầu']).commit();
    const random = seededRandom(8);
    for (let i = 0; i < total; i++)
      sheet.addRow([i + 1, generatePerson(random).fullName, 'Đảng viên', `Điểm cầu xã số ${i % 500}`]).commit();
    sheet.commit();
    await book.commit();

    await page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
    await page.getByLabel('Chọn tệp danh sách đại biểu').setInputFiles(file);
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.locator('.import-summary').innerText(), { timeout: 60_000 })
      .toMatch(/^100\.000 đại biểu/);
    await dialog.getByRole('button', { name: 'Nhập 100.000 đại biểu' }).click();
    const bar = dialog.getByRole('progressbar', { name: 'Tiến độ nhập' });
    await expect
      .poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 30_000, interval: 50 })
      .toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shotsDir, '11-dang-nhap-100000.png') });
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').innerText(), { timeout: 30_000 })
      .toBe('Đã huỷ nhập tệp; dữ liệu không thay đổi.');
    // Escape while the import is still winding down cancels rather than closes: close once it has.
    await expect.poll(() => dialog.getByRole('button', { name: 'Huỷ' }).count(), { timeout: 30_000 }).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => page.locator('p.hint').innerText()).toMatch(/^100\.000 đại biểu\./);
  });

  it('clones all 100,000 attendees into next quarter’s conference', async () => {
    await page.getByRole('button', { name: 'Nhân bản' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nhân bản' }).click();
    await expect.poll(() => page.url(), { timeout: 60_000 }).not.toContain(`/hoi-nghi/${conferenceId}/`);
    await page.getByRole('tab', { name: 'Đại biểu' }).click();
    await expect.poll(() => page.locator('p.hint').innerText(), { timeout: 30_000 }).toMatch(/^100\.000 đại biểu\./);
  });
});
