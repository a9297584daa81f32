// Builds the app once before the browser tests: the harness serves exactly what Electron loads.
// The build goes to a folder of its own and is then swapped in for out/, so a second test run
// on the same checkout (two suites at once, as a load test does) never serves a half-emptied
// out/ to a page that is loading a chunk.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export default function setup(): void {
  const root = path.resolve(__dirname, '../..');
  const out = path.join(root, 'out');
  const next = path.join(root, `out.building-${process.pid}`);
  const old = path.join(root, `out.replaced-${process.pid}`);
  try {
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', next],
      {
        cwd: root,
        stdio: 'pipe',
        // The whole app (main, preload, renderer): about a minute on the loaded 2-core machine.
        timeout: 300_000,
      },
    );
    if (fs.existsSync(out)) fs.renameSync(out, old);
    fs.renameSync(next, out);
  } finally {
    fs.rmSync(next, { recursive: true, force: true });
    fs.rmSync(old, { recursive: true, force: true });
  }
}
