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

export interface PdfLine {
  readonly text: string;
  /** Points from the page's top left corner. */
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
  readonly words: readonly PdfWord[];
}

export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly height: number;
}

/**
 * The lines of one page of a PDF as poppler lays them out, with where each sits on the page:
 * how long a printed line is (to hold a rule against it) and how tall its letters are (the
 * scale a sheet printed at).
 */
export function pdfLines(pdf: string, page = 1): PdfLine[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
    timeout: popplerTimeoutMs,
  });
  const box = (attributes: string) => {
    const value = (name: string) => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(attributes)?.[1]);
    return { xMin: value('xMin'), xMax: value('xMax'), yMin: value('yMin'), yMax: value('yMax') };
  };
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [...html.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map((line) => {
    const words = [...line[2].matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((w) => {
      const b = box(w[1]);
      return { text: unescape(w[2]), xMin: b.xMin, xMax: b.xMax, height: b.yMax - b.yMin };
    });
    return { ...box(line[1]), text: words.map((w) => w.text).join(' '), words };
  });
}

/**
 * Where `phrase` is printed on one line (its words one after another), from the start of its
 * first word to the end of its last, in points; null when no line has it.
 */
export function phraseSpan(lines: readonly PdfLine[], phrase: string): { xMin: number; xMax: number } | null {
  const wanted = phrase.split(' ');
  for (const { words } of lines)
    for (let i = 0; i + wanted.length <= words.length; i++)
      if (wanted.every((w, j) => words[i + j].text === w))
        return { xMin: words[i].xMin, xMax: words[i + wanted.length - 1].xMax };
  return null;
}
