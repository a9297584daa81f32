// The CLI as a user runs it: the package's bin (`npx thu-ky …` is `node bin/thu-ky.mjs …`) in a
// process of its own, and its `--json` output parsed whole.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const root = path.resolve(__dirname, '../..');
const pkg = z
  .object({ bin: z.object({ 'thu-ky': z.string() }) })
  .parse(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')));
const bin = path.join(root, pkg.bin['thu-ky']);

export interface Run {
  /** The exit code; null when the process was killed (by the timeout). */
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program to its end: tsx compiles the CLI on each start, a few seconds on a loaded machine. */
export function run(file: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: root, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      resolve({ status, stdout, stderr });
    });
  });
}

export const cli = (...args: string[]) => run(process.execPath, [bin, ...args]);

/** The whole of stdout as one JSON document of the given shape. */
export function document<T>(result: Run, shape: z.ZodType<T>): T {
  return shape.parse(JSON.parse(result.stdout));
}

export const errorDocument = z.strictObject({ error: z.strictObject({ code: z.string(), message: z.string() }) });
