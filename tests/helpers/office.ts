// LibreOffice (Debian's libreoffice-writer-nogui) run headless on a file, as a secretary's
// office suite would read it. Each run gets its own profile, so runs never share state.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './services';

/** Converts `file` with `soffice --convert-to`, returning the path of the converted file. */
export function convertWithLibreOffice(file: string, format: string, inputFilter?: string): string {
  const outDir = tempDir('thu-ky-office-');
  const profile = `file://${tempDir('thu-ky-office-profile-')}`;
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      ...(inputFilter ? [`--infilter=${inputFilter}`] : []),
      '--convert-to',
      format,
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const converted = path.join(outDir, `${path.parse(file).name}.${format.split(':')[0]}`);
  if (!fs.existsSync(converted)) throw new Error(`LibreOffice did not convert ${file} to ${format}`);
  return converted;
}
