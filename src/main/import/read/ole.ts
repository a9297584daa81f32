// Word 97-2003 and Excel 97-2003 files are both OLE containers; only the directory tells them
// apart: a Word document has a "WordDocument" stream and no workbook stream.
import * as XLSX from '@e965/xlsx';

/** The one call used of SheetJS's container reader, which the package exports untyped. */
interface OleReader {
  read(data: Buffer, options: { type: 'buffer' }): { FileIndex: { name: string }[] };
}
const cfb = (XLSX as unknown as { CFB: OleReader }).CFB;

export function isOldWord(bytes: Uint8Array): boolean {
  let names: string[];
  try {
    const container = cfb.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
    names = container.FileIndex.map((entry) => entry.name);
  } catch {
    // A directory that does not read is SheetJS's to refuse, with the spreadsheet's message.
    return false;
  }
  return names.includes('WordDocument') && !names.includes('Workbook') && !names.includes('Book');
}
