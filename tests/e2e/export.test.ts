// Exporting a Word document from the app: choose it, see its first pages, save it, and open
// the saved file as a secretary's office suite prints it.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ownStatus, shotsDir } from '../helpers/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoApp, type DemoApp } from '../helpers/demo-app';
import type { RunningHarness } from '../helpers/harness-process';
import { convertWithLibreOffice, firstPageImage, pdfText } from '../helpers/office';
import { demoDay } from '../helpers/services';

let app: DemoApp;
let page: Page;
let harness: RunningHarness;
let conferenceId: number;

beforeAll(async () => {
  app = await openDemoApp('export');
  ({ page, harness, conferenceId } = app);
});
afterAll(() => app?.close());

/** The text of the preview, drawn inside a shadow root. */
const previewText = () => page.locator('.docx-preview').evaluate((el) => el.shadowRoot?.textContent ?? '');

describe('exporting Word documents', () => {
  it('previews the minutes, saves them, and the saved file prints as previewed', async () => {
    await page.goto(`${harness.origin}/#/hoi-nghi/${conferenceId}/info`);
    await page.getByRole('button', { name: 'Xuất văn bản Word…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xuất văn bản Word' });
    await expect.poll(previewText).toContain('BIÊN BẢN');
    expect(await previewText()).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');

    await dialog.getByLabel('Mẫu định dạng').selectOption({ label: 'Nhà nước (NĐ 30/2020/NĐ-CP)' });
    await expect.poll(previewText).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    await expect.poll(() => dialog.getByLabel('Ký hiệu').inputValue()).toBe('BB-TU');
    // The Tỉnh ủy's symbol from the usual bodies' list, said so; never made from initials.
    expect(await dialog.getByText('Gợi ý theo tên cơ quan ban hành; sửa nếu chưa đúng.').isVisible()).toBe(true);
    await dialog.getByLabel('Số', { exact: true }).fill('15');
    await dialog.getByLabel('Địa danh').fill('Thái Nguyên');
    await dialog.getByText('Kèm phụ lục danh sách đại biểu').click();
    await expect.poll(previewText).toContain('Số: 15/BB-TU');
    expect(await previewText()).toContain('PHỤ LỤC');
    await page.screenshot({ path: path.join(shotsDir, '50-xuat-bien-ban.png') });

    await dialog.getByRole('button', { name: 'Lưu…' }).click();
    await expect.poll(() => ownStatus(dialog).innerText()).toMatch(/^Đã lưu: /);
    const saved = path.join(
      harness.outputDir,
      fs.readdirSync(harness.outputDir).find((f) => f.startsWith('Bien-ban-Hoi-nghi-giao-ban-truc-tuyen-cong-tac'))!,
    );
    expect(fs.existsSync(saved)).toBe(true);
    await dialog.getByRole('button', { name: 'Mở thư mục' }).click();
    await expect.poll(() => page.getByText(`Thư mục: ${harness.outputDir}`).isVisible()).toBe(true);

    const pdf = convertWithLibreOffice(saved, 'pdf');
    const printed = pdfText(pdf).replace(/\s+/g, ' ');
    expect(printed).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(printed).toContain('Số: 15/BB-TU');
    expect(printed).toContain(`Thái Nguyên, ${demoDay().official}`);
    expect(printed).toContain('PHỤ LỤC');
    // The first page as printed, to look at.
    firstPageImage(pdf, path.join(shotsDir, '51-bien-ban-in-ra'));

    // The next export of the conference starts from what was chosen.
    await dialog.getByRole('button', { name: 'Đóng', exact: true }).last().click();
    await page.getByRole('button', { name: 'Xuất văn bản Word…' }).click();
    await expect.poll(() => page.getByRole('dialog').getByLabel('Địa danh').inputValue()).toBe('Thái Nguyên');
    expect(await page.getByRole('dialog').getByLabel('Mẫu định dạng').inputValue()).toBe('state');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('exports the news item from the drafting tab after storing what was typed', async () => {
    await page.goto(`${harness.origin}/#/hoi-nghi/${conferenceId}/news`);
    const body = page.getByRole('textbox', { name: 'Nội dung', exact: true });
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Hội nghị thành công tốt đẹp.');
    await page.getByRole('button', { name: 'Xuất Word…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xuất văn bản Word' });
    expect(await dialog.getByLabel('Văn bản', { exact: true }).inputValue()).toBe('news');
    await expect.poll(previewText).toContain('Hội nghị thành công tốt đẹp.');
    await page.screenshot({ path: path.join(shotsDir, '52-xuat-tin-bai.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('looks for the symbol of another issuing body typed in, and says when there is none', async () => {
    await page.goto(`${harness.origin}/#/hoi-nghi/${conferenceId}/info`);
    await page.getByRole('button', { name: 'Xuất văn bản Word…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xuất văn bản Word' });
    await expect.poll(() => dialog.getByLabel('Ký hiệu').inputValue()).toBe('BB-TU');
    const issuingBody = dialog.getByLabel('Cơ quan ban hành');
    await issuingBody.fill('Văn phòng Tỉnh ủy Thái Nguyên');
    await page.keyboard.press('Tab');
    await expect.poll(() => dialog.getByLabel('Ký hiệu').inputValue()).toBe('BB-VPTU');
    await expect.poll(previewText).toContain('BB-VPTU');
    // A body not among the usual ones: no symbol made from its initials, a blank and a warning.
    await issuingBody.fill('Sở Nội vụ tỉnh Thái Nguyên');
    await page.keyboard.press('Tab');
    await expect.poll(() => dialog.getByLabel('Ký hiệu').inputValue()).toBe('');
    expect(await dialog.getByText(/Chưa có ký hiệu của cơ quan ban hành/).isVisible()).toBe(true);
    await expect.poll(previewText).toContain('BB-……');
    await page.screenshot({ path: path.join(shotsDir, '53-xuat-thieu-ky-hieu.png') });
    // Typed by the body's part alone.
    await dialog.getByLabel('Ký hiệu').fill('SNV');
    await expect.poll(previewText).toContain('BB-SNV');
    await page.keyboard.press('Escape');
    expect(app.pageErrors).toEqual([]);
  });
});
