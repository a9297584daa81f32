// A message shown while a dialog is open is drawn inside the dialog, so that its buttons can
// be reached; Esc with focus on one of them still closes the dialog, as anywhere else in it.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { startHarnessProcess, type RunningHarness } from '../helpers/harness-process';
import { openTestServices, tempDir } from '../helpers/services';

let browser: Browser;
let harness: RunningHarness;
let page: Page;
let conferenceId: number;
const pageErrors: string[] = [];

beforeAll(async () => {
  const dbPath = path.join(tempDir('thu-ky-e2e-toast-'), 'toast.sqlite');
  const services = await openTestServices(dbPath);
  ({ conferenceId } = await services.call('demo.create', {}));
  await services.close();
  harness = await startHarnessProcess(dbPath);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  await page.goto(harness.url);
  await page.locator('.conference-link').first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await harness?.stop();
});

describe('a message inside a dialog', () => {
  it('closes the dialog on Esc with focus on the message', async () => {
    await page.goto(`${harness.origin}/#/hoi-nghi/${conferenceId}/info`);
    await page.getByRole('tab', { name: 'Biên bản', exact: true }).click();
    await page.getByRole('button', { name: 'Mẫu lời văn…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mẫu lời văn' });
    await dialog.getByLabel('Tên mẫu mới').fill('Biên bản giao ban của Văn phòng');
    await dialog.getByRole('button', { name: 'Lưu làm mẫu' }).click();
    const close = dialog.locator('.toast', { hasText: 'Đã lưu mẫu' }).getByRole('button', { name: 'Đóng thông báo' });
    await close.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(pageErrors).toEqual([]);
  });
});
