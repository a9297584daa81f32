// Lịch sử thay đổi as a secretary meets it: the name of the person working set once in Cài
// đặt, a conference's name and an attendee's position changed on their screens, each change
// listed with who made it, and the old value put back from the list.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shotsDir } from '../helpers/browser';
import { openDemoApp, type DemoApp } from '../helpers/demo-app';

let app: DemoApp;
beforeAll(async () => {
  app = await openDemoApp('history');
}, 120_000);
afterAll(async () => {
  await app?.close();
});

const worker = 'Phạm Thu Hà';
const historyRows = () => app.page.getByRole('dialog', { name: /^Lịch sử thay đổi/ }).locator('tbody tr');
const shot = (name: string) => app.page.screenshot({ path: path.join(shotsDir, `history-${name}.png`) });

async function putBackFirst(field: string) {
  const dialog = app.page.getByRole('dialog', { name: /^Lịch sử thay đổi/ });
  await dialog
    .getByRole('button', { name: new RegExp(`^Khôi phục giá trị cũ của ${field}`) })
    .first()
    .click();
  await app.page
    .getByRole('dialog', { name: 'Khôi phục giá trị cũ?' })
    .getByRole('button', { name: 'Khôi phục' })
    .click();
  await expect.poll(() => historyRows().count()).toBe(2);
}

describe('Lịch sử thay đổi', () => {
  it('writes the worker set in Cài đặt beside a conference change, and puts the old name back', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Cài đặt' }).click();
    const panel = page.getByRole('region', { name: 'Tên người làm việc' });
    await panel.getByLabel('Tên người làm việc').fill(worker);
    await panel.getByRole('button', { name: 'Lưu tên' }).click();
    await expect.poll(() => page.getByText(`Lịch sử thay đổi sẽ ghi tên "${worker}".`).isVisible()).toBe(true);

    await page.goto(`${app.harness.origin}/#/hoi-nghi/${app.conferenceId}/info`);
    const name = page.getByLabel('Tên hội nghị');
    const before = await name.inputValue();
    await name.fill(`${before} (sửa)`);
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(() => page.getByText('Đã lưu thông tin hội nghị.').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Lịch sử thay đổi' }).click();
    await expect.poll(() => historyRows().count()).toBe(1);
    const [entry] = await historyRows().allInnerTexts();
    expect(entry).toContain(worker);
    expect(entry).toContain('Tên hội nghị');
    expect(entry).toContain(`${before} → ${before} (sửa)`);
    await shot('conference');

    await putBackFirst('Tên hội nghị');
    expect(await historyRows().first().innerText()).toContain(`${before} (sửa) → ${before}`);
    await page
      .getByRole('dialog', { name: /^Lịch sử thay đổi/ })
      .getByRole('button', { name: 'Đóng', exact: true })
      .click();
    await expect.poll(() => page.getByLabel('Tên hội nghị').inputValue()).toBe(before);
  }, 90_000);

  it("lists an attendee's changed position from the list of attendees and puts it back", async () => {
    const { page } = app;
    await page.goto(`${app.harness.origin}/#/hoi-nghi/${app.conferenceId}/attendees`);
    const grid = page.locator('[role=grid][aria-label="Danh sách đại biểu"]');
    const firstRow = grid.locator('[role=row][aria-rowindex="2"]');
    await firstRow.waitFor();
    const position = firstRow.locator('[data-column="position"]');
    const before = (await position.innerText()).trim();
    await position.click();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Phó Chánh Văn phòng');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await position.innerText()).trim()).toBe('Phó Chánh Văn phòng');

    await position.click();
    await page.getByRole('button', { name: 'Lịch sử thay đổi' }).click();
    await expect.poll(() => historyRows().count()).toBe(1);
    expect(await historyRows().first().innerText()).toContain(worker);
    await shot('attendee');
    await putBackFirst('Chức vụ');
    await page
      .getByRole('dialog', { name: /^Lịch sử thay đổi/ })
      .getByRole('button', { name: 'Đóng', exact: true })
      .click();
    await expect.poll(async () => (await position.innerText()).trim()).toBe(before);
    expect(app.pageErrors).toEqual([]);
  }, 90_000);
});
