// Word 97-2003 and Excel 97-2003 files are both OLE containers; only the directory tells them
// apart: a Word document has a "WordDocument" stream and no workbook stream. The container is
// opened once, for that and for the workbook stream whose records give the cells' fonts.
import * as XLSX from '@e965/xlsx';

/** The calls used of SheetJS's container reader, which the package exports untyped. */
interface OleReader {
  read(data: Buffer, options: { type: 'buffer' }): { FileIndex: OleEntry[] };
}
/** A damaged sector chain leaves `content` an empty plain array while `size` still declares the stream. */
interface OleEntry {
  name: string;
  size: number;
  content?: Uint8Array | number[];
}
const cfb = (XLSX as unknown as { CFB: OleReader }).CFB;

export interface OleContainer {
  readonly isOldWord: boolean;
  /** The BIFF8 "Workbook" stream ("Book", Excel 95, lays its records out otherwise). */
  readonly workbook?: Uint8Array;
  /** A workbook stream whose sectors do not hold what its directory entry declares. */
  readonly damaged: boolean;
}

/** Null where the directory does not read: SheetJS's to refuse then, with the spreadsheet's message. */
export function openOle(bytes: Uint8Array): OleContainer | null {
  let entries: OleEntry[];
  try {
    entries = cfb.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' }).FileIndex;
  } catch {
    return null;
  }
  const named = (name: string) => entries.find((entry) => entry.name === name);
  const workbook = named('Workbook');
  const content = workbook?.content;
  const whole = content instanceof Uint8Array && content.length >= workbook!.size;
  return {
    isOldWord: named('WordDocument') !== undefined && !workbook && !named('Book'),
    workbook: whole ? content : undefined,
    damaged: workbook !== undefined && !whole,
  };
}
