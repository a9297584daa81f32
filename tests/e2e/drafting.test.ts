// Drafting during the conference in the browser, against the real services and database:
// the speakers' log, the minutes with citations and spelling, attendees from pasted text
// keeping the attendance in step, the lock and the versions, templates, the news item,
// "Sao chép", and typing that survives the app being killed.
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shotsDir } from '../helpers/browser';
import { startHarnessProcess, type RunningHarness } from '../helpers/harness-process';
import { demoDay, openTestServices, tempDir } from '../helpers/services';

let browser: Browser;
let context: BrowserContext;
let harness: RunningHarness;
let page: Page;
let dbPath: string;
let conferenceId: number;
const pageErrors: string[] = [];

async function openApp(): Promise<void> {
  await context?.close();
  // Only a page that is still open can say something about the app.
  pageErrors.length = 0;
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'vi-VN' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.origin });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  await page.goto(harness.url);
  await page.locator('.conference-link').first().waitFor();
}

async function openTab(name: string): Promise<void> {
  await page.goto(`${harness.origin}/#/hoi-nghi/${conferenceId}/info`);
  await page.getByRole('tab', { name, exact: true }).click();
}

const editor = (label: string) => page.getByRole('textbox', { name: label, exact: true });
const section = (label: string) => page.getByRole('region', { name: label, exact: true });

async function allSaved(): Promise<void> {
  await expect
    .poll(() => page.locator('.save-status').allInnerTexts())
    .toSatisfy((texts: string[]) => texts.every((t) => t === 'Đã lưu'));
}

async function replaceText(label: string, text: string): Promise<void> {
  await editor(label).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

beforeAll(async () => {
  dbPath = path.join(tempDir('thu-ky-e2e-drafting-'), 'drafting.sqlite');
  const services = await openTestServices(dbPath);
  ({ conferenceId } = await services.call('demo.create', {}));
  await services.close();
  harness = await startHarnessProcess(dbPath);
  browser = await launchBrowser();
  await openApp();
});

afterAll(async () => {
  await browser?.close();
  await harness?.stop();
});

describe('drafting while the conference runs', () => {
  it('logs speakers picked by typing without diacritics, with the time, their opinion and their order', async () => {
    await openTab('Phát biểu');
    const search = page.getByLabel('Thêm người phát biểu');
    for (const [typed, opinion] of [
      ['luong thi minh tam', 'Đề nghị bổ sung kinh phí cho các điểm cầu cấp xã.'],
      ['nguyen dieu my', 'Xã Đại Từ đã hoàn thành đại hội chi bộ trước thời hạn.'],
    ]) {
      await search.fill(typed);
      await page.getByRole('option').first().waitFor();
      await search.press('Enter');
      await expect.poll(() => page.locator(':focus').getAttribute('aria-label')).toMatch(/^Ý kiến của /);
      await page.keyboard.type(opinion);
    }
    const entries = page.locator('.speech');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await entries.nth(0).locator('.speech-time').inputValue()).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
    expect(await entries.nth(0).innerText()).toContain(
      'Lương Thị Minh Tâm, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy',
    );
    // The second speaker goes first.
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => entries.nth(0).locator('strong').innerText()).toBe('Nguyễn Diệu My');
    await allSaved();
    await page.screenshot({ path: path.join(shotsDir, '30-nhat-ky-phat-bieu.png') });

    await openTab('Biên bản');
    await expect
      .poll(() => editor('Ý kiến phát biểu').innerText())
      .toBe(
        [
          'Đồng chí Nguyễn Diệu My, Bí thư Đảng ủy xã (điểm cầu Đảng ủy xã Đại Từ) phát biểu:',
          'Xã Đại Từ đã hoàn thành đại hội chi bộ trước thời hạn.',
          'Đồng chí Lương Thị Minh Tâm, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy (điểm cầu ' +
            'Tỉnh ủy Thái Nguyên) phát biểu:',
          'Đề nghị bổ sung kinh phí cho các điểm cầu cấp xã.',
        ].join('\n\n'),
      );
  });

  it(
    'writes the minutes with formatting, lists the documents ' +
      'cited with what is wrong, and underlines misspelt words',
    async () => {
      await openTab('Biên bản');
      const agenda = 'Nội dung: các báo cáo được trình bày';
      await replaceText(agenda, 'Hội nghị đã nghe đồng chí Trần Đức Long ');
      await page.keyboard.press('Control+B');
      await page.keyboard.type('quán triệt');
      await page.keyboard.press('Control+B');
      await page.keyboard.type(
        ' Chỉ thị số 01/CT-TW ngày 31/02/2021 của Bộ Chính trị và Nghị định số 26/2015/NĐ-CP; các đại biểu ' +
          'thảo luận sôii nổi.',
      );
      await expect.poll(() => editor(agenda).locator('strong').innerText()).toBe('quán triệt');
      const citations = page.getByRole('complementary', { name: 'Văn bản được trích dẫn' });
      await expect.poll(() => citations.locator('li').count()).toBe(2);
      await expect.poll(() => citations.locator('h3').innerText()).toMatch(/1 cần sửa/);
      expect(await citations.locator('li.has-problem').innerText()).toContain('Chỉ thị số 01/CT-TW');
      await expect.poll(() => editor(agenda).locator('.misspelt').allInnerTexts()).toEqual(['sôii']);
      // Names of the conference's people are never flagged.
      expect(await page.locator('.misspelt').allInnerTexts()).toEqual(['sôii']);
      await allSaved();
      await page.screenshot({ path: path.join(shotsDir, '31-bien-ban.png') });
    },
  );

  it('adds attendees pasted from a news item and the attendance follows, until it is edited by hand', async () => {
    await openTab('Đại biểu');
    await page.getByRole('button', { name: 'Dán đoạn văn…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('Đoạn văn có tên đại biểu')
      .fill(
        'Dự tại điểm cầu Đảng ủy xã Phú Lương có các đồng chí: Hoàng Văn Dũng, Phó Chủ tịch UBND xã; Vũ Thị ' +
          'Lan, Công chức Văn phòng Đảng ủy xã.',
      );
    await dialog.getByRole('button', { name: 'Tìm đại biểu' }).click();
    await expect
      .poll(() => dialog.locator('.preview-table tbody tr').allInnerTexts())
      .toEqual([
        expect.stringMatching(/Hoàng Văn Dũng\tPhó Chủ tịch UBND xã\t\tĐiểm cầu Đảng ủy xã Phú Lương/),
        expect.stringMatching(/Vũ Thị Lan\tCông chức Văn phòng Đảng ủy xã\t\tĐiểm cầu Đảng ủy xã Phú Lương/),
      ]);
    await page.screenshot({ path: path.join(shotsDir, '32-dan-doan-van.png') });
    await dialog.getByRole('button', { name: 'Nhập 2 đại biểu' }).click();
    await expect.poll(() => page.getByText(/Đã nhập 2 đại biểu/).isVisible()).toBe(true);

    await openTab('Biên bản');
    const attendance = 'Thành phần tham dự';
    await expect
      .poll(() => editor(attendance).innerText())
      .toContain('Tổng số đại biểu được triệu tập tại 7 điểm cầu: 52 đồng chí;');
    // Five present there, the Bí thư named, two absent: the minutes' own style.
    expect(await editor(attendance).innerText()).toMatch(
      /Tại điểm cầu Đảng ủy xã Phú Lương, dự có đồng chí Nguyễn Hồng Hạnh, Bí thư Đảng ủy xã và 04 đồng chí khác; vắng 02 đồng chí\./,
    );
    await editor(attendance).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Sửa tay.');
    await expect.poll(() => section(attendance).locator('.pill').innerText()).toBe('Đã sửa tay');
    await allSaved();
    await section(attendance).getByRole('button', { name: 'Lấy lại theo dữ liệu' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Lấy lại theo dữ liệu' }).click();
    await expect.poll(() => section(attendance).locator('.pill').innerText()).toBe('Theo dữ liệu hội nghị');
    expect(await editor(attendance).innerText()).not.toContain('Sửa tay.');
  });

  it('locks the minutes read back, keeps later edits in a new version, compares and restores versions', async () => {
    await openTab('Biên bản');
    const closing = 'Bế mạc';
    await replaceText(closing, 'Hội nghị kết thúc vào lúc 16 giờ 30 phút cùng ngày.');
    await allSaved();
    await page.getByRole('button', { name: 'Chốt biên bản' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Chốt phiên bản \d+$/ })
      .click();
    await expect.poll(() => page.locator('.version-info').innerText()).toMatch(/^Phiên bản (\d+)\s*đã chốt lúc/);
    const locked = Number((await page.locator('.version-info strong').innerText()).replace('Phiên bản ', ''));

    await replaceText(closing, 'Hội nghị kết thúc vào lúc 17 giờ 05 phút cùng ngày.');
    await allSaved();
    await expect.poll(() => page.locator('.version-info strong').innerText()).toBe(`Phiên bản ${locked + 1}`);

    await page.getByRole('button', { name: 'Lịch sử phiên bản' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lịch sử phiên bản' });
    const versions = dialog.getByRole('listbox', { name: 'Các phiên bản' }).getByRole('option');
    await expect.poll(() => versions.count()).toBe(locked + 1);
    expect(await versions.nth(1).innerText()).toMatch(/đã chốt/);
    await dialog.getByLabel('Phiên bản để so sánh').selectOption({ label: `phiên bản ${locked}` });
    await dialog.getByRole('button', { name: 'So sánh' }).click();
    await expect.poll(() => dialog.locator('ins').allInnerTexts()).toEqual(expect.arrayContaining(['17', '05']));
    expect(await dialog.locator('del').allInnerTexts()).toEqual(expect.arrayContaining(['16', '30']));
    await page.screenshot({ path: path.join(shotsDir, '33-so-sanh-phien-ban.png') });

    await versions.nth(1).click();
    await dialog.getByRole('button', { name: `Khôi phục phiên bản ${locked}` }).click();
    await expect.poll(() => page.locator('.version-info strong').innerText()).toBe(`Phiên bản ${locked + 2}`);
    expect(await editor(closing).innerText()).toBe('Hội nghị kết thúc vào lúc 16 giờ 30 phút cùng ngày.');
  });

  it("applies the phrasing of another kind of conference and saves the secretary's own template", async () => {
    await openTab('Biên bản');
    await page.getByRole('button', { name: 'Mẫu lời văn…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mẫu lời văn' });
    await dialog.locator('li', { hasText: 'Mẫu sơ kết' }).getByRole('button', { name: 'Áp dụng' }).click();
    await expect
      .poll(() => editor('Nội dung: các báo cáo được trình bày').innerText())
      .toContain('trình bày Báo cáo sơ kết');

    await page.getByRole('button', { name: 'Mẫu lời văn…' }).click();
    await dialog.getByLabel('Tên mẫu mới').fill('Biên bản sơ kết của Văn phòng');
    await dialog.getByRole('button', { name: 'Lưu làm mẫu' }).click();
    await expect
      .poll(() => dialog.locator('.template-list').first().innerText())
      .toContain('Biên bản sơ kết của Văn phòng');
    await page.screenshot({ path: path.join(shotsDir, '34-mau-loi-van.png') });
    await dialog.getByRole('button', { name: 'Đóng', exact: true }).last().click();
  });

  it('drafts the news item in the press style and copies it as formatted text', async () => {
    await openTab('Tin bài');
    await expect
      .poll(() => editor('Mở đầu (sa-pô)').innerText())
      .toMatch(
        new RegExp(
          `^${demoDay().press}, đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh ` +
            'đã chủ trì Hội nghị giao ban',
        ),
      );
    expect(await editor('Đại biểu dự').innerText()).toBe(
      'Dự tại điểm cầu Tỉnh ủy Thái Nguyên có các đồng chí: Lương Thị Minh Tâm, Ủy viên Ban Thường vụ, Chủ ' +
        'nhiệm Ủy ban Kiểm tra Tỉnh ủy; Trần Đức Long, Phó Trưởng Ban Xây dựng Đảng Tỉnh ủy; Hoàng Thị Minh ' +
        'Ngọc, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.',
    );
    // A leader named in the attendance sentence is named again by the office only.
    expect(await editor('Nội dung').innerText()).toContain(
      'Tại hội nghị, các đồng chí Nguyễn Diệu My và Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Lương Thị Minh Tâm đã ' +
        'phát biểu ý kiến.',
    );
    // The minutes hold the sơ kết template's wording again ("đồng chí … trình bày", "đồng chí đề nghị:",
    // "- …"): left out, and said so.
    expect(await editor('Nội dung').innerText()).not.toMatch(/…|:$/m);
    expect(await page.getByRole('note', { name: 'Phần còn thiếu' }).innerText()).toBe(
      'Còn thiếu: nội dung các báo cáo (biên bản, mục Nội dung); kết luận của đồng chí chủ trì (biên bản, mục ' +
        'Kết luận). Tin bài tạm bỏ qua các phần này và tự bổ sung khi biên bản có nội dung.',
    );
    const headline = demoDay()
      .name.replace(/^Hội nghị giao ban/, 'Giao ban')
      .replace(/ năm (\d{4})$/, '/$1');
    expect(await editor('Tiêu đề').innerText()).toBe(headline);
    await page.getByLabel('Tác giả tin bài').fill('Thu Trang');
    await page.getByLabel('Tác giả tin bài').press('Enter');
    await expect.poll(() => editor('Tác giả').innerText()).toBe('Thu Trang');
    await page.screenshot({ path: path.join(shotsDir, '35-tin-bai.png') });

    await page.getByRole('button', { name: 'Sao chép' }).click();
    await expect.poll(() => page.getByText(/Đã chép vào bộ nhớ tạm/).isVisible()).toBe(true);
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        html: await (await item.getType('text/html')).text(),
        plain: await (await item.getType('text/plain')).text(),
      };
    });
    expect(copied.html).toContain("font-family:'Times New Roman';font-size:14pt");
    expect(copied.html).toContain(`<b>${headline}</b>`);
    expect(copied.plain.split('\n')[0]).toBe(headline);
  });

  it('keeps what was typed up to the last second when the app is killed mid-sentence', async () => {
    await openTab('Tin bài');
    const body = editor('Nội dung');
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    // Typing goes on without a pause: saving may not wait for one.
    await page.keyboard.type('Phát biểu bế mạc, đồng chí Hà Quang Vinh đề nghị các cấp ủy tiếp tục', { delay: 35 });
    const typedBefore = Date.now();
    await page.keyboard.type(' triển khai quyết liệt các nhiệm vụ', { delay: 35 });
    expect(Date.now() - typedBefore).toBeGreaterThan(1100);
    expect(pageErrors).toEqual([]);
    await harness.stop('SIGKILL');

    harness = await startHarnessProcess(dbPath);
    await openApp();
    await openTab('Tin bài');
    await expect
      .poll(() => editor('Nội dung').innerText())
      .toContain('Phát biểu bế mạc, đồng chí Hà Quang Vinh đề nghị các cấp ủy tiếp tục');
    expect(pageErrors).toEqual([]);
  });
});
