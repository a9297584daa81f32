// The outgoing register in the browser: the demo's invitation already in the book, a number
// given outside the app added by hand and listed, the same number refused in Vietnamese, and
// the book saved to Excel.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/open';
import { issueNumber } from '../../src/main/register/register';
import { ownStatus, shotsDir } from '../helpers/browser';
import { openDemoApp, type DemoApp } from '../helpers/demo-app';

let app: DemoApp;
let page: Page;

beforeAll(async () => {
  app = await openDemoApp('register', async (services) => {
    // As the lock does when the demo's invitation is issued.
    const { db } = await openDatabase(services.dbPath);
    try {
      const conferenceId = db.prepare(`SELECT min(id) FROM conferences`).pluck().get() as number;
      issueNumber(
        { db, progress: () => undefined },
        {
          issuingBody: 'Tỉnh ủy Thái Nguyên',
          family: 'party',
          kind: 'GM',
          date: '2026-03-10',
          symbol: 'GM/TU',
          subject: 'Giấy mời dự Hội nghị giao ban trực tuyến',
          conferenceId,
        },
      );
    } finally {
      db.close();
    }
  });
  ({ page } = app);
}, 120_000);
afterAll(() => app?.close());

const listRows = () => page.getByRole('table', { name: 'Các văn bản đã vào sổ' }).locator('tbody tr');

describe('Sổ văn bản đi', () => {
  it('adds a number given outside the app, lists it, and refuses it a second time', async () => {
    await page.getByRole('link', { name: 'Sổ văn bản đi' }).click();
    expect(page.url()).toContain('#/so-van-ban-di');
    await expect.poll(() => listRows().count()).toBe(1);
    expect(await listRows().first().innerText()).toMatch(/01\s+GM\/TU[\s\S]*10\/03\/2026[\s\S]*Hội nghị/);
    expect(await page.getByLabel('Ngày bắt đầu nhiệm kỳ').inputValue()).toBe('2025-10-01');

    const fill = async (number: string, subject: string, next: string) => {
      await page.getByRole('button', { name: 'Thêm số đã cấp ngoài ứng dụng…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Thêm số đã cấp ngoài ứng dụng' });
      expect(await dialog.getByLabel('Cơ quan ban hành').inputValue()).toBe('Tỉnh ủy Thái Nguyên');
      await dialog.getByLabel('Loại văn bản').selectOption({ label: 'Giấy mời' });
      await dialog.getByLabel('Ngày ban hành').fill('2026-03-12');
      await expect.poll(() => dialog.getByText(`Để trống để lấy số tiếp theo: ${next}.`).isVisible()).toBe(true);
      await dialog.getByLabel('Số văn bản').fill(number);
      expect(await dialog.getByLabel('Ký hiệu').inputValue()).toBe('GM/TU');
      await dialog.getByLabel('Trích yếu nội dung').fill(subject);
      await dialog.getByRole('button', { name: 'Vào sổ' }).click();
      return dialog;
    };

    const first = await fill('1', 'Giấy mời họp Ban Thường vụ', '02');
    const used =
      'Số 01-GM/TU đã được cấp cho văn bản "Giấy mời dự Hội nghị giao ban trực tuyến" ngày 10/03/2026; hãy chọn ' +
      'số khác (số tiếp theo: 02).';
    await expect.poll(() => first.getByRole('alert').innerText()).toBe(used);
    await first.getByLabel('Số văn bản').fill('');
    await first.getByRole('button', { name: 'Vào sổ' }).click();
    await expect.poll(() => page.getByText('Đã vào sổ số 02-GM/TU của Tỉnh ủy Thái Nguyên.').isVisible()).toBe(true);
    await expect.poll(() => listRows().count()).toBe(2);
    expect(await listRows().first().innerText()).toMatch(
      /02\s+GM\/TU[\s\S]*12\/03\/2026[\s\S]*Giấy mời họp Ban Thường vụ[\s\S]*Ngoài ứng dụng/,
    );

    // The same number again, given outside the app once more by mistake.
    const again = await fill('2', 'Giấy mời họp lần hai', '03');
    await expect
      .poll(() => again.getByRole('alert').innerText())
      .toBe(
        'Số 02-GM/TU đã được cấp cho văn bản "Giấy mời họp Ban Thường vụ" ngày 12/03/2026; hãy chọn số khác (số ' +
          'tiếp theo: 03).',
      );
    await page.screenshot({ path: path.join(shotsDir, '90-so-van-ban-di-trung-so.png') });
    await again.getByRole('button', { name: 'Huỷ' }).click();
    expect(await listRows().count()).toBe(2);
    await page.screenshot({ path: path.join(shotsDir, '91-so-van-ban-di.png') });
  });

  it('saves the register to Excel, oldest number first', async () => {
    await page.getByLabel('Lọc theo năm').selectOption({ label: 'Năm 2026' });
    await page.getByRole('button', { name: 'Xuất Excel…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xuất sổ văn bản đi ra Excel' });
    await dialog.getByRole('button', { name: 'Lưu…' }).click();
    await expect.poll(() => ownStatus(dialog).innerText()).toMatch(/^Đã lưu: .*So-van-ban-di-2026\.xlsx$/);
    const file = path.join(app.harness.outputDir, 'So-van-ban-di-2026.xlsx');
    expect(fs.existsSync(file)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('Sổ văn bản đi')!;
    expect(sheet.getCell('A2').value).toBe('SỔ ĐĂNG KÝ VĂN BẢN ĐI');
    expect(sheet.getCell('A3').value).toBe('Năm 2026');
    expect([sheet.getCell('D7').value, sheet.getCell('D8').value]).toEqual([
      'Giấy mời dự Hội nghị giao ban trực tuyến',
      'Giấy mời họp Ban Thường vụ',
    ]);
    expect(app.pageErrors).toEqual([]);
  });
});
