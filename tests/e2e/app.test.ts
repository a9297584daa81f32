// The app in a real Chromium against the real services and a real database file, driven
// as a secretary would: keyboard first, typing names without diacritics, pasting from Excel.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shotsDir } from '../helpers/browser';
import { startHarnessProcess, type RunningHarness } from '../helpers/harness-process';
import { tempDir } from '../helpers/services';

const conferenceName = 'Hội nghị giao ban công tác tổ chức xây dựng Đảng quý IV năm 2026';

let browser: Browser;
let harness: RunningHarness;
let page: Page;
let dbPath: string;
const pageErrors: string[] = [];

async function openPage(url: string, collectErrors = true): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
  // Every Playwright wait (click, fill, goto) on this page: an answer from the harness, or a
  // screen drawn, on a loaded 2-core machine.
  p.setDefaultTimeout(15_000);
  if (collectErrors) {
    p.on('pageerror', (e) => pageErrors.push(e.message));
    p.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  }
  await p.goto(url);
  return p;
}

async function shot(name: string) {
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

/** The visible rows of the grid as cell texts by column key, in row order (not the "+" row). */
async function gridRows(label: string): Promise<Record<string, string>[]> {
  return page.locator(`[role=grid][aria-label="${label}"]`).evaluate((grid) =>
    [...grid.querySelectorAll<HTMLElement>('[role=row][aria-rowindex]')]
      .filter((row) => !row.classList.contains('append'))
      .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
      .map((row) =>
        Object.fromEntries(
          [...row.querySelectorAll<HTMLElement>('[data-column]')].map((c) => [c.dataset.column!, c.innerText.trim()]),
        ),
      ),
  );
}

function cell(label: string, rowIndex: number, column: string) {
  return page.locator(
    `[role=grid][aria-label="${label}"] [role=row][aria-rowindex="${rowIndex + 1}"] [data-column="${column}"]`,
  );
}

function appendCell(label: string, column: string) {
  return page.locator(`[role=grid][aria-label="${label}"] [role=row].append [data-column="${column}"]`);
}

async function typeNewRow(label: string, column: string, text: string, waitForRows: number) {
  await appendCell(label, column).click();
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await gridRows(label)).length).toBe(waitForRows);
}

beforeAll(async () => {
  fs.mkdirSync(shotsDir, { recursive: true });
  dbPath = path.join(tempDir('thu-ky-e2e-'), 'Dữ liệu thư ký.sqlite');
  browser = await launchBrowser();
  harness = await startHarnessProcess(dbPath);
  page = await openPage(harness.url);
});

afterAll(async () => {
  await browser?.close();
  await harness?.stop();
});

describe('a secretary’s first conference, in the browser', () => {
  it('creates a conference from an empty database', async () => {
    await expect.poll(() => page.getByText('Chưa có hội nghị nào').isVisible()).toBe(true);
    await page.getByRole('button', { name: '+ Tạo hội nghị' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Tạo hội nghị mới' });
    await dialog.getByLabel('Tên hội nghị').fill(conferenceName);
    await dialog.getByLabel('Loại hội nghị').selectOption({ label: 'Giao ban' });
    await dialog.getByLabel('Cơ quan chủ trì').fill('Ban Tổ chức Tỉnh ủy Tuyên Quang');
    await dialog.getByLabel('Ngày', { exact: true }).fill('2026-12-30');
    await dialog.getByRole('radio', { name: 'Chiều' }).click();
    await dialog.getByLabel('Giờ bắt đầu').fill('14:00');
    await dialog.getByLabel('Đồng chí chủ trì', { exact: true }).fill('Lê Thị Kim Dung');
    await dialog.getByLabel('Chức vụ của đồng chí chủ trì').fill('Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy');
    await shot('01-tao-hoi-nghi');
    await dialog.getByRole('button', { name: 'Tạo hội nghị' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(conferenceName);
    await expect.poll(() => page.getByText('Chiều 30/12/2026, 14:00').isVisible()).toBe(true);
  });

  it('adds bridge points by typing their names', async () => {
    await page.getByRole('tab', { name: 'Điểm cầu' }).click();
    await typeNewRow('Điểm cầu của hội nghị', 'name', 'Điểm cầu Tỉnh ủy Tuyên Quang', 1);
    await typeNewRow('Điểm cầu của hội nghị', 'name', 'Điểm cầu Huyện ủy Sơn Dương', 2);
    const rows = await gridRows('Điểm cầu của hội nghị');
    expect(rows.map((r) => r.name)).toEqual(['Điểm cầu Tỉnh ủy Tuyên Quang', 'Điểm cầu Huyện ủy Sơn Dương']);
    expect(rows.map((r) => r.connectionStatus)).toEqual(['Chưa kiểm tra', 'Chưa kiểm tra']);

    await cell('Điểm cầu của hội nghị', 0, 'connectionStatus').click();
    await page.keyboard.press('Enter');
    await page.keyboard.type('da ket');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await gridRows('Điểm cầu của hội nghị'))[0].connectionStatus).toBe('Đã kết nối');
    await shot('02-diem-cau');
  });

  it('adds attendees by typing and by pasting rows from Excel, then edits cells in place', async () => {
    await page.getByRole('tab', { name: 'Đại biểu' }).click();
    const grid = 'Danh sách đại biểu';
    await expect.poll(async () => (await gridRows(grid)).map((r) => r.fullName)).toEqual(['Lê Thị Kim Dung']);
    await typeNewRow(grid, 'fullName', 'Nguyễn Văn Hùng', 2);
    await typeNewRow(grid, 'fullName', 'Trần Thị Mai', 3);

    await appendCell(grid, 'fullName').click();
    await page.locator(`[role=grid][aria-label="${grid}"]`).evaluate((el) => {
      const data = new DataTransfer();
      data.setData(
        'text/plain',
        'Đặng Văn Đạo\tPhó Chủ tịch UBND huyện\tUBND huyện Sơn Dương\tĐiểm cầu Huyện ủy Sơn Dương\r\n' +
          '"Hoàng Minh Đức"\tBí thư Huyện ủy\tHuyện ủy Sơn Dương\tII. ĐIỂM CẦU HUYỆN ỦY SƠN DƯƠNG\r\n',
      );
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(async () => (await gridRows(grid)).length).toBe(5);
    await expect.poll(() => page.getByText('Đã thêm 2 đại biểu').isVisible()).toBe(true);

    const pasted = (await gridRows(grid))
      .filter((r) => r.point === 'Điểm cầu Huyện ủy Sơn Dương')
      .map((r) => r.fullName);
    expect(pasted.sort()).toEqual(['Hoàng Minh Đức', 'Đặng Văn Đạo'].sort());

    const rows = await gridRows(grid);
    const hung = rows.findIndex((r) => r.fullName === 'Nguyễn Văn Hùng');
    await cell(grid, hung, 'position').click();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Trưởng Ban Tổ chức Huyện ủy');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Huyện ủy Sơn Dương');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await gridRows(grid)).find((r) => r.fullName === 'Nguyễn Văn Hùng'))
      .toMatchObject({
        position: 'Trưởng Ban Tổ chức Huyện ủy',
        unit: 'Huyện ủy Sơn Dương',
      });
    await shot('03-dai-bieu');
  });

  it('finds people typed without diacritics, in the list and in the global search', async () => {
    const grid = 'Danh sách đại biểu';
    await page.getByLabel('Tìm đại biểu').fill('nguyen van hung');
    await expect.poll(async () => (await gridRows(grid)).map((r) => r.fullName)).toEqual(['Nguyễn Văn Hùng']);
    await page.getByLabel('Tìm đại biểu').fill('DANG VAN DAO');
    await expect.poll(async () => (await gridRows(grid)).map((r) => r.fullName)).toEqual(['Đặng Văn Đạo']);
    await page.getByLabel('Tìm đại biểu').fill('');
    await expect.poll(async () => (await gridRows(grid)).length).toBe(5);

    await page.getByLabel('Tìm nhanh').fill('hoang minh duc');
    const hit = page.getByRole('option').filter({ hasText: 'Hoàng Minh Đức' });
    await expect.poll(() => hit.isVisible()).toBe(true);
    await shot('04-tim-nhanh');
    await hit.click();
    await expect.poll(() => page.getByRole('heading', { name: 'Danh bạ đại biểu' }).isVisible()).toBe(true);
    await expect
      .poll(async () => (await gridRows('Danh bạ đại biểu')).map((r) => r.fullName))
      .toEqual(['Hoàng Minh Đức']);
    await page.goBack();
  });

  it('orders attendees by protocol and moves one with Alt+↑', async () => {
    const grid = 'Danh sách đại biểu';
    await page.getByRole('button', { name: 'Đánh số lễ tân theo vai trò' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Đánh số' }).click();
    await expect
      .poll(async () => (await gridRows(grid)).map((r) => r.protocolOrder))
      .toEqual(['1', '2', '3', '4', '5']);
    const before = (await gridRows(grid)).map((r) => r.fullName);
    expect(before[0]).toBe('Lê Thị Kim Dung');

    await cell(grid, 4, 'fullName').click();
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    const expected = [before[0], before[1], before[4], before[2], before[3]];
    await expect.poll(async () => (await gridRows(grid)).map((r) => r.fullName)).toEqual(expected);
    expect((await gridRows(grid)).map((r) => r.protocolOrder)).toEqual(['1', '2', '3', '4', '5']);
    await expect.poll(() => page.locator('[role=gridcell].active').getAttribute('data-cell')).toBe('2:1');
  });

  it('deletes with Ctrl+Delete and brings the row back with "Hoàn tác"', async () => {
    const grid = 'Danh sách đại biểu';
    const mai = (await gridRows(grid)).findIndex((r) => r.fullName === 'Trần Thị Mai');
    await cell(grid, mai, 'fullName').click();
    await page.keyboard.press('Control+Delete');
    await expect.poll(async () => (await gridRows(grid)).map((r) => r.fullName)).not.toContain('Trần Thị Mai');
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(async () => (await gridRows(grid)).map((r) => r.fullName)).toContain('Trần Thị Mai');
  });

  it('clones the conference for next quarter with its points and people', async () => {
    await page.getByRole('button', { name: 'Nhân bản' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhân bản hội nghị' });
    await dialog.getByLabel('Tên hội nghị mới').fill('Hội nghị giao ban công tác tổ chức xây dựng Đảng quý I năm 2027');
    await dialog.getByLabel('Ngày', { exact: true }).fill('2027-03-30');
    await dialog.getByRole('button', { name: 'Nhân bản' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe('Hội nghị giao ban công tác tổ chức xây dựng Đảng quý I năm 2027');
    await page.getByRole('tab', { name: 'Đại biểu' }).click();
    await expect.poll(async () => (await gridRows('Danh sách đại biểu')).length).toBe(5);
    await page.getByRole('tab', { name: 'Điểm cầu' }).click();
    await expect
      .poll(async () => (await gridRows('Điểm cầu của hội nghị')).map((r) => r.connectionStatus))
      .toEqual(['Chưa kiểm tra', 'Chưa kiểm tra']);
  });

  it('finds everything still there after the app is stopped and started again', async () => {
    await harness.stop('SIGKILL');
    harness = await startHarnessProcess(dbPath);
    await page.close();
    page = await openPage(harness.url);
    await expect
      .poll(async () => page.locator('.conference-link').allInnerTexts())
      .toEqual(['Hội nghị giao ban công tác tổ chức xây dựng Đảng quý I năm 2027', conferenceName]);
    await shot('05-danh-sach-hoi-nghi');
    await page.getByText(conferenceName).click();
    await page.getByRole('tab', { name: 'Đại biểu' }).click();
    await expect
      .poll(async () => (await gridRows('Danh sách đại biểu')).find((r) => r.fullName === 'Nguyễn Văn Hùng')?.position)
      .toBe('Trưởng Ban Tổ chức Huyện ủy');
  });
});

describe('the directory of people, reused by every conference', () => {
  it('adds someone to the directory, then picks them into a conference by typing a few letters', async () => {
    await page.getByRole('link', { name: 'Danh bạ đại biểu' }).click();
    const directory = 'Danh bạ đại biểu';
    await expect.poll(async () => (await gridRows(directory)).length).toBeGreaterThan(0);
    const before = (await gridRows(directory)).length;
    await page.locator(`[role=grid][aria-label="${directory}"]`).evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await typeNewRow(directory, 'fullName', 'Vũ Minh Hoàng', before + 1);

    await page.goBack();
    await page.getByRole('tab', { name: 'Đại biểu' }).click();
    const grid = 'Danh sách đại biểu';
    await expect.poll(async () => (await gridRows(grid)).length).toBe(5);
    await appendCell(grid, 'fullName').click();
    await page.keyboard.press('Enter');
    await page.keyboard.type('vu minh h');
    const suggestion = page.getByRole('option').filter({ hasText: 'Vũ Minh Hoàng' });
    await expect.poll(() => suggestion.isVisible()).toBe(true);
    await shot('06-chon-tu-danh-ba');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await gridRows(grid)).map((r) => r.fullName)).toContain('Vũ Minh Hoàng');
    const people = await page.evaluate(async (token) => {
      const response = await fetch('/api/people.list', {
        method: 'POST',
        headers: { 'X-Thu-Ky-Token': token },
        body: JSON.stringify({ query: 'vu minh hoang' }),
      });
      const answer = JSON.parse((await response.text()).trim()) as { envelope: { value: { total: number } } };
      return answer.envelope.value.total;
    }, harness.token);
    expect(people).toBe(1);
  });
});

describe('the page cannot do more than the app allows', () => {
  it('runs no inline or remote script (CSP)', async () => {
    const probe = await openPage(harness.url, false);
    await probe.evaluate(() => {
      const violations: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = violations;
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      const inline = document.createElement('script');
      inline.textContent = 'window.__injected = true';
      document.body.appendChild(inline);
      const remote = document.createElement('script');
      remote.src = 'https://cdn.example.com/tracker.js';
      document.body.appendChild(remote);
    });
    // Both scripts refused: the browser reports each refusal as it makes it.
    await probe.waitForFunction(
      () => {
        const { __violations: seen } = window as unknown as { __violations: string[] };
        return seen.some((v) => v.includes(' inline')) && seen.some((v) => v.includes('cdn.example.com'));
      },
      undefined,
      { timeout: 15_000 },
    );
    const result = await probe.evaluate(() => ({
      injected: (window as unknown as { __injected?: boolean }).__injected === true,
      violations: (window as unknown as { __violations: string[] }).__violations,
    }));
    await probe.close();
    expect(result.injected).toBe(false);
    expect(result.violations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^script-src(-elem)? inline/),
        expect.stringMatching(/^script-src(-elem)? https:\/\/cdn\.example\.com/),
      ]),
    );
  });

  it('cannot call the services without the run’s token', async () => {
    const status = await page.evaluate(
      async () => (await fetch('/api/conferences.list', { method: 'POST', body: '{}' })).status,
    );
    expect(status).toBe(403);
  });

  it('showed no error in the page during the whole session', () => {
    expect(pageErrors.filter((e) => !/status of 403/.test(e))).toEqual([]);
  });
});
