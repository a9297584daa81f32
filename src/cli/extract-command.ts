// `extract FILE [--json]`: the people named in a saved news item or invitation, as the app
// would take them from pasted text.
import fs from 'node:fs';
import path from 'node:path';
import { extractAttendeesFromText, type ExtractedAttendee } from '../main/import/extract/attendees-from-text';
import { CliError } from './cli-error';
import type { CommandOutput } from './output';

// Notepad on Windows saves "Unicode" as UTF-16LE with a byte order mark; everything else
// arrives as UTF-8, with or without a mark. TextDecoder drops the mark itself.
function decode(bytes: Buffer): string {
  const utf16le = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe;
  return new TextDecoder(utf16le ? 'utf-16le' : 'utf-8').decode(bytes);
}

async function readText(file: string): Promise<string> {
  try {
    return decode(await fs.promises.readFile(file));
  } catch {
    throw new CliError(`Không đọc được tệp "${file}": tệp không tồn tại hoặc không có quyền đọc.`, 'NOT_FOUND');
  }
}

// Only the three fields, in this order; a position the text does not give is null, and the
// bridge point is left out where the text names none.
const asJson = ({ fullName, position, bridgePoint }: ExtractedAttendee) => ({
  fullName,
  position: position ?? null,
  ...(bridgePoint !== undefined && { bridgePoint }),
});

export async function extractCommand(file: string): Promise<CommandOutput> {
  const attendees = extractAttendeesFromText(await readText(file));
  const name = path.basename(file);
  return {
    document: { attendees: attendees.map(asJson) },
    lines:
      attendees.length === 0
        ? [`Không tìm thấy đại biểu nào trong "${name}".`]
        : [
            `Tìm thấy ${attendees.length} đại biểu trong "${name}":`,
            ...attendees.map(
              (a, i) =>
                `  ${i + 1}. ` +
                `${a.fullName}${a.position ? `, ${a.position}` : ''}${a.bridgePoint ? ` — ${a.bridgePoint}` : ''}`,
            ),
          ],
  };
}
