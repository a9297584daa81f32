// Settings in the browser: the built-in State profile is read-only, a copy of it is edited
// (a wrong value named next to its field), saved, exported to a file and imported back.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInProfiles } from '../../src/shared/documents/format-profile';
import { builtInPositionRanks } from '../../src/shared/protocol/position-ranks';
import { launchBrowser, shotsDir } from '../helpers/browser';
import { startHarnessProcess, type RunningHarness } from '../helpers/harness-process';
import { tempDir } from '../helpers/services';

const work = tempDir('thu-ky-e2e-settings-');
let browser: Browser;
let harness: RunningHarness;
let page: Page;

beforeAll(async () => {
  harness = await startHarnessProcess(path.join(work, 'settings.sqlite'));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  page.setDefaultTimeout(15_000);
  await page.goto(harness.url);
});

afterAll(async () => {
  await browser?.close();
  await harness?.stop();
});

const profileList = () => page.getByRole('list', { name: 'Các mẫu định dạng' });
const listedNames = () => profileList().locator('.profile-name').allInnerTexts();
const shownName = () => page.locator('.profile-detail-header h3').innerText();
const group = (title: string) => page.getByRole('group', { name: title, exact: true });
const topMargin = () => group('Khổ giấy và lề').getByLabel('Lề trên');
const bodySize = () => group('Nội dung').getByLabel('Cỡ chữ');

describe('format profiles in Settings', () => {
  it('shows the State profile read-only, copies it, edits and saves the copy', async () => {
    await page.getByRole('link', { name: 'Cài đặt' }).click();
    expect(page.url()).toContain('#/cai-dat');
    await expect.poll(listedNames).toEqual(['Đảng (QĐ 399-QĐ/TW)', 'Nhà nước (NĐ 30/2020/NĐ-CP)']);
    expect(await profileList().getByText('có sẵn').count()).toBe(2);
    // The Party profile opens first, with the rules it follows under its name.
    await expect.poll(shownName).toBe('Đảng (QĐ 399-QĐ/TW)');
    expect(await page.locator('.profile-detail-header p').innerText()).toBe(builtInProfiles.party.basis);

    await profileList()
      .getByRole('button', { name: /^Nhà nước/ })
      .click();
    await expect.poll(shownName).toBe('Nhà nước (NĐ 30/2020/NĐ-CP)');
    expect(await topMargin().inputValue()).toBe('20');
    expect(await topMargin().isDisabled()).toBe(true);
    expect(await group('Phần đầu văn bản').getByLabel('Tiêu ngữ: nội dung').inputValue()).toBe(
      'Độc lập - Tự do - Hạnh phúc',
    );
    expect(await page.getByRole('button', { name: 'Lưu', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Xoá', exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: 'Sao chép' }).click();
    await expect.poll(shownName).toBe('Bản sao của Nhà nước (NĐ 30/2020/NĐ-CP)');
    expect(await topMargin().isDisabled()).toBe(false);

    await topMargin().fill('200');
    await bodySize().fill('13');
    // The minutes are signed by persons; the quick report, in this office, for its body (the State's "TM.").
    const minutesRight = group('Người ký biên bản').getByLabel('Bên phải (chủ trì): thẩm quyền, chức danh');
    expect(await minutesRight.inputValue()).toBe('CHỦ TỌA');
    const quickReport = group('Người ký báo cáo nhanh');
    await quickReport
      .getByLabel('Bên phải: cách ký')
      .selectOption({ label: 'Thay mặt tập thể (Đảng T/M, Nhà nước TM.)' });
    await quickReport.getByLabel('Bên phải: thẩm quyền, chức danh').fill('BAN TỔ CHỨC');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const wrong = 'Lề trên (Khổ giấy và lề): tối đa 80 mm.';
    await expect.poll(() => page.getByRole('alert').innerText()).toBe(wrong);
    expect(await group('Khổ giấy và lề').locator('.field.has-error .field-error').innerText()).toBe(wrong);

    await topMargin().fill('25');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect
      .poll(() => page.getByText('Đã lưu mẫu "Bản sao của Nhà nước (NĐ 30/2020/NĐ-CP)".').isVisible())
      .toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await topMargin().inputValue()).toBe('25');
    expect(await bodySize().inputValue()).toBe('13');
    expect(await quickReport.getByLabel('Bên phải: cách ký').inputValue()).toBe('forBody');
    expect(await quickReport.getByLabel('Bên phải: thẩm quyền, chức danh').inputValue()).toBe('BAN TỔ CHỨC');
    expect(await page.getByRole('button', { name: 'Lưu', exact: true }).isDisabled()).toBe(true);
    await page.locator('.profile-detail').evaluate((pane) => pane.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shotsDir, '40-cai-dat-mau-dinh-dang.png') });
  });

  it('exports the copy to a file and imports that file back as another profile', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }),
      page.getByRole('button', { name: 'Xuất ra tệp…' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Mau-dinh-dang-Ban-sao-cua-Nha-nuoc.json');
    const saved = path.join(work, download.suggestedFilename());
    await download.saveAs(saved);
    const file: unknown = JSON.parse(fs.readFileSync(saved, 'utf8'));
    expect(file).toMatchObject({
      app: 'thu-ky-hoi-nghi',
      kind: 'format-profile',
      version: 1,
      profile: { margins: { top: 25 }, body: { size: 13 } },
    });

    await page.getByLabel('Chọn tệp mẫu định dạng').setInputFiles(saved);
    await expect.poll(shownName).toBe('Bản sao của Nhà nước (NĐ 30/2020/NĐ-CP) (2)');
    expect(await listedNames()).toContain('Bản sao của Nhà nước (NĐ 30/2020/NĐ-CP) (2)');
    expect(await topMargin().inputValue()).toBe('25');
    expect(await bodySize().inputValue()).toBe('13');
  });

  it('says why a file is not a profile, and lists nothing new', async () => {
    const before = await listedNames();
    await page.getByLabel('Chọn tệp mẫu định dạng').setInputFiles({
      name: 'danh-sach.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"ten": "Danh sách"}'),
    });
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toBe('Tệp này không phải mẫu định dạng văn bản xuất từ Thư Ký Hội Nghị.');
    expect(await listedNames()).toEqual(before);
  });

  it('asks before leaving Cài đặt with changes not saved, and stays if she says no', async () => {
    await topMargin().fill('22');
    await page.getByRole('link', { name: 'Hội nghị' }).click();
    const question = page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' });
    await question.waitFor();
    expect(page.url()).toMatch(/#\/cai-dat$/);
    await question.getByRole('button', { name: 'Huỷ' }).click();
    expect(await topMargin().inputValue()).toBe('22');
    await page.getByRole('link', { name: 'Hội nghị' }).click();
    await page
      .getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' })
      .getByRole('button', { name: 'Bỏ thay đổi' })
      .click();
    await expect.poll(() => page.url()).toMatch(/#\/$/);
    // With nothing changed, nothing is asked.
    await page.getByRole('link', { name: 'Cài đặt' }).click();
    await page.getByRole('link', { name: 'Hội nghị' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/$/);
    expect(await page.getByRole('dialog').count()).toBe(0);
  });
});

describe('protocol order by position in Settings', () => {
  const panel = () => page.getByRole('region', { name: 'Thứ tự lễ tân theo chức vụ' });
  const titles = () => panel().locator('.position-rank-title').allInnerTexts();

  it('moves, adds and removes titles, saves the list, and goes back to the built-in one', async () => {
    await page.getByRole('link', { name: 'Cài đặt' }).click();
    await expect.poll(titles).toEqual([...builtInPositionRanks]);
    expect(await panel().getByRole('heading').innerText()).toBe('Thứ tự lễ tân theo chức vụ (danh sách có sẵn)');
    const save = panel().getByRole('button', { name: 'Lưu thứ tự' });
    expect(await save.isDisabled()).toBe(true);

    await panel().getByRole('button', { name: 'Đưa "Phó Bí thư Thường trực" lên trên' }).click();
    await panel().getByLabel('Chức vụ mới').fill('Phó Chánh Thanh tra');
    await panel().getByRole('button', { name: 'Thêm vào cuối' }).click();
    await panel().getByRole('button', { name: 'Xoá "Thứ trưởng"' }).click();
    const edited = [...builtInPositionRanks.filter((t) => t !== 'Thứ trưởng'), 'Phó Chánh Thanh tra'];
    const at = edited.indexOf('Bí thư');
    [edited[at], edited[at + 1]] = [edited[at + 1], edited[at]];
    expect(await titles()).toEqual(edited);
    await save.click();
    await expect
      .poll(() => page.getByText('Đã lưu thứ tự lễ tân theo chức vụ; thứ tự đại biểu không thay đổi.').isVisible())
      .toBe(true);
    expect(await save.isDisabled()).toBe(true);
    expect(await panel().getByRole('heading').innerText()).toBe('Thứ tự lễ tân theo chức vụ');
    await panel().scrollIntoViewIfNeeded();
    await panel()
      .locator('.position-rank-list')
      .evaluate((list) => list.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shotsDir, '41-cai-dat-thu-tu-le-tan.png') });

    // Read again from the file, the list is the one saved.
    await page.reload();
    await expect.poll(titles).toEqual(edited);

    await panel().getByRole('button', { name: 'Dùng danh sách có sẵn…' }).click();
    await page
      .getByRole('dialog', { name: 'Dùng lại danh sách chức vụ có sẵn?' })
      .getByRole('button', { name: 'Dùng danh sách có sẵn' })
      .click();
    await expect.poll(titles).toEqual([...builtInPositionRanks]);
    expect(await panel().getByRole('heading').innerText()).toBe('Thứ tự lễ tân theo chức vụ (danh sách có sẵn)');
  });
});
