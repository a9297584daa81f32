// A Google Forms export with resubmissions imported through the dialog in the browser: the
// preview shows the rows merged as one person, one group is kept apart, and the database
// holds what the preview showed.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAttendeesTab, type AttendeesTab } from '../helpers/attendees-tab';
import { shotsDir } from '../helpers/browser';
import { fixturesDir } from '../helpers/fixtures';

let tab: AttendeesTab;
let page: Page;

beforeAll(async () => {
  tab = await openAttendeesTab('thu-ky-e2e-import-forms-');
  page = tab.page;
}, 60_000);

afterAll(() => tab?.close());

const stored = <T>(sql: string): T[] => tab.stored<T>(sql);

describe('a registration form exported with resubmissions', () => {
  it('shows the merged rows, keeps one group apart, and imports that', async () => {
    await page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
    await page
      .getByLabel('Chọn tệp danh sách đại biểu')
      .setInputFiles(path.join(fixturesDir, '12-google-forms-dang-ky-lai.csv'));
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('.import-summary').innerText()).toMatch(/^6 đại biểu/);
    const groups = dialog.getByLabel('Dòng trùng người');
    await expect.poll(() => groups.locator('li').count()).toBe(2);
    const minh = groups.locator('li', { hasText: 'Dòng 2, dòng 7' });
    await expect.poll(() => minh.innerText()).toMatch(/Chức vụ "Phó Chánh Văn phòng" \(dòng 2\)/);
    const thu = groups.locator('li', { hasText: 'Dòng 6, dòng 8' });
    // The box follows the preview the main process sends back, not the click itself.
    await thu.getByLabel('Giữ riêng từng dòng').click();
    await expect.poll(() => dialog.locator('.import-summary').innerText()).toMatch(/^7 đại biểu/);
    await expect.poll(() => thu.innerText()).toMatch(/giữ riêng từng dòng\./);
    await page.screenshot({ path: path.join(shotsDir, '25-nhap-bieu-mau-dang-ky-lai.png') });
    await dialog.getByRole('button', { name: 'Nhập 7 đại biểu' }).click();
    await expect.poll(() => page.getByText(/Đã nhập 7 đại biểu/).isVisible()).toBe(true);

    const rows = stored<{ name: string; position: string | null }>(
      `SELECT p.full_name AS name, a.position AS position FROM attendees a JOIN people p ON ` +
        `p.id = a.person_id WHERE p.full_name IN ('Trần Văn Minh', 'Hà Thị Thu') ORDER BY p.full_name, a.id`,
    );
    expect(rows.map((r) => r.name)).toEqual(['Hà Thị Thu', 'Hà Thị Thu', 'Trần Văn Minh']);
    expect(rows[2]).toMatchObject({ position: 'Chánh Văn phòng' });
  }, 60_000);
});
