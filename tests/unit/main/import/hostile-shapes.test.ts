// Files of a few kilobytes shaped to make a reader allocate without end: a row numbered in the
// billions, a merged area over the whole sheet, a line of thirty million commas. Read in the import's
// process, each ends at once, read or refused in Vietnamese: the readers bound their own work, so
// such a file costs neither the heap cap's worth of memory nor the time limit.
import JSZip from 'jszip';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attendeesOf } from '../../../../src/main/import/attendees-of';
import { parseInWorker } from '../../../../src/main/import/run-parse';
import { expectedAttendees, fixturesDir } from '../../../helpers/fixtures';

const listFile = '01-tieu-de-va-nhom-dong.xlsx';

/** Fixture 01 with its sheet's XML changed by `edit`. */
async function withSheet(edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(fixturesDir, listFile)));
  const sheet = 'xl/worksheets/sheet1.xml';
  zip.file(sheet, edit(await zip.file(sheet)!.async('string')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const plainAttendees = (parsed: Awaited<ReturnType<typeof parseInWorker>>) =>
  attendeesOf(parsed).attendees.map(({ sheet: _sheet, row: _row, ...fields }) => fields);

const tooManyRows = 'Tệp có hơn 250.000 dòng, vượt giới hạn một lần nhập. Hãy chia danh sách thành nhiều tệp.';

describe('files shaped to make a reader allocate without end', () => {
  it.each([['9999999'], ['2000000000']])('refuses a row numbered %s', async (number) => {
    const bytes = await withSheet((xml) =>
      xml.replace(
        '</sheetData>',
        `<row r="${number}"><c r="A1" t="inlineStr"><is><t>Nguyễn Văn Xa</t></is></c></row></sheetData>`,
      ),
    );
    await expect(parseInWorker(bytes, listFile, {})).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      message: tooManyRows,
    });
  });

  it('reads the list as it is under a merged area as large as the sheet', async () => {
    const bytes = await withSheet((xml) =>
      xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
    );
    expect(plainAttendees(await parseInWorker(bytes, listFile, {}))).toStrictEqual(expectedAttendees(listFile));
  });

  it('reads the list under thousands of merged areas that would copy a title over every row', async () => {
    const merges = Array.from({ length: 5000 }, (_, i) => `<mergeCell ref="A1:GR${1000 + i}"/>`).join('');
    const bytes = await withSheet((xml) =>
      xml.replace('</sheetData>', `</sheetData><mergeCells count="5000">${merges}</mergeCells>`),
    );
    const parsed = await parseInWorker(bytes, listFile, {});
    expect(parsed.tables.length).toBeGreaterThan(0);
  });

  it('reads a CSV whose line has thirty million commas, up to the columns an import reads', async () => {
    const csv = `Họ và tên,Chức vụ\r\nNguyễn Văn Hùng,Bí thư Đảng ủy xã${','.repeat(30_000_000)}\r\n`;
    const parsed = await parseInWorker(new TextEncoder().encode(csv), 'danh-sach.csv', {});
    expect(plainAttendees(parsed)).toStrictEqual([{ fullName: 'Nguyễn Văn Hùng', position: 'Bí thư Đảng ủy xã' }]);
  });
});
