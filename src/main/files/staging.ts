// Excel files stream out of the database inside the services' worker, and the page never
// names a path: they are written into a private staging folder first, and the door moves the
// finished files to where the secretary chose (write-file.ts, placeFileAtomic). Each output
// has a folder of its own, named by a random token.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors';

const root = path.join(os.tmpdir(), 'thu-ky-hoi-nghi-xuat');
const token = /^[a-f0-9]{16}$/;
/** Left-over folders (a crash between writing and saving) are removed after this long. */
const keepMs = 6 * 60 * 60 * 1000;

export async function newStaging(): Promise<{ token: string; dir: string }> {
  const name = randomBytes(8).toString('hex');
  const dir = path.join(root, name);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  return { token: name, dir };
}

export function stagingDir(name: string): string {
  if (!token.test(name)) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp vừa chuẩn bị; hãy xuất lại.');
  return path.join(root, name);
}

/** Removes an output's folder; one that cannot go yet (a file still held open) is left to the sweep. */
export async function removeStaging(name: string): Promise<void> {
  await fs.rm(stagingDir(name), { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
}

/** Never fails: a folder that cannot be removed now is tried again at the next start. */
export async function sweepStaging(now = Date.now()): Promise<void> {
  const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isDirectory() || !token.test(entry.name)) continue;
    const dir = path.join(root, entry.name);
    const stat = await fs.stat(dir).catch(() => null);
    if (stat && now - stat.mtimeMs > keepMs) await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
