// CSV as Excel saves it on Vietnamese Windows: "CSV UTF-8" (with a BOM), plain "CSV" in code
// page 1258 (letters followed by combining tone marks), or UTF-16 "Unicode text"; separated
// by commas, semicolons (regional settings) or tabs; fields in quotes with "" for a quote.
import iconv from 'iconv-lite';
import { importError, importMessages } from '../errors';
import { importLimits } from '../../../shared/import/import-limits';
import { restoreDefused } from '../../../shared/text/formula-guard';
import { readBudget, type RawCell, type RawSheet, type ReadBudget } from '../sheet';

export function decodeText(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.toString('utf8', 3);
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf16be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    // Not UTF-8: the ANSI code page of a Vietnamese Windows.
    return iconv.decode(buf, 'windows1258');
  }
}

// Fields are cut out of the text in slices, never grown a character at a time: a field of
// thirty million characters (one line without the separator tried) must cost one slice of it,
// not thirty million strings. Fields further right than an import reads are dropped as they
// come, so a line of a million commas does not become a million fields.
function splitRecords(text: string, separator: string, budget: ReadBudget): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  // What a quoted field has so far, and where the run of text not yet taken into it starts.
  let field = '';
  let start = 0;
  let quoted = false;
  let atStart = true;
  // Longer than a cell of Excel holds: a quote opened and never closed swallowed the lines after it.
  const checkLength = (length: number) => {
    if (length > importLimits.cellChars) throw importError(importMessages.fieldTooLong(records.length + 1));
  };
  const take = (value: string) => {
    checkLength(value.length);
    if (record.length >= importLimits.columns) return;
    if (value !== '') budget.cell();
    record.push(value);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        checkLength(field.length + i - start);
        field += text.slice(start, i);
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
        start = i + 1;
      }
      continue;
    }
    if (ch === '"' && atStart) {
      quoted = true;
      atStart = false;
      start = i + 1;
    } else if (ch === separator) {
      take(field + text.slice(start, i));
      field = '';
      start = i + 1;
      atStart = true;
    } else if (ch === '\n' || ch === '\r') {
      take(field + text.slice(start, i));
      if (ch === '\r' && text[i + 1] === '\n') i++;
      records.push(record);
      if (records.length > importLimits.rows) throw importError(importMessages.tooManyRows(importLimits.rows));
      record = [];
      field = '';
      start = i + 1;
      atStart = true;
    } else atStart = false;
  }
  const last = field + text.slice(start);
  if (last !== '' || record.length > 0) {
    take(last);
    records.push(record);
  }
  return records;
}

// The lines the separator is told from: the first 30 with text, within the file's first 256 KB.
const sampleChars = 256 * 1024;

/** The separator that splits the first lines into the same number of fields most often. */
function detectSeparator(text: string): string {
  const head = text.slice(0, sampleChars);
  const lines = head.split(/\r?\n/);
  if (head.length < text.length && lines.length > 1) lines.pop();
  const sample = lines.filter((l) => l.trim() !== '').slice(0, 30);
  let best = ',';
  let bestScore = -1;
  for (const separator of [',', ';', '\t', '|']) {
    // A separator that makes a field longer than a cell is not this file's.
    const counts = sample.map((line) => {
      try {
        return splitRecords(line, separator, readBudget())[0]?.length ?? 1;
      } catch {
        return -1;
      }
    });
    if (counts.includes(-1)) continue;
    const widest = Math.max(...counts, 1);
    if (widest < 2) continue;
    const consistent = counts.filter((c) => c === widest).length;
    const score = consistent * widest;
    if (score > bestScore) {
      best = separator;
      bestScore = score;
    }
  }
  return best;
}

export function readCsv(bytes: Uint8Array, name: string): RawSheet[] {
  const text = decodeText(bytes);
  if (text.includes('\u0000')) throw importError(importMessages.notSpreadsheet('tệp nhị phân'));
  const records = splitRecords(text, detectSeparator(text), readBudget());
  const rows = records.map((r) =>
    r.map((t): RawCell | undefined => (t === '' ? undefined : { text: restoreDefused(t) })),
  );
  return [{ name, hidden: false, rows, merges: [] }];
}
