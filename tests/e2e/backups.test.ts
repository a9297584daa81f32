// Backups in the app: "Sao lưu ngay" to a file, then a conference deleted by mistake and the
// data restored from the list in Cài đặt, with the present state backed up first.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { shotsDir } from '../helpers/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoApp, type DemoApp } from '../helpers/demo-app';

let app: DemoApp;
let page: Page;

beforeAll(async () => {
  app = await openDemoApp('backups');
  page = app.page;
});
afterAll(() => app?.close());

describe('backups and restore', () => {
  it('saves a backup now, and restores the data after a conference was deleted', async () => {
    await page.goto(`${app.harness.origin}/#/cai-dat`);
    const panel = page.getByRole('region', { name: 'Sao lưu và khôi phục' });
    // The daily backup taken when the app opened.
    await expect.poll(() => panel.getByRole('row').count()).toBe(2);
    expect(await panel.getByRole('row').nth(1).innerText()).toMatch(/Hằng ngày\s+\d+ KB\s+2\s+55/);
    await panel.getByRole('button', { name: 'Sao lưu ngay…' }).click();
    await expect
      .poll(() => page.getByText(/^Đã sao lưu dữ liệu vào/).innerText())
      .toMatch(/Sao-luu-Thu-Ky-Hoi-Nghi-\d{4}-\d\d-\d\d\.sqlite/);
    const saved = fs.readdirSync(app.harness.outputDir).find((f) => f.endsWith('.sqlite'))!;
    const copy = new Database(path.join(app.harness.outputDir, saved), { readonly: true });
    expect([
      copy.pragma('integrity_check', { simple: true }),
      copy.prepare('SELECT count(*) FROM attendees').pluck().get(),
    ]).toEqual(['ok', 55]);
    copy.close();

    // Deleted by mistake, and the undo message gone.
    await page.goto(`${app.harness.origin}/#/`);
    await page
      .getByRole('row')
      .filter({ hasText: 'giao ban trực tuyến công tác xây dựng Đảng' })
      .getByRole('button', { name: 'Xoá' })
      .click();
    // The national conference the province joined is left.
    await expect.poll(() => page.locator('.conference-link').count()).toBe(1);

    await page.goto(`${app.harness.origin}/#/cai-dat`);
    await expect.poll(() => panel.getByRole('row').count()).toBe(3);
    await page.screenshot({ path: path.join(shotsDir, '80-sao-luu.png') });
    await panel
      .getByRole('row')
      .filter({ hasText: 'Sao lưu ngay' })
      .getByRole('button', { name: /^Khôi phục bản sao lưu lúc/ })
      .click();
    const confirm = page.getByRole('dialog', { name: 'Khôi phục dữ liệu từ bản sao lưu?' });
    expect(await confirm.innerText()).toContain('(2 hội nghị, 55 đại biểu)');
    await page.screenshot({ path: path.join(shotsDir, '81-xac-nhan-khoi-phuc.png') });
    await confirm.getByRole('button', { name: 'Khôi phục' }).click();
    await expect
      .poll(() => page.getByText(/^Đã khôi phục dữ liệu/).innerText())
      .toMatch(/Dữ liệu ngay trước khi khôi phục được giữ trong bản sao lưu "truoc-khoi-phuc-/);
    await expect
      .poll(() => panel.getByRole('row').filter({ hasText: 'Trước khi khôi phục' }).innerText())
      .toMatch(/Trước khi khôi phục\s+\d+ KB\s+1\s+5/);
    await page.screenshot({ path: path.join(shotsDir, '82-da-khoi-phuc.png') });

    await page.goto(`${app.harness.origin}/#/`);
    // The review is back beside the national conference, which was never deleted.
    await expect.poll(() => page.locator('.conference-link').count()).toBe(2);
    expect(app.pageErrors).toEqual([]);
  });
});
