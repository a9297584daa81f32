// Hostile files shared by the tests and the bench: small on disk, slow or large to read.
import JSZip from 'jszip';
import { importLimits } from '../../src/shared/import-limits';

/** An .xlsx whose shared strings are one more than an import reads: read to the end, then refused. */
export async function slowHostileXlsx(): Promise<Uint8Array> {
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
  zip.file(
    'xl/worksheets/sheet1.xml',
    '<worksheet><sheetData><row r="1"><c t="s"><v>0</v></c></row></sheetData></worksheet>',
  );
  const strings = Array.from({ length: importLimits.sharedStrings + 1 }, (_, i) => `<si><t>Nguyễn Văn ${i}</t></si>`);
  zip.file('xl/sharedStrings.xml', `<sst>${strings.join('')}</sst>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}
