// The secretary who sits at a participating point, not in the host's room: she marks her
// point on the points tab once, the conference says whose documents these are, and the
// minutes she drafts are those of her point (her point's chair, her delegates counted, the
// host's chair as context). She can give them back to the host from the same line.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shotsDir } from '../helpers/browser';
import { openDemoApp, type DemoApp } from '../helpers/demo-app';

let app: DemoApp;

beforeAll(async () => {
  app = await openDemoApp('own-point');
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const shot = (name: string) => app.page.screenshot({ path: path.join(shotsDir, `${name}.png`) });

describe('the documents of the secretary’s own point', () => {
  it('is chosen on the points tab, shown under the conference, and followed by the minutes', async () => {
    const { page } = app;
    await page.locator('.conference-link').first().click();
    await expect.poll(() => page.locator('.own-point').innerText()).toMatch(/^Văn bản viết theo đơn vị chủ trì\./);
    await page.getByRole('tab', { name: 'Điểm cầu' }).click();
    const grid = page.getByRole('grid', { name: 'Điểm cầu của hội nghị' });
    await grid.getByText('Điểm cầu Đảng ủy phường Phan Đình Phùng', { exact: true }).click();
    await page.getByRole('button', { name: 'Đặt làm điểm cầu của tôi' }).click();
    await expect
      .poll(() => page.locator('.own-point').innerText())
      .toMatch(/^Văn bản viết từ Điểm cầu Đảng ủy phường Phan Đình Phùng \(điểm cầu của tôi\)/);
    await expect.poll(() => grid.getByText('Điểm cầu của tôi').count()).toBe(1);
    await shot('97-diem-cau-cua-toi');

    await page.getByRole('tab', { name: 'Biên bản' }).click();
    const attendance = page.getByRole('textbox', { name: 'Thành phần tham dự', exact: true });
    await expect.poll(() => attendance.innerText(), { timeout: 20_000 }).toMatch(/^Chủ trì Hội nghị: đồng chí /);
    const text = await attendance.innerText();
    expect(text).toContain('Chủ trì tại điểm cầu Đảng ủy phường Phan Đình Phùng: đồng chí ');
    expect(text).toContain('Tổng số đại biểu được triệu tập tại điểm cầu Đảng ủy phường Phan Đình Phùng: ');
    expect(text).not.toContain('Tại điểm cầu Đảng ủy xã Đại Từ');
    await shot('98-bien-ban-tai-diem-cau');

    await page.getByRole('button', { name: 'Viết theo đơn vị chủ trì' }).click();
    await expect.poll(() => page.locator('.own-point').innerText()).toMatch(/^Văn bản viết theo đơn vị chủ trì\./);
    await expect.poll(() => attendance.innerText(), { timeout: 20_000 }).toMatch(/^Chủ trì: đồng chí /);
    expect(app.pageErrors).toEqual([]);
  });
});
