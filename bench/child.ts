// One side of a bench in a process of its own, so that its peak memory is its own: runs
// `tsx bench/<script> ...args` and reads the JSON line it prints last.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface SideOutcome {
  readonly seconds: number;
  readonly bytes: number;
  readonly peakMb: number;
}

export function runSide<T extends SideOutcome>(script: string, ...args: (string | number)[]): T {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'bench', script), ...args.map(String)],
    { cwd: root, encoding: 'utf8' },
  );
  return JSON.parse(output.trim().split('\n').pop()!) as T;
}
