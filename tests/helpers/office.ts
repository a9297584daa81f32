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

/** Poppler on a PDF: seconds for the few pages of a document, more on a loaded machine. */
const popplerTimeoutMs = 60_000;

/** The text of a PDF as pdftotext reads it; with `layout`, each printed row reads across. */
export function pdfText(pdf: string, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], {
    encoding: 'utf8',
    timeout: popplerTimeoutMs,
  });
}

/** The first page of a PDF as a PNG at 60 dpi, `<prefix>-1.png`, to look at. */
export function firstPageImage(pdf: string, prefix: string): void {
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', pdf, prefix], { timeout: popplerTimeoutMs });
}
