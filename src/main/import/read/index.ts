// Which reader a file needs, decided by its bytes, not its name (offices rename files).
import { importError, importMessages } from '../errors';
import { importLimits } from '../../../shared/import/import-limits';
import type { RawSheet } from '../sheet';
import { readCsv } from './csv';
import { readDocx } from './docx';
import { checkBiffRecords } from './biff-records';
import { checkOdsRepeats } from './ods';
import { openOle } from './ole';
import { readWithSheetJs } from './sheetjs';
import { readXlsx } from './xlsx';
import { isZip, openZip } from './zip';

const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function describeBinary(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head.startsWith('%PDF')) return 'tệp PDF';
  if (head.startsWith('\x89PNG') || head.startsWith('\xff\xd8\xff') || head.startsWith('GIF8')) return 'tệp ảnh';
  if (head.startsWith('Rar!') || head.startsWith('7z\xbc\xaf')) return 'tệp nén';
  if (head.startsWith('MZ')) return 'tệp chương trình';
  return null;
}

export function readSheets(bytes: Uint8Array, fileName: string): RawSheet[] {
  if (bytes.length > importLimits.fileBytes)
    throw importError(importMessages.tooBig(Math.round(bytes.length / 1024 / 1024)));
  if (bytes.length === 0) throw importError(importMessages.empty);
  const baseName = fileName.replace(/\.[^.]*$/, '');
  if (isZip(bytes)) {
    const zip = openZip(bytes);
    if (zip.has('xl/workbook.xml')) return readXlsx(zip);
    if (zip.has('content.xml') && zip.read('mimetype')?.toString('latin1').includes('opendocument.spreadsheet')) {
      // SheetJS inflates the parts itself, without caps: each is first inflated here, where a
      // part that holds more than it declares, or parts of more than the cap in all, are refused.
      const content = zip.read('content.xml')!;
      for (const name of zip.names) if (name.toLowerCase() !== 'content.xml') zip.read(name);
      checkOdsRepeats(content);
      return readWithSheetJs(bytes);
    }
    if (zip.has('word/document.xml')) return readDocx(zip, baseName);
    if (zip.has('ppt/presentation.xml')) throw importError(importMessages.notSpreadsheet('tệp PowerPoint'));
    throw importError(importMessages.notSpreadsheet('tệp nén ZIP'));
  }
  if (startsWith(bytes, ole)) {
    const container = openOle(bytes);
    if (container?.isOldWord) throw importError(importMessages.oldWord);
    if (container?.damaged) throw importError(importMessages.damagedZip);
    if (container?.workbook) checkBiffRecords(container.workbook);
    return readWithSheetJs(bytes, container?.workbook);
  }
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '{\\rtf') throw importError(importMessages.rtf);
  const binary = describeBinary(bytes);
  if (binary) throw importError(importMessages.notSpreadsheet(binary));
  return readCsv(bytes, baseName);
}
