// Word 97-2003 and Excel 97-2003 files are both OLE containers; only the directory tells them
// apart: a Word document has a "WordDocument" stream and no workbook stream.
import { CFB } from '@e965/xlsx';

export function isOldWord(bytes: Uint8Array): boolean {
  let names: string[];
  try {
    names = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' }).FileIndex.map(
      (entry) => entry.name,
    );
  } catch {
    // A directory that does not read is SheetJS's to refuse, with the spreadsheet's message.
    return false;
  }
  return names.includes('WordDocument') && !names.includes('Workbook') && !names.includes('Book');
}
