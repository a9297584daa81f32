// CSV as Excel saves it on Vietnamese Windows: "CSV UTF-8" (with a BOM), plain "CSV" in code
// page 1258 (letters followed by combining tone marks), or UTF-16 "Unicode text"; separated
// by commas, semicolons (regional settings) or tabs; fields in quotes with "" for a quote.
import iconv from 'iconv-lite';
import { importError, importMessages } from '../errors';
import { importLimits } from '../../../shared/import-limits';
import { restoreDefused } from '../../../shared/text/formula-guard';
import type { RawCell, RawSheet } from '../sheet';

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

function splitRecords(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (ch === separator) {
      record.push(field);
      field = '';
      atStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      if (records.length > importLimits.rows) throw importError(importMessages.tooManyRows(importLimits.rows));
      record = [];
      field = '';
      atStart = true;
    } else {
      field += ch;
      atStart = false;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** The separator that splits the first lines into the same number of fields most often. */
function detectSeparator(text: string): string {
  const sample = text
    .split(/\r?\n/)
    .slice(0, 30)
    .filter((l) => l.trim() !== '');
  let best = ',';
  let bestScore = -1;
  for (const separator of [',', ';', '\t', '|']) {
    const counts = sample.map((line) => splitRecords(line, separator)[0]?.length ?? 1);
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
  const records = splitRecords(text, detectSeparator(text));
  const rows = records.map((r) =>
    r
      .slice(0, importLimits.columns)
      .map((t): RawCell | undefined => (t === '' ? undefined : { text: restoreDefused(t) })),
  );
  return [{ name, hidden: false, rows, merges: [] }];
}
