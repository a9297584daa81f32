// The documents around a conference as the secretary makes them in the window: the invitation
// to the bridge points drafted from the data, its signer named, saved as issued under the
// register's next number and read back as printed; the script's programme edited as a table;
// after the day, the chair's tasks entered beside the conclusion notice, listed in it and
// followed in the checklist; and the register showing the number given.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src/shared/text/vietnamese-dates';
import { ownStatus, shotsDir } from '../helpers/browser';
import { openDemoApp, type DemoApp } from '../helpers/demo-app';
import { convertWithLibreOffice, pdfText } from '../helpers/office';

let app: DemoApp;
let page: Page;
let url: (tab: string) => string;

/** Yesterday: the conference is over, so its tasks are followed in the checklist. */
const yesterday = localIsoDate(new Date(Date.now() - 24 * 3600_000));

beforeAll(async () => {
  app = await openDemoApp('documents-around', async (services) => {
    const [first] = await services.call('conferences.list', {});
    await services.call('conferences.update', { id: first.id, date: yesterday });
  });
  ({ page } = app);
  url = (tab) => `${app.harness.origin}/#/hoi-nghi/${app.conferenceId}/${tab}`;
}, 120_000);

afterAll(() => app?.close());

const shot = (name: string) => page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
const previewText = () => page.locator('.docx-preview').evaluate((el) => el.shadowRoot?.textContent ?? '');

describe('the documents around the conference', () => {
  it('drafts the invitation from the data and saves it as issued under the register’s number', async () => {
    await page.goto(url('info'));
    await page.getByRole('tab', { name: 'Văn bản khác' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Giấy mời' }).getAttribute('aria-selected')).toBe('true');
    const time = page.getByRole('textbox', { name: 'Thời gian', exact: true });
    await expect.poll(() => time.innerText(), { timeout: 20_000 }).toMatch(/^1\. Thời gian: từ 14 giờ 00 phút/);
    const participants = page.getByRole('textbox', { name: 'Thành phần (theo cấp)', exact: true });
    expect(await participants.innerText()).toContain('Tại điểm cầu xã, phường:');
    await page.getByLabel('Người ký').fill('Nguyễn Thanh Hải');
    await page.getByLabel('Người ký').press('Enter');
    await shot('99-giay-moi');

    await page.getByRole('button', { name: 'Xuất Word…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xuất văn bản Word' });
    await expect.poll(previewText, { timeout: 30_000 }).toContain('GIẤY MỜI');
    await dialog.getByText('Phát hành: cấp số trong sổ văn bản đi').click();
    await expect.poll(previewText).toContain('Số 01-GM/TU');
    await dialog.getByRole('button', { name: 'Lưu…' }).click();
    await expect.poll(() => ownStatus(dialog).innerText(), { timeout: 30_000 }).toMatch(/^Đã lưu: /);
    const saved = path.join(
      app.harness.outputDir,
      fs.readdirSync(app.harness.outputDir).find((f) => f.startsWith('Giay-moi-'))!,
    );
    const printed = pdfText(convertWithLibreOffice(saved, 'pdf')).replace(/\s+/g, ' ');
    expect(printed).toContain('GIẤY MỜI');
    expect(printed).toContain('Số 01-GM/TU');
    expect(printed).toContain('Nơi nhận:');
    expect(printed).toContain('Nguyễn Thanh Hải');
    expect(printed).toContain('Điểm cầu Đảng ủy phường Phan Đình Phùng');
    await dialog.getByRole('button', { name: 'Đóng', exact: true }).last().click();
  }, 120_000);

  it('edits the script’s programme as a table', async () => {
    await page.getByRole('tab', { name: 'Kịch bản' }).click();
    const table = page.getByRole('table', { name: 'Chương trình (thời gian, người thực hiện, nội dung)' });
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 20_000 }).toBeGreaterThan(4);
    await page.getByLabel('Người thực hiện bước 1').fill('Tổ kỹ thuật Văn phòng Tỉnh ủy');
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: 'Chương trình (thời gian, người thực hiện, nội dung)' })
          .getByRole('status')
          .innerText(),
      )
      .toBe('Đã lưu');
    await shot('100-kich-ban');
  }, 60_000);

  it('lists the chair’s tasks in the notice and follows them in the checklist after the day', async () => {
    await page.getByRole('tab', { name: 'Thông báo kết luận' }).click();
    await page.getByLabel('Đơn vị được giao').fill('Ban Xây dựng Đảng Tỉnh ủy');
    await page
      .getByLabel('Nội dung nhiệm vụ', { exact: true })
      .fill('Tổng hợp ý kiến của các điểm cầu, báo cáo Thường trực Tỉnh ủy');
    await page.getByLabel('Hạn hoàn thành').fill('2026-12-31');
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    const tasks = page.getByRole('textbox', { name: 'Nhiệm vụ giao các đơn vị', exact: true });
    await expect.poll(() => tasks.innerText(), { timeout: 20_000 }).toContain('Ban Xây dựng Đảng Tỉnh ủy');
    expect(await tasks.innerText()).toContain('31/12/2026');
    await shot('101-thong-bao-ket-luan');

    await page.getByRole('tab', { name: 'Chuẩn bị' }).click();
    const item = page.getByText('Ban Xây dựng Đảng Tỉnh ủy: Tổng hợp ý kiến của các điểm cầu');
    await expect.poll(() => item.count(), { timeout: 20_000 }).toBe(1);
    await shot('102-chuan-bi-nhiem-vu');
  }, 60_000);

  it('shows the number given in the register', async () => {
    await page.getByRole('link', { name: 'Sổ văn bản đi' }).click();
    await expect.poll(() => page.getByRole('table').innerText(), { timeout: 20_000 }).toContain('GM/TU');
    await shot('103-so-van-ban-di');
    expect(app.pageErrors).toEqual([]);
  }, 60_000);
});
