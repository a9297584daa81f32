// Reading the parts of a zip container (xlsx, ods) without trusting it: the central
// directory is checked against the caps before anything is inflated, and each part is
// inflated with a hard output limit, so a part that lies about its size still stops there.
import zlib from 'node:zlib';
import { importError, importMessages } from '../errors';
import { importLimits } from '../../../shared/import/import-limits';

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

export interface ZipArchive {
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The inflated bytes of a part, or undefined when the archive has no such part. */
  read(name: string): Buffer | undefined;
}

const endOfCentralDirectory = 0x06054b50;
const centralHeader = 0x02014b50;
const localHeader = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  );
}

function findEnd(buf: Buffer): number {
  // The end record is within the last 64 KiB (its comment is at most 65535 bytes).
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === endOfCentralDirectory) return i;
  }
  throw importError(importMessages.damagedZip);
}

export function openZip(bytes: Uint8Array): ZipArchive {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(buf);
  const count = buf.readUInt16LE(end + 10);
  const directoryOffset = buf.readUInt32LE(end + 16);
  if (count > importLimits.zipEntries) throw importError(importMessages.inflates);
  const entries = new Map<string, Entry>();
  let declared = 0;
  let p = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== centralHeader) throw importError(importMessages.damagedZip);
    const flags = buf.readUInt16LE(p + 8);
    if (flags & 0x1) throw importError(importMessages.encrypted);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const entry: Entry = {
      name: buf.toString('utf8', p + 46, p + 46 + nameLength).replace(/\\/g, '/'),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    };
    declared += entry.size;
    if (declared > importLimits.inflatedBytes) throw importError(importMessages.inflates);
    entries.set(entry.name.toLowerCase(), entry);
    p += 46 + nameLength + extraLength + commentLength;
  }

  let inflated = 0;
  return {
    names: [...entries.values()].map((e) => e.name),
    has: (name) => entries.has(name.toLowerCase()),
    read(name) {
      const entry = entries.get(name.toLowerCase());
      if (!entry) return undefined;
      const at = entry.localHeaderOffset;
      if (at + 30 > buf.length || buf.readUInt32LE(at) !== localHeader) throw importError(importMessages.damagedZip);
      const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
      const data = buf.subarray(start, start + entry.compressedSize);
      if (data.length < entry.compressedSize) throw importError(importMessages.damagedZip);
      let out: Buffer;
      if (entry.method === 0) out = Buffer.from(data);
      else if (entry.method === 8) {
        try {
          // No more than the part says it holds, written into one buffer of that size: a part
          // that lies about its size stops there, and a large one is not copied once more at the end.
          const limit = Math.max(1, Math.min(entry.size, importLimits.inflatedBytes - inflated));
          out = zlib.inflateRawSync(data, { maxOutputLength: limit, chunkSize: Math.max(limit, 64 * 1024) });
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (code === 'ERR_BUFFER_TOO_LARGE' || (error as Error) instanceof RangeError)
            throw importError(importMessages.inflates);
          throw importError(importMessages.damagedZip);
        }
      } else throw importError(importMessages.unreadable);
      inflated += out.length;
      return out;
    },
  };
}
