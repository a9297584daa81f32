// Excel from the app, as a secretary uses it: save each report, stop a long export midway,
// send the templates out, and take one back filled in, seeing what changes before it does.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ownStatus, shotsDir } from '../helpers/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoApp, type DemoApp } from '../helpers/demo-app';
import type { RunningHarness } from '../helpers/harness-process';
import { convertWithLibreOffice, firstPageImage, pdfText } from '../helpers/office';
import { tempDir, type TestServices } from '../helpers/services';
import { communePositions, generatePerson, seededRandom } from '../../src/main/demo/demo-data';

let app: DemoApp;
let page: Page;
let harness: RunningHarness;
let conferenceId: number;
let largeId: number;

/** A conference large enough that its export can be stopped while it is written. */
async function largeConference(services: TestServices): Promise<number> {
  const conference = await services.call('conferences.create', {
    name: 'Hội nghị toàn tỉnh (danh sách dài)',
    kind: 'khac',
    date: '2026-12-30',
    session: 'sang',
    startTime: '08:00',
    hostBody: null,
  });
  const random = seededRandom(7);
  const rows = Array.from({ length: 150_000 }, (_, i) => ({
    fullName: generatePerson(random).fullName,
    position: communePositions[i % communePositions.length],
  }));
  await services.call('attendees.add', { conferenceId: conference.id, rows });
  return conference.id;
}

beforeAll(async () => {
  app = await openDemoApp('excel', async (services) => void (largeId = await largeConference(services)));
  ({ page, harness, conferenceId } = app);
}, 120_000);
afterAll(() => app?.close());

const outputFiles = () => (fs.existsSync(harness.outputDir) ? fs.readdirSync(harness.outputDir).sort() : []);

describe('Excel from the app', () => {
  it('saves the attendee list and the summary, which print as the data says', async () => {
    await page.goto(`${harness.origin}/#/hoi-nghi/${conferenceId}/info`);
    await page.getByRole('button', { name: 'Xuất Excel…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xuất Excel' });
    await page.screenshot({ path: path.join(shotsDir, '60-xuat-excel.png') });
    await dialog.getByRole('button', { name: 'Lưu…' }).click();
    await expect
      .poll(() => ownStatus(dialog).innerText())
      .toMatch(/^Đã lưu: .*Danh-sach-dai-bieu-Hoi-nghi-giao-ban.*\.xlsx$/);
    const list = path.join(
      harness.outputDir,
      outputFiles().find((f) => f.startsWith('Danh-sach-dai-bieu'))!,
    );
    const listText = pdfText(convertWithLibreOffice(list, 'pdf'), true);
    expect(listText).toContain('DANH SÁCH ĐẠI BIỂU');
    expect(listText).toMatch(/Nguyễn Diệu My\s+Bí thư Đảng ủy xã/);

    await dialog.getByText('Tổng hợp số lượng theo điểm cầu và theo cấp').click();
    await dialog.getByRole('button', { name: 'Lưu…' }).click();
    await expect.poll(() => ownStatus(dialog).innerText()).toMatch(/Tong-hop-so-luong/);
    const summary = path.join(
      harness.outputDir,
      outputFiles().find((f) => f.startsWith('Tong-hop'))!,
    );
    const pdf = convertWithLibreOffice(summary, 'pdf');
    expect(pdfText(pdf, true)).toMatch(/Tổng cộng\s+50\s+37\s+3\s+4\s+6\s+6/);
    firstPageImage(pdf, path.join(shotsDir, '61-tong-hop-in-ra'));
    await dialog.getByRole('button', { name: 'Mở thư mục' }).click();
    await expect.poll(() => page.getByText(`Thư mục: ${harness.outputDir}`).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(app.pageErrors).toEqual([]);
  });

  it('shows the progress of a long export and stops it on "Dừng" with nothing saved', async () => {
    const before = outputFiles();
    await page.goto(`${harness.origin}/#/hoi-nghi/${largeId}/info`);
    await page.getByRole('button', { name: 'Xuất Excel…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xuất Excel' });
    await dialog.getByRole('button', { name: 'Lưu…' }).click();
    // "Dừng" is pressed from inside the page the moment rows are being written: a round trip
    // from the test per look could come after a loaded machine had written all 66,000.
    await page.waitForFunction(
      () => {
        const bar = document.querySelector('[role=dialog] [role=progressbar]');
        if (!/Đang ghi [\d.]+\/[\d.]+ dòng…/.test(bar?.textContent ?? '')) return false;
        const stop = [...document.querySelectorAll<HTMLButtonElement>('[role=dialog] button')].find(
          (b) => b.textContent === 'Dừng',
        );
        stop?.click();
        return stop !== undefined;
      },
      undefined,
      { polling: 'raf', timeout: 30_000 },
    );
    await expect.poll(() => page.getByText('Đã dừng xuất tệp Excel; chưa có tệp nào được lưu.').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(shotsDir, '62-xuat-excel-da-dung.png') });
    expect(outputFiles()).toEqual(before);
    await page.keyboard.press('Escape');
    expect(app.pageErrors).toEqual([]);
  });

  it('sends templates out and takes one back: the changes at that point are shown, then made', async () => {
    await page.goto(`${harness.origin}/#/hoi-nghi/${conferenceId}/attendees`);
    await page.getByRole('button', { name: 'Xuất Excel…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xuất Excel' });
    await dialog.getByText('Mẫu gửi điểm cầu', { exact: true }).click();
    await expect.poll(() => dialog.getByText(/Mọi điểm cầu trừ điểm cầu chính \(6 điểm cầu/).isVisible()).toBe(true);
    // Only to Đảng ủy xã Đại Từ this time: found by typing without diacritics.
    await dialog.getByText('Chỉ các điểm cầu chọn dưới đây').click();
    await dialog.getByRole('button', { name: 'Lưu vào thư mục…' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toContain('Hãy chọn ít nhất một điểm cầu');
    await dialog.getByLabel('Tìm điểm cầu nhận mẫu').fill('dai tu');
    await dialog.getByRole('button', { name: 'Chọn 1 điểm cầu tìm thấy' }).click();
    await expect.poll(() => dialog.getByText('(đã chọn 1)').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(shotsDir, '65-chon-diem-cau-nhan-mau.png') });
    await dialog.getByRole('button', { name: 'Lưu vào thư mục…' }).click();
    await expect.poll(() => ownStatus(dialog).innerText()).toMatch(/Mau-gui-diem-cau-/);
    const folder = path.join(
      harness.outputDir,
      outputFiles().find((f) => f.startsWith('Mau-gui-diem-cau'))!,
    );
    expect(fs.readdirSync(folder)).toEqual(['Mau-Dang-uy-xa-Dai-Tu.xlsx']);
    await page.keyboard.press('Escape');

    // At Đại Từ: one promoted, one left out, one newcomer.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(folder, 'Mau-Dang-uy-xa-Dai-Tu.xlsx'));
    const sheet = book.worksheets[0];
    sheet.getCell('D9').value = 'Đảng ủy viên, Bí thư Chi bộ thôn';
    // Whoever the protocol order put on row 11 is left out.
    const leftOut = sheet.getCell('C11').text;
    sheet.spliceRows(11, 1);
    sheet.getCell('C16').value = 'Lò Văn Mới';
    sheet.getCell('D16').value = 'Chuyên viên Văn phòng Đảng ủy xã';
    const returned = path.join(tempDir('thu-ky-e2e-returned-'), 'Mau-Dang-uy-xa-Dai-Tu (da dien).xlsx');
    await book.xlsx.writeFile(returned);

    await page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
    await page.getByLabel('Chọn tệp danh sách đại biểu').setInputFiles(returned);
    const importing = page.getByRole('dialog');
    await expect
      .poll(() => importing.locator('.template-summary').innerText())
      .toContain('thêm 1, sửa 1, bỏ 1, giữ nguyên 6');
    const changes = await importing.getByRole('list', { name: 'Thay đổi ở điểm cầu' }).innerText();
    expect(changes).toContain('Ngô Minh Bình');
    expect(changes).toContain('Chức vụ: Bí thư Chi bộ thôn → Đảng ủy viên, Bí thư Chi bộ thôn');
    expect(changes).toContain('Lò Văn Mới');
    expect(changes).toContain(`Bỏ ${leftOut}`);
    await page.screenshot({ path: path.join(shotsDir, '63-nhan-lai-mau.png') });
    await importing.getByRole('button', { name: /^Cập nhật điểm cầu/ }).click();
    await expect
      .poll(() => page.getByText(/Đã cập nhật điểm cầu "Điểm cầu Đảng ủy xã Đại Từ".*thêm 1, sửa 1, bỏ 1/).isVisible())
      .toBe(true);
    await page.screenshot({ path: path.join(shotsDir, '64-nhan-lai-mau-xong.png') });
    expect(app.pageErrors).toEqual([]);
  });
});
