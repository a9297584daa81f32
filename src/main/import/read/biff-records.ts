// An Excel 97-2003 workbook stream is a chain of records, each with its type and length. A
// damaged length (one byte changed) sends SheetJS reading one string without end until the
// reading process runs out of memory, 5 s later. The chain is walked first: every record must
// fit the stream and BIFF8's largest record, and the cell records that have one fixed size must
// have it; a file whose records do not add up is refused as damaged at once.
import { importError, importMessages } from '../errors';

// BIFF8: no record holds more data than this (longer data goes on in CONTINUE records).
const largestRecord = 8224;

const fixedLengths = new Map<number, number>([
  [0x00fd, 10], // LABELSST: row, column, format, string index
  [0x0203, 14], // NUMBER
  [0x027e, 10], // RK
  [0x0201, 6], // BLANK
  [0x0205, 8], // BOOLERR
  [0x0208, 16], // ROW
]);

export function checkBiffRecords(stream: Uint8Array): void {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  for (let at = 0; at + 4 <= stream.length;) {
    const type = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    // Zeros after the last EOF are the container's padding.
    if (type === 0 && length === 0) return;
    const fixed = fixedLengths.get(type);
    if (length > largestRecord || at + 4 + length > stream.length || (fixed !== undefined && length !== fixed))
      throw importError(importMessages.damagedZip);
    at += 4 + length;
  }
}
