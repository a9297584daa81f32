// Hostile files shared by the tests and the bench: small on disk, slow or large to read.
import JSZip from 'jszip';
import * as XLSX from '@e965/xlsx';

const zipped = (zip: JSZip) =>
  zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });

/** A minimal .xlsx of one sheet: its sheetData's inside, and its shared strings' items if any. */
export function xlsxWith(sheetData: string, sharedStrings?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file(
    'xl/workbook.xml',
    '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
      '<sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://x/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
  );
  zip.file('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${sheetData}</sheetData></worksheet>`);
  if (sharedStrings !== undefined) zip.file('xl/sharedStrings.xml', `<sst>${sharedStrings}</sst>`);
  return zipped(zip);
}

/**
 * A slow hostile file: a comment sends its parts to the general XML reader, and 600,000 shared
 * strings, within the limits, are read before the file turns out to hold no list (refused as
 * having no name column). About 2 s of reading.
 */
export function slowHostileXlsx(): Promise<Uint8Array> {
  const strings = Array.from({ length: 600_000 }, (_, i) => `<si><t>Nguyễn Văn ${i}</t></si>`);
  return xlsxWith('<row r="1"><c t="s"><v>0</v></c></row>', `<!---->${strings.join('')}`);
}

/** A small .ods list whose content.xml gets `extraRows` after its first row. */
export async function odsWith(extraRows: string): Promise<Uint8Array> {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['Họ và tên', 'Chức vụ'],
      ['Nguyễn Văn Hùng', 'Bí thư'],
    ]),
    'Danh sách',
  );
  const zip = await JSZip.loadAsync(XLSX.write(book, { type: 'array', bookType: 'ods' }) as ArrayBuffer);
  const content = await zip.file('content.xml')!.async('string');
  zip.file('content.xml', content.replace(/(<table:table-row[^>]*>[\s\S]*?<\/table:table-row>)/, `$1${extraRows}`));
  return zipped(zip);
}

/**
 * The zip with the size its central directory declares for `part` changed to `size`: a part
 * that inflates to more than it says.
 */
export function withDeclaredSize(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const buf = Buffer.from(bytes);
  const name = Buffer.from(part);
  for (
    let p = buf.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    p >= 0;
    p = buf.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), p + 4)
  ) {
    const nameLength = buf.readUInt16LE(p + 28);
    if (buf.subarray(p + 46, p + 46 + nameLength).equals(name)) buf.writeUInt32LE(size, p + 24);
  }
  return new Uint8Array(buf);
}
