// The attendee list as CSV (UTF-8 with a BOM, so Excel on Vietnamese Windows reads the
// letters right), for systems that take CSV: the same columns as the Excel list, no title.
// A text that begins like a formula gets an apostrophe (formula-guard.ts); the import takes
// it off again, so the list comes back unchanged.
import fs from 'node:fs';
import { once } from 'node:events';
import { defuseFormula } from '../../shared/text/formula-guard';
import { xmlSafe } from '../files/xml-safe';
import { attendeeColumn, listFields, rowValues, type AttendeeSource } from './xlsx/attendee-book';
import type { SheetValue } from './xlsx/report-sheet';
import { checkpoint, type Work } from './xlsx/work';

/** One CSV field, quoted when it must be. Control characters go, as in the other files. */
export function csvField(value: SheetValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return String(value.result);
  const text = defuseFormula(xmlSafe(value));
  return /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function writeAttendeeCsv(file: string, source: AttendeeSource, work: Work): Promise<number> {
  const fields = listFields(source.shape, 'oneSheet');
  const { total } = source;
  const values = rowValues(fields);
  const out = fs.createWriteStream(file, { flags: 'wx' });
  const failed = new Promise<never>((_resolve, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  const write = async (line: string) => {
    if (!out.write(`${line}\r\n`)) await Promise.race([once(out, 'drain'), failed]);
  };
  try {
    await write(`\ufeff${fields.map((f) => csvField(attendeeColumn(f, source.shape).header)).join(',')}`);
    let done = 0;
    for (const point of source.points) {
      for (const a of source.rowsAt(point.id)) {
        done++;
        await write(values(a, done, point.name).map(csvField).join(','));
        await checkpoint(work, done, total);
      }
    }
    return done;
  } finally {
    out.end();
    await Promise.race([once(out, 'close'), failed]).catch(() => undefined);
  }
}
