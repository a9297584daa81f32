// `export period-report|period-sheets` as a user runs them, on the hand-counted small year
// (tests/helpers/small-year.ts): the files written where --out says, read back (the report's
// text in both profiles, the workbook's sheets and formulas), their figures the ones
// statistics.period gives the screen, an issued report numbered in the register, and the
// header kept for the next report.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { periodSheetNames } from '../../../src/main/sheets/xlsx/period-sheets';
import type { PeriodFigures } from '../../../src/shared/statistics/statistics-types';
import { buildSmallYear } from '../../helpers/small-year';
import { openTestServices, tempDir } from '../../helpers/services';
import { paragraphTexts } from '../../helpers/word-export';

const root = path.resolve(__dirname, '../../..');
const bin = path.join(root, 'bin', 'thu-ky.mjs');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ status: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr }),
    );
  });
}

const savedReport = z.strictObject({ file: z.string(), bytes: z.number(), profile: z.string() });
const savedSheets = z.strictObject({ file: z.string(), bytes: z.number(), conferences: z.number() });
const failure = z.strictObject({ error: z.strictObject({ code: z.string(), message: z.string() }) });

async function docxTexts(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return paragraphTexts(await zip.file('word/document.xml')!.async('string')).filter((p) => p !== '');
}

let dir: string;
let db: string;
let year: { from: string; to: string };
let figures: PeriodFigures;
beforeAll(async () => {
  dir = tempDir('thu-ky-period-');
  db = path.join(dir, 'năm.sqlite');
  const t = await openTestServices(db);
  try {
    await buildSmallYear(t);
    year = { from: '2026-01-01', to: '2026-12-31' };
    figures = await t.call('statistics.period', { filter: year });
  } finally {
    await t.close();
  }
});

const period = () => ['--db', db, '--from', year.from, '--to', year.to];

describe('export period-report|period-sheets', () => {
  it('writes the workbook: a sheet per table, the figures of statistics.period, totals as formulas', async () => {
    const out = path.join(dir, 'Thống kê năm.xlsx');
    const result = await cli('export', 'period-sheets', ...period(), '--out', out, '--json');
    expect(result.status, result.stderr).toBe(0);
    expect(savedSheets.parse(JSON.parse(result.stdout))).toEqual({
      file: out,
      bytes: fs.statSync(out).size,
      conferences: 3,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual([...periodSheetNames]);
    const summary = book.getWorksheet('Tổng hợp')!;
    expect(summary.getCell('A3').value).toBe(`Năm ${year.from.slice(0, 4)}`);
    expect(summary.getCell('C7').value).toBe(3);
    expect(summary.getCell('C12').value).toBe(figures.delegates.invited);
    expect(summary.getCell('C13').value).toBe(figures.delegates.present);
    const conferences = book.getWorksheet('Hội nghị')!;
    expect([7, 8, 9].map((r) => conferences.getCell(`C${r}`).value)).toEqual(figures.conferences.map((c) => c.name));
    expect(conferences.getCell('J10').value).toEqual({ formula: 'SUM(J7:J9)', result: figures.delegates.invited });
    const absentees = book.getWorksheet('Vắng nhiều lần')!;
    expect(absentees.getCell('B7').value).toBe(figures.repeatAbsentees[0].fullName);
    expect(absentees.getCell('G7').value).toBe(2);
    const problems = book.getWorksheet('Sự cố kết nối')!;
    expect(problems.getCell('B7').value).toBe(figures.problemPoints[0].name);
    expect(problems.getCell('D7').value).toBe(2);
  });

  it('writes the report in the Party profile, issued under the register next number "Số 01-BC/TU"', async () => {
    const out = path.join(dir, 'Báo cáo Đảng.docx');
    const args = [...period(), '--profile', 'party', '--issuing-body', 'Tỉnh ủy Thái Nguyên', '--issue'];
    const result = await cli('export', 'period-report', ...args, '--out', out, '--json');
    expect(result.status, result.stderr).toBe(0);
    expect(savedReport.parse(JSON.parse(result.stdout))).toEqual({
      file: out,
      bytes: fs.statSync(out).size,
      profile: 'Đảng (QĐ 399-QĐ/TW)',
    });
    const texts = await docxTexts(out);
    expect(texts.slice(0, 3)).toEqual(['TỈNH ỦY THÁI NGUYÊN', '*', 'Số 01-BC/TU']);
    expect(texts).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(texts).toContain(`Tình hình tổ chức hội nghị trực tuyến năm ${year.from.slice(0, 4)}`);
    expect(texts.find((p) => p.startsWith('Trong năm'))).toContain('đã tổ chức 3 hội nghị trực tuyến');
    expect(texts).toContain(figures.repeatAbsentees[0].fullName);
    expect(texts).toContain('T/M BAN THƯỜNG VỤ');
    // Issued again, the next report takes the next number.
    const again = path.join(dir, 'Báo cáo Đảng 2.docx');
    expect((await cli('export', 'period-report', ...args, '--out', again)).status).toBe(0);
    expect((await docxTexts(again))[2]).toBe('Số 02-BC/TU');
    const t = await openTestServices(db);
    try {
      const register = await t.call('register.list', { kind: 'BC' });
      expect(register.rows.map((e) => [e.number, e.symbol, e.subject])).toEqual([
        [2, 'BC/TU', `Báo cáo tình hình tổ chức hội nghị trực tuyến năm ${year.from.slice(0, 4)}`],
        [1, 'BC/TU', `Báo cáo tình hình tổ chức hội nghị trực tuyến năm ${year.from.slice(0, 4)}`],
      ]);
      // The dialog proposes the header saved last, and the number the register would give next.
      expect(await t.call('statistics.reportDefaults', {})).toMatchObject({
        profileId: 'party',
        header: { issuingBody: 'Tỉnh ủy Thái Nguyên', number: null },
        symbol: 'BC/TU',
        nextNumber: 3,
      });
    } finally {
      await t.close();
    }
  });

  it('writes the report in the State profile, a kind narrowing it, the number left to write by hand', async () => {
    const out = path.join(dir, 'Báo cáo UBND.docx');
    const kind = figures.byKind[0].kind;
    const args = [
      ...period(),
      '--kind',
      kind,
      '--profile',
      'state',
      '--issuing-body',
      'Ủy ban nhân dân tỉnh Thái Nguyên',
    ];
    const result = await cli('export', 'period-report', ...args, '--out', out);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Đã lưu ".*Báo cáo UBND\.docx" \(\d+ KB, mẫu định dạng: /u);
    const texts = await docxTexts(out);
    expect(texts).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(texts.some((p) => /^Số:\s+\/BC-UBND$/u.test(p))).toBe(true);
    expect(texts).toContain(`(Chỉ tính hội nghị ${figures.byKind[0].label.toLocaleLowerCase('vi-VN')})`);
    expect(texts).toContain('TM. ỦY BAN NHÂN DÂN');
  });

  it('says in Vietnamese what is wrong: no conference, bad dates, no issuing body, a missing --out', async () => {
    const empty = await cli(
      'export',
      'period-sheets',
      '--db',
      db,
      '--from',
      '2001-01-01',
      '--to',
      '2001-03-31',
      '--out',
      path.join(dir, 'x.xlsx'),
      '--json',
    );
    expect(empty.status).toBe(1);
    expect(failure.parse(JSON.parse(empty.stdout)).error).toEqual({
      code: 'NOT_FOUND',
      message:
        'Không có hội nghị nào trong kỳ (Quý I năm 2001) nên chưa có gì để xuất. Hãy chọn kỳ khác hoặc bỏ bớt điều kiện lọc.',
    });
    const reversed = await cli(
      'export',
      'period-sheets',
      '--db',
      db,
      '--from',
      year.to,
      '--to',
      year.from,
      '--out',
      path.join(dir, 'y.xlsx'),
      '--json',
    );
    expect(failure.parse(JSON.parse(reversed.stdout)).error.message).toMatch(
      /Ngày bắt đầu phải trước hoặc đúng ngày kết thúc/,
    );
    const noDates = await cli('export', 'period-report', '--db', db, '--out', path.join(dir, 'z.docx'));
    expect(noDates.stderr).toMatch(/Thiếu --from YYYY-MM-DD và --to YYYY-MM-DD/);
    const noOut = await cli('export', 'period-report', ...period());
    expect(noOut.stderr).toMatch(/Thiếu --out/);
    const fresh = path.join(dir, 'mới.sqlite');
    const t = await openTestServices(fresh);
    await t.close();
    const noBody = await cli(
      'export',
      'period-report',
      '--db',
      fresh,
      ...period().slice(2),
      '--out',
      path.join(dir, 'w.docx'),
    );
    expect(noBody.stderr).toMatch(/lần xuất đầu tiên hãy ghi --issuing-body/);
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });
});
