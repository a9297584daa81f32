// A province's units added from the administrative list, as a secretary does it: all 168 units
// of Thành phố Hồ Chí Minh attached to a conference in one step and taken back with "Hoàn tác";
// in the directory, a point linked to its commune, then a few communes of Thái Nguyên, found
// without diacritics, added under the province's point with a pattern of the secretary's own.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shotsDir } from '../helpers/browser';
import { openDemoApp, type DemoApp } from '../helpers/demo-app';

let app: DemoApp;

beforeAll(async () => {
  app = await openDemoApp('admin-units');
});

afterAll(async () => {
  await app?.close();
});

const shot = (name: string) => app.page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
const dialog = () => app.page.getByRole('dialog');

async function chooseProvince(typed: string, name: string) {
  await dialog().getByLabel('Tỉnh, thành phố').fill(typed);
  await app.page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  await dialog().locator('.unit-group').first().waitFor();
}

/** The group headings of the dialog's unit list: "Xã (54)", "Phường (113)", ... */
const groupHeadings = () => dialog().locator('.unit-group h3').allInnerTexts();

describe('adding a province’s units from the administrative list', () => {
  it('attaches all 168 units of Thành phố Hồ Chí Minh to a conference in one step, and undoes it', async () => {
    const { page } = app;
    await page.locator('.conference-link').first().click();
    await page.getByRole('tab', { name: 'Điểm cầu' }).click();
    const count = async () =>
      Number((await page.locator('.points-tab .summary strong').innerText()).replace(/\./g, ''));
    await expect.poll(count).toBeGreaterThan(0);
    const before = await count();

    await page.getByRole('button', { name: 'Thêm điểm cầu theo danh mục hành chính…' }).click();
    await expect
      .poll(() => dialog().locator('.field-hint').first().innerText())
      .toBe('Danh mục: 34 tỉnh, thành phố; 3.321 xã, phường, đặc khu — có sẵn trong ứng dụng');
    await chooseProvince('ho chi minh', 'Thành phố Hồ Chí Minh');
    const headings = await groupHeadings();
    expect(headings.map((h) => h.replace(/ \(\d+\)$/, ''))).toEqual(['Xã', 'Phường', 'Đặc khu']);
    expect(headings.reduce((sum, h) => sum + Number(/\((\d+)\)$/.exec(h)![1]), 0)).toBe(168);

    await dialog().getByLabel('Chọn tất cả (168)').check();
    const add = dialog().getByRole('button', { name: 'Thêm và gắn 168 điểm cầu vào hội nghị' });
    await expect.poll(() => add.isEnabled()).toBe(true);
    expect(await dialog().locator('.units-preview li').allInnerTexts()).toEqual([
      'Điểm cầu Thành ủy Hồ Chí Minh (điểm cầu của tỉnh, thành phố, nếu chưa có)',
      expect.stringMatching(/^Điểm cầu Đảng ủy (xã|phường|đặc khu) /),
      expect.stringMatching(/^Điểm cầu Đảng ủy (xã|phường|đặc khu) /),
      expect.stringMatching(/^Điểm cầu Đảng ủy (xã|phường|đặc khu) /),
    ]);
    await shot('90-danh-muc-hanh-chinh');

    const started = performance.now();
    await add.click();
    // The city's own point, created, and its 168 units.
    await expect.poll(count, { interval: 20 }).toBe(before + 169);
    const elapsed = performance.now() - started;
    console.log(`168 units of Thành phố Hồ Chí Minh added and attached: ${Math.round(elapsed)} ms, click to list`);
    expect(elapsed).toBeLessThan(3000);
    const notice = page.locator('.toast', { hasText: 'Đã thêm 168 điểm cầu' });
    await expect
      .poll(() => notice.innerText())
      .toMatch(/^Đã thêm 168 điểm cầu của Thành phố Hồ Chí Minh vào danh mục; gắn 169 điểm cầu vào hội nghị\./);
    await shot('91-da-them-168-diem-cau');

    await notice.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(count).toBe(before);
    await page.getByRole('link', { name: 'Danh mục điểm cầu' }).click();
    await page.getByLabel('Tìm điểm cầu', { exact: true }).fill('thanh uy ho chi minh');
    await expect.poll(() => page.getByText('Không có điểm cầu nào khớp.').isVisible()).toBe(true);
    await page.getByLabel('Tìm điểm cầu', { exact: true }).fill('');
  });

  it('creates a point for a commune picked in the form, named and levelled from it', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Danh mục điểm cầu' }).click();
    await page.getByRole('button', { name: '+ Điểm cầu cấp cao nhất' }).click();
    // A commune the demo has already: the form says so before a second point is made.
    await dialog().getByLabel('Đơn vị hành chính').fill('dai tu thai nguyen');
    await page.getByRole('option', { name: /^Xã Đại Từ — Tỉnh Thái Nguyên · 05830/ }).click();
    await expect
      .poll(() => dialog().locator('.unit-present').innerText())
      .toBe(
        'Danh mục đã có điểm cầu của xã này: Điểm cầu Đảng ủy xã Đại Từ. Chỉ thêm nếu đây là một phòng họp ' +
          'khác của xã.',
      );
    await dialog().getByRole('button', { name: 'Bỏ gắn Xã Đại Từ' }).click();
    await dialog().getByLabel('Tên điểm cầu').fill('');
    await dialog().getByLabel('Cấp').fill('');

    await dialog().getByLabel('Đơn vị hành chính').fill('quan chu');
    await page.getByRole('option', { name: /^Xã Quân Chu — Tỉnh Thái Nguyên · 05851/ }).click();
    await expect
      .poll(() => dialog().locator('.unit-picked').innerText())
      .toMatch(/^Xã Quân Chu — Tỉnh Thái Nguyên · Mã đơn vị: 05851 · Xã\s+Bỏ$/);
    expect(await dialog().getByLabel('Tên điểm cầu').inputValue()).toBe('Điểm cầu Đảng ủy xã Quân Chu');
    expect(await dialog().getByLabel('Cấp').inputValue()).toBe('Xã, phường, đặc khu');
    await shot('94-diem-cau-gan-don-vi');
    await dialog().getByRole('button', { name: 'Thêm điểm cầu' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await page.getByLabel('Tìm điểm cầu', { exact: true }).fill('dang uy xa quan chu');
    const row = page.locator('[role=grid][aria-label="Danh mục điểm cầu"] [role=row][aria-rowindex="1"]');
    await expect.poll(() => row.locator('[data-column="name"]').innerText()).toBe('Điểm cầu Đảng ủy xã Quân Chu');
    expect(await row.locator('[data-column="unit"]').innerText()).toBe('05851 · Xã');
    expect(app.pageErrors).toEqual([]);
  });

  it('in the directory: links a typed point to its commune, then adds a few communes named by a pattern', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Danh mục điểm cầu' }).click();
    const catalog = page.locator('[role=grid][aria-label="Danh mục điểm cầu"]');
    const search = page.getByLabel('Tìm điểm cầu', { exact: true });
    // A point typed by hand before the list, with no unit: linked through its cell.
    await page.getByRole('button', { name: '+ Điểm cầu cấp cao nhất' }).click();
    await dialog().getByLabel('Tên điểm cầu').fill('Điểm cầu UBND xã Vạn Phú');
    await dialog().getByRole('button', { name: 'Thêm điểm cầu' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await search.fill('van phu');
    const row = catalog.locator('[role=row][aria-rowindex="1"]');
    const unitCell = row.locator('[data-column="unit"]');
    await expect.poll(() => row.locator('[data-column="name"]').innerText()).toBe('Điểm cầu UBND xã Vạn Phú');
    // From the name cell with the keyboard: the active cell shows its whole text over its neighbours.
    await row.locator('[data-column="name"]').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('van phu');
    await page.getByRole('option', { name: /^Xã Vạn Phú — Tỉnh Thái Nguyên · 05845/ }).click();
    await expect.poll(() => unitCell.innerText()).toBe('05845 · Xã');
    await search.fill('');

    await page.getByRole('button', { name: 'Thêm điểm cầu theo danh mục hành chính…' }).click();
    await chooseProvince('thai nguyen', 'Tỉnh Thái Nguyên');
    expect(await groupHeadings()).toEqual(['Xã (77)', 'Phường (15)']);
    const filterBox = dialog().getByLabel('Lọc xã, phường, đặc khu');
    // The demo's communes, the one just linked and the one made in the form are there already.
    await filterBox.fill('van phu');
    const units = dialog().locator('.unit-list li');
    await expect.poll(() => units.allInnerTexts()).toEqual(['Vạn Phú — đã có: Điểm cầu UBND xã Vạn Phú']);
    expect(await units.getByRole('checkbox').isDisabled()).toBe(true);
    await filterBox.fill('dai tu');
    await expect.poll(() => units.allInnerTexts()).toEqual(['Đại Từ — đã có: Điểm cầu Đảng ủy xã Đại Từ']);

    await filterBox.fill('son');
    const boxes = dialog().locator('.unit-list input[type=checkbox]:not(:disabled)');
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();
    const picked = await dialog()
      .locator('.unit-list li:has(input:checked)')
      .evaluateAll((items) => items.map((li) => li.textContent.trim()));
    expect(picked).toHaveLength(3);

    // The province's own point is the demo's main room, found by its code.
    await dialog().getByLabel('Mẫu riêng…').check();
    await dialog().getByLabel('Mẫu tên').fill('Điểm cầu {tên} {mã');
    await expect
      .poll(() => dialog().locator('.units-preview').innerText())
      .toBe('Mẫu tên có dấu { chưa đóng hoặc để trống.');
    await dialog().getByLabel('Mẫu tên').fill('Phòng họp trực tuyến {tên} ({mã})');
    const names = (await dialog().locator('.units-preview li').allInnerTexts()).filter(
      (n) => !n.includes('(điểm cầu của'),
    );
    expect(names).toHaveLength(3);
    expect(names.every((n) => /^Phòng họp trực tuyến (xã|phường) .+ \(\d{5}\)$/.test(n))).toBe(true);
    await shot('92-them-xa-mau-rieng');

    await dialog().getByRole('button', { name: 'Thêm 3 điểm cầu' }).click();
    await expect
      .poll(() => page.locator('.toast', { hasText: 'Đã thêm 3 điểm cầu' }).innerText())
      .toMatch(/^Đã thêm 3 điểm cầu của Tỉnh Thái Nguyên vào danh mục\./);
    await search.fill('phong hop truc tuyen');
    const added = async () =>
      (await catalog.locator('[role=row][aria-rowindex] [data-column="name"]').allInnerTexts())
        .filter((text) => text.startsWith('Phòng họp'))
        .sort();
    await expect.poll(added).toEqual([...names].sort().map((n) => `${n} — Điểm cầu Tỉnh ủy Thái Nguyên`));
    await shot('93-diem-cau-da-them-theo-mau');
    expect(app.pageErrors).toEqual([]);
  });
});
