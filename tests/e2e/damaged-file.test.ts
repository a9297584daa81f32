// What the secretary sees when the data file is damaged or comes from a newer app version.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { startHarnessProcess } from '../helpers/harness-process';
import { tempDir } from '../helpers/services';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openOn(dbPath: string) {
  const harness = await startHarnessProcess(dbPath);
  const page = await browser.newPage();
  // Every Playwright wait on this page: the harness answering on a loaded 2-core machine.
  page.setDefaultTimeout(15_000);
  await page.goto(harness.url);
  return { harness, page };
}

describe('a data file that cannot be used as it is', () => {
  it('moves a damaged file aside, says so, and carries on with a fresh one', async () => {
    const dir = tempDir('thu-ky-e2e-damaged-');
    const dbPath = path.join(dir, 'thu-ky-hoi-nghi.sqlite');
    fs.writeFileSync(dbPath, Buffer.alloc(64 * 1024, 0x5a));
    const { harness, page } = await openOn(dbPath);
    const notice = page.locator('.notice.error');
    await expect.poll(() => notice.innerText()).toMatch(/Tệp dữ liệu bị hỏng nên đã được chuyển sang .*không bị xoá/);
    expect(fs.readdirSync(dir).some((f) => /\.hong-.*\.sqlite$/.test(f))).toBe(true);
    await page.getByRole('button', { name: 'Tạo dữ liệu mẫu để thử' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Đại biểu' }).isVisible()).toBe(true);
    await page.close();
    await harness.stop();
  });

  it('refuses a file from a newer version without touching it, and says what to do', async () => {
    const dbPath = path.join(tempDir('thu-ky-e2e-newer-'), 'thu-ky-hoi-nghi.sqlite');
    const db = new Database(dbPath);
    db.pragma('user_version = 42');
    db.close();
    const before = fs.readFileSync(dbPath);
    const { harness, page } = await openOn(dbPath);
    await expect
      .poll(() => page.locator('.fatal').innerText())
      .toMatch(/phiên bản mới hơn.*Hãy cài phiên bản mới nhất/s);
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true);
    await page.close();
    await harness.stop();
  });
});
