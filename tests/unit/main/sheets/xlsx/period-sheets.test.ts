// The period's workbook built from figures written by hand (tests/helpers/period-figures.ts)
// and read back with exceljs as a recipient's spreadsheet reads it: a sheet per table, titled
// with the period, print-ready, totals as SUM formulas and rates as row-wise formulas, each
// with its value stored.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { periodSheetNames, writePeriodBook } from '../../../../../src/main/sheets/xlsx/period-sheets';
import type { PeriodFigures } from '../../../../../src/shared/statistics/statistics-types';
import { handFigures } from '../../../../helpers/period-figures';
import { tempDir } from '../../../../helpers/services';

const madeOn = new Date(2026, 3, 3, 9, 30);

async function written(figures: PeriodFigures): Promise<{ file: string; book: ExcelJS.Workbook }> {
  const file = path.join(tempDir('thu-ky-period-xlsx-'), 'Thong-ke.xlsx');
  expect(await writePeriodBook(file, figures, madeOn)).toBe(figures.conferences.length);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return { file, book };
}

const formula = (sheet: ExcelJS.Worksheet, address: string) => sheet.getCell(address).value;

let file: string;
let book: ExcelJS.Workbook;
beforeAll(async () => ({ file, book } = await written(handFigures)));

describe("the period's workbook", () => {
  it('has a sheet per table, each titled with the period and print-ready on A4', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual([...periodSheetNames]);
    for (const sheet of book.worksheets) {
      expect(sheet.getCell('A1').value).toBe('TÌNH HÌNH TỔ CHỨC HỘI NGHỊ TRỰC TUYẾN');
      expect(sheet.getCell('A3').value).toBe('Quý I năm 2026');
      expect(sheet.getCell('A4').value).toBe('Lập ngày 03/04/2026');
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '6:6',
      });
      expect(sheet.headerFooter.oddFooter).toContain('Trang &P/&N');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
      expect(sheet.getCell('A6').value).toBe('TT');
    }
    expect(book.getWorksheet('Theo loại')!.getCell('A2').value).toBe('Số hội nghị theo loại');
    expect(book.getWorksheet('Vắng nhiều lần')!.getCell('A2').value).toBe('Đại biểu vắng từ 2 hội nghị trở lên');
  });

  it('adds up each table with SUM formulas and gives each row its rate as a formula, in per cent', () => {
    const byKind = book.getWorksheet('Theo loại')!;
    expect(byKind.getRow(7).values).toEqual([
      undefined,
      1,
      'Giao ban',
      2,
      6,
      5,
      20,
      14,
      { formula: 'IF(F7=0,"",G7/F7)', result: 0.7 },
    ]);
    expect(byKind.getCell('B9').value).toBe('Tổng cộng');
    expect(formula(byKind, 'C9')).toEqual({ formula: 'SUM(C7:C8)', result: 3 });
    expect(formula(byKind, 'G9')).toEqual({ formula: 'SUM(G7:G8)', result: 19 });
    expect(formula(byKind, 'H9')).toEqual({ formula: 'IF(F9=0,"",G9/F9)', result: 0.76 });
    expect(byKind.getCell('H7').numFmt).toBe('0.0%');
    expect(byKind.getCell('C7').numFmt).toBe('#,##0');

    const conferences = book.getWorksheet('Hội nghị')!;
    expect(conferences.getCell('B8').value).toBe('12/02/2026');
    expect(conferences.getCell('E9').value).toBe('Ủy ban nhân dân tỉnh Thái Nguyên');
    expect(conferences.getCell('F6').value).toBe('Tham dự tại điểm cầu');
    expect(conferences.getCell('F9').value).toBe('Điểm cầu Tỉnh ủy Thái Nguyên');
    expect(conferences.getCell('F7').value).toBeNull();
    expect(formula(conferences, 'G10')).toEqual({ formula: 'SUM(G7:G9)', result: 8 });
    expect(formula(conferences, 'O10')).toEqual({ formula: 'SUM(O7:O9)', result: 1 });
    expect(formula(conferences, 'P8')).toEqual({ formula: 'IF(J8=0,"",K8/J8)', result: 0.6 });

    const points = book.getWorksheet('Điểm cầu')!;
    expect(points.getRow(7).values).toEqual([
      undefined,
      1,
      'Điểm cầu Đảng ủy xã Đại Từ',
      'Xã, phường, đặc khu',
      2,
      1,
      2,
      8,
      4,
      0,
      1,
      2,
      1,
      { formula: 'IF(G7=0,"",H7/G7)', result: 0.5 },
    ]);
    expect(formula(points, 'G10')).toEqual({ formula: 'SUM(G7:G9)', result: 25 });

    const units = book.getWorksheet('Đơn vị')!;
    expect(formula(units, 'J7')).toEqual({ formula: 'IF(D7=0,"",E7/D7)', result: 0.25 });

    const problems = book.getWorksheet('Sự cố kết nối')!;
    expect(problems.getRow(7).values).toEqual([
      undefined,
      1,
      'Điểm cầu Đảng ủy xã Đại Từ',
      2,
      2,
      3,
      '12/02/2026',
      'Mất tiếng',
    ]);

    const absentees = book.getWorksheet('Vắng nhiều lần')!;
    expect(absentees.getCell('B7').value).toBe('Nguyễn Văn Bình');
    expect(formula(absentees, 'J7')).toEqual({ formula: 'IF(E7=0,"",G7/E7)', result: 1 });
    // One person per line and no totals under them.
    expect(absentees.getCell('B8').value).toBeNull();
  });

  it('gives the summary its shares as formulas over the lines they are shares of', () => {
    const summary = book.getWorksheet('Tổng hợp')!;
    const lines = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18].map((r) => [
      summary.getCell(`B${r}`).value,
      summary.getCell(`C${r}`).value,
    ]);
    expect(lines).toEqual([
      ['Số hội nghị', 3],
      ['Số điểm cầu (khác nhau)', 3],
      ['Lượt điểm cầu kết nối', 8],
      ['Lượt điểm cầu tham gia', 7],
      ['Lượt điểm cầu gặp sự cố kết nối', 2],
      ['Đại biểu được triệu tập', 25],
      ['Đại biểu có mặt', 19],
      ['Trong đó đến muộn', 1],
      ['Đại biểu vắng', 5],
      ['Vắng có lý do', 2],
      ['Vắng không lý do', 3],
      ['Chưa điểm danh', 1],
    ]);
    expect(formula(summary, 'D10')).toEqual({ formula: 'IF(C9=0,"",C10/C9)', result: 0.875 });
    expect(formula(summary, 'D13')).toEqual({ formula: 'IF(C12=0,"",C13/C12)', result: 0.76 });
    expect(summary.getCell('D7').value).toBeNull();
  });

  it('stores every formula with its value, an empty text where the divisor is 0', async () => {
    const quiet = {
      ...handFigures,
      byMonth: [
        ...handFigures.byMonth,
        { month: '2026-04', conferences: 0, points: 0, takingPart: 0, invited: 0, present: 0 },
      ],
    };
    const { file: other, book: read } = await written(quiet);
    const months = read.getWorksheet('Theo tháng')!;
    expect(months.getCell('B10').value).toBe('Tháng 04/2026');
    const zip = await JSZip.loadAsync(fs.readFileSync(other));
    const xml = await zip.file('xl/worksheets/sheet4.xml')!.async('string');
    // exceljs reads an empty result back as none: the file itself holds it, as a text.
    expect(xml).toMatch(/<c r="H10" s="\d+" t="str"><f>IF\(F10=0,&quot;&quot;,G10\/F10\)<\/f><v><\/v><\/c>/);
    // Every formula has its stored value, so the file reads right before any recalculation.
    expect(xml.match(/<f>/g)!.length).toBe(xml.match(/<\/f><v>[^<]*<\/v>/g)!.length);
    expect(fs.statSync(file).size).toBeGreaterThan(0);
  });
});
