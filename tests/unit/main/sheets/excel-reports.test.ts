// The Excel reports read back as a recipient's spreadsheet would read them: exceljs for the
// print settings, types and formulas. What LibreOffice prints of them is read in
// tests/integration/main/sheets/excel-reports.test.ts.
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withSaveDoor } from '../../../../src/main/host/save-door';
import { sheetName } from '../../../../src/main/sheets/xlsx/cell-text';
import { csvField } from '../../../../src/main/sheets/attendee-csv';
import type { SavedSheets, SheetReport } from '../../../../src/shared/sheets/sheet-calls';
import { conferenceOf2020, openDemoServices, tempDir, type TestServices } from '../../../helpers/services';
import { writeTemplates } from '../../../helpers/templates';

const staging = path.join(os.tmpdir(), 'thu-ky-hoi-nghi-xuat');
/**
 * The staging folders `work` makes, and whether they are still there when it has ended: other
 * test files export into the same folder at the same time, so only this export's are looked at.
 */
async function stagingLeftBy(work: () => Promise<unknown>): Promise<{ made: number; left: string[] }> {
  const made: string[] = [];
  const mkdir = fsp.mkdir.bind(fsp);
  const spy = vi.spyOn(fsp, 'mkdir').mockImplementation(async (dir, options) => {
    if (String(dir).startsWith(staging)) made.push(String(dir));
    return mkdir(dir, options);
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return { made: made.length, left: made.filter((dir) => fs.existsSync(dir)) };
}

let t: TestServices;
let conferenceId: number;
beforeEach(async () => ({ t, conferenceId } = await openDemoServices()));
afterEach(() => t.close());

const requestId = () => randomUUID().replace(/-/g, '');

async function save(report: SheetReport, options: Record<string, unknown> = {}): Promise<string> {
  const file = path.join(tempDir('thu-ky-xlsx-'), `${report}.${options.format === 'csv' ? 'csv' : 'xlsx'}`);
  const door = withSaveDoor((n, i) => t.host.call(n, i), {
    choosePath: () => Promise.resolve(file),
    chooseFolder: () => Promise.resolve(null),
  });
  const saved = await door('sheets.save', { conferenceId, report, requestId: requestId(), ...options });
  if (!saved.ok) throw new Error(saved.error.message);
  expect((saved.value as SavedSheets).path).toBe(file);
  return file;
}

async function read(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

/** Writes straight into the database, as data that came from anywhere might be. */
function poke(sql: string, ...params: unknown[]): void {
  const db = new Database(t.dbPath);
  db.prepare(sql).run(...params);
  db.close();
}

function expectPrintReady(sheet: ExcelJS.Worksheet, headerRow: number, columns: number): void {
  expect(sheet.pageSetup).toMatchObject({
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
  });
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
  const title = sheet.getCell('A1');
  expect(title.font).toMatchObject({ name: 'Times New Roman', bold: true });
  expect(title.isMerged && sheet.getCell(1, columns).master.address).toBe('A1');
  expect(sheet.getCell(headerRow, 1).font).toMatchObject({ name: 'Times New Roman', bold: true });
}

/**
 * The scale a sheet prints at on A4, from the file alone: the visible columns' widths (a unit
 * is 7 pixels at 96 dpi, as Excel draws it) against the paper between the sheet's margins; a
 * table that fits prints at 100 %, since fitting one page wide never enlarges.
 */
function printScale(sheet: ExcelJS.Worksheet): { scale: number; units: number } {
  const { orientation, margins } = sheet.pageSetup;
  const paperMm = orientation === 'landscape' ? 297 : 210;
  const printableMm = paperMm - ((margins?.left ?? 0.7) + (margins?.right ?? 0.7)) * 25.4;
  const units = (sheet.columns ?? []).reduce((sum, c) => sum + (c.hidden ? 0 : (c.width ?? 9)), 0);
  return { scale: Math.min(100, (100 * printableMm) / ((units * 7 * 25.4) / 96)), units };
}

describe('Excel reports on paper', () => {
  it('print every sheet on A4 at 85 % or more: landscape where the table is wide, long texts wrapped', async () => {
    // An email makes the attendee list as wide as it gets.
    poke(
      `UPDATE people SET email = ? WHERE id = (SELECT person_id FROM attendees ORDER BY id LIMIT 1)`,
      'van.phong.tinh.uy@thainguyen.gov.vn',
    );
    const files: string[] = [
      await save('attendees'),
      await save('attendees', { layout: 'perPoint' }),
      await save('summary'),
      await save('bridgePoints'),
      await save('signInSheet'),
      await save('quickReport'),
    ];
    const templates = (await writeTemplates(t, conferenceId)).path;
    files.push(...fs.readdirSync(templates).map((f) => path.join(templates, f)));
    let sheets = 0;
    for (const file of files)
      for (const sheet of (await read(file)).worksheets.filter((s) => s.state === 'visible')) {
        const where = `${path.basename(file)} › ${sheet.name}`;
        expect(sheet.pageSetup.paperSize, where).toBe(9);
        expect(printScale(sheet).scale, where).toBeGreaterThanOrEqual(85);
        sheets++;
      }
    expect(sheets).toBeGreaterThan(10);

    // The widest list turned and gave its width back from its long texts, which wrap instead.
    const [list] = (await read(files[0])).worksheets;
    expect(list.pageSetup.orientation).toBe('landscape');
    expect(printScale(list).units).toBeGreaterThan(120);
    expect(list.getRow(5).values).toContain('Email');
    for (const column of [2, 3, 4]) expect(list.getCell(6, column).alignment?.wrapText).toBe(true);
  });
});

describe('Excel reports of a conference', () => {
  it('the attendee list: print-ready, phones as text with the 0, years as numbers, filter on the table', async () => {
    const book = await read(await save('attendees'));
    const [sheet] = book.worksheets;
    expect(sheet.name).toBe('Danh sách đại biểu');
    expectPrintReady(sheet, 5, 10);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.getRow(5).values).toEqual([
      undefined,
      'TT',
      'Họ và tên',
      'Chức vụ',
      'Đơn vị',
      'Điểm cầu',
      'Điện thoại',
      'Giới tính',
      'Năm sinh',
      'Tình trạng',
      'Ghi chú',
    ]);
    expect(sheet.autoFilter).toBe('A5:J55');
    // TT 7, the first delegate of Đảng ủy các cơ quan Đảng tỉnh: a phone and a birth year.
    const phone = sheet.getCell('F12');
    expect(phone.type).toBe(ExcelJS.ValueType.String);
    expect(phone.value).toMatch(/^0\d{9}$/);
    expect(phone.numFmt).toBe('@');
    expect(sheet.getCell('H12').value).toBe(1971);
    expect(sheet.getCell('A55').value).toBe(50);
    // Widths follow the texts, within the page: the positions, the longest texts, are narrowed
    // to fit landscape A4 but no narrower than the names, which keep room for a name on one line.
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(sheet.getColumn(2).width!);
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(20);
    // A wrapped position gets a row tall enough for its lines.
    expect(sheet.getRow(6).height).toBeGreaterThan(20);
  });

  it('never turns a text into a formula, and strips characters XML forbids', async () => {
    poke(
      `UPDATE attendees SET position = ?, unit = ?, note = ? WHERE id = (SELECT min(id) FROM attendees)`,
      '=HYPERLINK("http://x.example","Bấm")',
      '@SUM(1+1)',
      '+84 cmd|calc',
    );
    poke(
      `UPDATE attendees SET note = ? WHERE id = (SELECT min(id) + 1 FROM attendees)`,
      '-2+3\u0001\u0008 ghi\u000bchú',
    );
    const file = await save('attendees');
    const sheet = (await read(file)).worksheets[0];
    for (const address of ['C6', 'D6', 'J6', 'J7']) {
      expect(sheet.getCell(address).type, address).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(address).formula, address).toBeUndefined();
    }
    expect(sheet.getCell('C6').value).toBe('=HYPERLINK("http://x.example","Bấm")');
    expect(sheet.getCell('J7').value).toBe('-2+3 ghichú');

    const csv = fs.readFileSync(await save('attendees', { format: 'csv' }), 'utf8');
    expect(csv.startsWith('\ufeffTT,Họ và tên,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x.example"",""Bấm"")",'@SUM(1+1)`);
    expect(csv).toContain("'+84 cmd|calc");
    expect(csv).toContain("'-2+3 ghichú");
    expect(['=1', '+1', '-1', '@a', '\tx', '\rx', 'a=1'].map(csvField)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@a",
      "'\tx",
      '"\'\rx"',
      'a=1',
    ]);
  });

  it('one sheet per bridge point, with names Excel accepts', async () => {
    const book = await read(await save('attendees', { layout: 'perPoint' }));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Tỉnh ủy Thái Nguyên',
      'Đảng ủy các cơ quan Đảng tỉnh',
      'Đảng ủy UBND tỉnh',
      'Đảng ủy phường Phan Đình Phùng',
      'Đảng ủy phường Bắc Kạn',
      'Đảng ủy xã Đại Từ',
      'Đảng ủy xã Phú Lương',
    ]);
    const sheet = book.worksheets[5];
    expectPrintReady(sheet, 6, 9);
    expect(sheet.getCell('A4').value).toBe('Tại điểm cầu Đảng ủy xã Đại Từ');
    expect(sheet.getCell('A7').value).toBe(1);

    const taken = new Set<string>();
    expect(sheetName('Điểm cầu [Xã/Phường]: Tân Cương * Phúc Xuân? \\ Quyết Thắng', taken)).toBe(
      'Điểm cầu -Xã-Phường-- Tân Cương',
    );
    expect(sheetName('Điểm cầu [Xã/Phường]: Tân Cương * Phúc Xuân? \\ Quyết Thắng', taken)).toBe(
      'Điểm cầu -Xã-Phường-- Tân C (2)',
    );
    expect(sheetName("'Trang'", taken)).toBe('Trang');
    expect([...taken].every((n) => n.length <= 31)).toBe(true);
  });

  it('the summary: counts as numbers, totals as SUM formulas whose values agree, levels by SUMIF', async () => {
    const file = await save('summary');
    const book = await read(file);
    const [byPoint, byLevel] = book.worksheets;
    expect(byPoint.name).toBe('Theo điểm cầu');
    expectPrintReady(byPoint, 5, 10);
    expect(byPoint.getRow(5).values).toEqual([
      undefined,
      'TT',
      'Điểm cầu',
      'Cấp',
      'Thuộc',
      'Triệu tập',
      'Có mặt',
      'Vắng có lý do',
      'Vắng không lý do',
      'Chưa điểm danh',
      'Trong đó đã xác nhận',
    ]);
    expect(byPoint.getCell('E6').type).toBe(ExcelJS.ValueType.Number);
    const total = byPoint.getRow(13);
    expect(total.getCell(2).value).toBe('Tổng cộng');
    // The figures of the minutes, adding up: 50 invited = 37 present + 3 + 4 absent + 6 not marked yet.
    expect([5, 6, 7, 8, 9, 10].map((c) => total.getCell(c).value)).toEqual(
      [50, 37, 3, 4, 6, 6].map((result, i) => {
        const column = 'EFGHIJ'[i];
        return { formula: `SUM(${column}6:${column}12)`, result };
      }),
    );
    expect(byPoint.autoFilter).toBe('A5:J12');
    const invited = [6, 7, 8, 9, 10, 11, 12].map((r) => byPoint.getCell(r, 5).value as number);
    expect(invited.reduce((a, b) => a + b, 0)).toBe(50);

    expect(byLevel.name).toBe('Theo cấp');
    const levels = [6, 7, 8].map((r) => [
      byLevel.getCell(r, 2).value,
      ...[3, 4, 5].map((c) => (byLevel.getCell(r, c).value as { result: number }).result),
    ]);
    expect(levels).toEqual([
      ['Tỉnh, thành phố', 1, 6, 6],
      ['Xã, phường, đặc khu', 4, 32, 24],
      ['Cơ quan, đơn vị', 2, 12, 7],
    ]);
    // Every formula carries its value, zeros too (exceljs reads a stored 0 back as no value).
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('xl/worksheets/sheet2.xml')!.async('string');
    expect(xml.match(/<f>/g)).toHaveLength(28);
    expect(xml.match(/<\/f><v>\d+<\/v>/g)).toHaveLength(28);
    expect(xml).toContain(`,&apos;Theo điểm cầu&apos;!$G$6:$G$12)</f><v>0</v>`);
    expect((byLevel.getCell('D8').value as { formula: string }).formula).toBe(
      `SUMIF('Theo điểm cầu'!$C$6:$C$12,"=Cơ quan, đơn vị",'Theo điểm cầu'!$E$6:$E$12)`,
    );
    expect(byLevel.getCell('C9').value).toEqual({ formula: 'SUM(C6:C8)', result: 7 });
  });

  it('the summary of an older conference counts its Huyện as a level of its own, in the order of the tiers', async () => {
    const create = async (name: string, levelLabel: string | null, parentId: number | null) =>
      (await t.call('bridgePoints.create', { name, levelLabel, parentId })).id;
    const province = await create('Điểm cầu Tỉnh ủy Bắc Kạn', 'Tỉnh', null);
    const commune = await create('Điểm cầu Đảng ủy xã Chu Hương', 'Xã', province);
    const district = await create('Điểm cầu Huyện ủy Ba Bể', 'Huyện', province);
    const old = { id: await conferenceOf2020(t, 'Hội nghị giao ban quý IV năm 2020', [province, commune, district]) };
    const file = path.join(tempDir('thu-ky-xlsx-'), 'summary-2020.xlsx');
    const door = withSaveDoor((n, i) => t.host.call(n, i), {
      choosePath: () => Promise.resolve(file),
      chooseFolder: () => Promise.resolve(null),
    });
    const saved = await door('sheets.save', { conferenceId: old.id, report: 'summary', requestId: requestId() });
    expect(saved.ok).toBe(true);
    const byLevel = (await read(file)).worksheets[1];
    expect([6, 7, 8].map((r) => byLevel.getCell(r, 2).value)).toEqual(['Tỉnh', 'Huyện', 'Xã']);
    expect((byLevel.getCell('C7').value as { result: number }).result).toBe(1);
  });

  it('the bridge points with who presides, the technical contact and the link', async () => {
    const points = await t.call('conferenceBridgePoints.list', { conferenceId });
    await t.call('conferenceBridgePoints.update', {
      id: points[2].id,
      connectionStatus: 'su_co',
      connectionNote: 'Mất tiếng',
    });
    const file = await save('bridgePoints');
    const sheet = (await read(file)).worksheets[0];
    expectPrintReady(sheet, 5, 11);
    expect(sheet.getRow(5).values).toEqual([
      undefined,
      'TT',
      'Điểm cầu',
      'Cấp',
      'Thuộc',
      'Địa chỉ',
      'Người chủ trì',
      'Cán bộ kỹ thuật',
      'Điện thoại kỹ thuật',
      'Kết nối',
      'Kiểm tra lúc',
      'Ghi chú',
    ]);
    const row = sheet.getRow(8);
    expect(row.getCell(2).value).toBe(points[2].name);
    expect(row.getCell(9).value).toBe('Sự cố');
    expect(row.getCell(11).value).toBe('Mất tiếng');
    expect(row.getCell(10).value).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
  });

  it('the sign-in sheet: a group row per point, rows tall enough to sign', async () => {
    const file = await save('signInSheet');
    const sheet = (await read(file)).worksheets[0];
    expectPrintReady(sheet, 5, 4);
    expect(sheet.pageSetup.orientation).toBe('portrait');
    expect(sheet.getCell('A6').value).toBe('I. ĐIỂM CẦU TỈNH ỦY THÁI NGUYÊN');
    expect(sheet.getCell('D6').master.address).toBe('A6');
    expect(sheet.getRow(7).height).toBeGreaterThanOrEqual(36);
    expect(sheet.getCell('A5').value).toBe('TT');
    expect(sheet.getCell('D5').value).toBe('Ký tên');
  });

  it(
    'reports progress, stops on Cancel with nothing saved or ' +
      'left behind, and says why when there is nothing to list',
    async () => {
      const progress: number[] = [];
      await t
        .call('sheets.write', { conferenceId, report: 'attendees', requestId: requestId() }, (p) =>
          progress.push(p.done),
        )
        .then((staged) => fs.rmSync(path.join(staging, staged.token), { recursive: true }));
      expect(progress.at(-1)).toBe(50);

      const id = requestId();
      const { left } = await stagingLeftBy(async () => {
        const cancelled = t.host.call('sheets.write', { conferenceId, report: 'attendees', requestId: id });
        await t.call('sheets.cancel', { requestId: id });
        expect(await cancelled).toMatchObject({
          ok: false,
          error: { code: 'CANCELLED', message: 'Đã dừng xuất tệp Excel; chưa có tệp nào được lưu.' },
        });
      });
      expect(left).toEqual([]);

      const empty = await t.call('conferences.create', {
        name: 'Hội nghị chưa có ai',
        kind: 'khac',
        date: '2026-12-31',
        session: 'sang',
        startTime: '08:00',
        hostBody: null,
      });
      expect(
        await t.fail('sheets.write', { conferenceId: empty.id, report: 'attendees', requestId: requestId() }),
      ).toEqual({
        code: 'NOT_FOUND',
        message:
          'Hội nghị chưa có đại biểu nào nên chưa có danh sách để xuất. Hãy thêm hoặc nhập danh sách đại biểu trước.',
      });
      // Only a door saves.
      expect(await t.fail('sheets.save', { conferenceId, report: 'summary', requestId: requestId() })).toMatchObject({
        code: 'FORBIDDEN',
      });
    },
  );
});

describe('an Excel export whose file cannot be written', () => {
  it('says the disk is full instead of waiting for ever, and leaves nothing behind', async () => {
    const createWriteStream = fs.createWriteStream;
    // The temporary folder's disk is full: every write fails (Linux's /dev/full).
    const spy = vi.spyOn(fs, 'createWriteStream').mockImplementation(() => createWriteStream('/dev/full'));
    try {
      const { made, left } = await stagingLeftBy(async () => {
        for (const report of ['attendees', 'summary', 'templates'] as const) {
          const error = await t.fail('sheets.write', { conferenceId, report, requestId: requestId() });
          expect(error, report).toEqual({
            code: 'DISK_FULL',
            message:
              'Ổ đĩa chứa thư mục tạm của máy đã đầy nên chưa xuất được tệp Excel. Hãy giải phóng bớt dung lượng ' +
              'ổ đĩa rồi xuất lại.',
          });
        }
      });
      expect(made).toBe(3);
      expect(left).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });
});
