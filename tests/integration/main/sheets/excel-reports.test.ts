// The Excel reports as a recipient prints them: LibreOffice → PDF → pdftotext. LibreOffice
// computes the formulas itself, so the printed totals are its own. What exceljs reads of the
// same files is checked in tests/unit/main/sheets/excel-reports.test.ts.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withSaveDoor } from '../../../../src/main/host/save-door';
import type { SavedSheets, SheetReport } from '../../../../src/shared/sheets/sheet-calls';
import { convertWithLibreOffice, pdfLines, pdfText } from '../../../helpers/office';
import { openDemoServices, tempDir, type TestServices } from '../../../helpers/services';

let t: TestServices;
let conferenceId: number;
beforeEach(async () => ({ t, conferenceId } = await openDemoServices()));
afterEach(() => t.close());

async function save(report: SheetReport): Promise<string> {
  const file = path.join(tempDir('thu-ky-xlsx-'), `${report}.xlsx`);
  const door = withSaveDoor((n, i) => t.host.call(n, i), {
    choosePath: () => Promise.resolve(file),
    chooseFolder: () => Promise.resolve(null),
  });
  const requestId = randomUUID().replace(/-/g, '');
  const saved = await door('sheets.save', { conferenceId, report, requestId });
  if (!saved.ok) throw new Error(saved.error.message);
  expect((saved.value as SavedSheets).path).toBe(file);
  return file;
}

const printed = (file: string) => pdfText(convertWithLibreOffice(file, 'pdf'), true);

describe('Excel reports of a conference, printed', () => {
  it('prints a text that looks like a formula as the text', async () => {
    const db = new Database(t.dbPath);
    db.prepare(`UPDATE attendees SET position = ?, unit = ? WHERE id = (SELECT min(id) FROM attendees)`).run(
      '=HYPERLINK("http://x.example","Bấm")',
      '@SUM(1+1)',
    );
    db.close();
    // The positions column wraps a long text (the list is narrowed to print at full size):
    // read in reading order, with the lines of a cell joined again.
    const text = pdfText(convertWithLibreOffice(await save('attendees'), 'pdf')).replace(/\s+/g, '');
    expect(text).toContain('=HYPERLINK("http://x.example","Bấm")');
    expect(text).toContain('@SUM(1+1)');
  });

  it('prints the summary with the totals LibreOffice computes from the formulas', async () => {
    const text = printed(await save('summary'));
    expect(text).toMatch(/Tổng cộng\s+50\s+37\s+3\s+4\s+6\s+6/);
    expect(text).toMatch(/Xã, phường, đặc khu\s+4\s+32\s+24\s+/);
    expect(text).toMatch(/Tổng cộng\s+7\s+50\s+37\s+3\s+4\s+6\s+6/);
  });

  it('prints the connection note of a bridge point', async () => {
    const points = await t.call('conferenceBridgePoints.list', { conferenceId });
    await t.call('conferenceBridgePoints.update', {
      id: points[2].id,
      connectionStatus: 'su_co',
      connectionNote: 'Mất tiếng',
    });
    expect(printed(await save('bridgePoints'))).toContain('Mất tiếng');
  });

  it('prints the widest list on landscape A4 at full size: every column on page 1, 12 pt read as 12 pt', async () => {
    const db = new Database(t.dbPath);
    db.prepare(`UPDATE people SET email = ? WHERE id = (SELECT person_id FROM attendees ORDER BY id LIMIT 1)`).run(
      'van.phong.tinh.uy@thainguyen.gov.vn',
    );
    db.close();
    const pdf = convertWithLibreOffice(await save('attendees'), 'pdf');
    const [first] = pdfText(pdf).split('\f');
    const headers = ['TT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Điểm cầu', 'Điện thoại', 'Email', 'Giới tính'];
    for (const header of [...headers, 'Năm sinh', 'Tình trạng', 'Ghi chú']) expect(first).toContain(header);
    const lines = pdfLines(pdf);
    // Landscape: the page is wider than tall.
    expect(Math.max(...lines.map((l) => l.xMax))).toBeGreaterThan(600);
    // Poppler's box of a word is its font's ascent and descent, about 1.1 of the size: a
    // sheet shrunk to fit (60 %) would show 12 pt headers under 8 points tall.
    const tt = lines.flatMap((l) => l.words).find((w) => w.text === 'TT');
    expect(tt?.height).toBeGreaterThanOrEqual(12 * 0.85);
  });

  it('prints the sign-in sheet with its group rows and the column to sign in', async () => {
    const text = printed(await save('signInSheet'));
    expect(text).toContain('III. ĐIỂM CẦU ĐẢNG ỦY UBND TỈNH');
    expect(text).toContain('Ký tên');
  });
});
