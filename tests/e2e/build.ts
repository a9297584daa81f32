// Builds the app once before the browser tests: the harness serves exactly what Electron loads.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  const root = path.resolve(__dirname, '../..');
  execFileSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'pipe',
    // The whole app (main, preload, renderer): about a minute on the loaded 2-core machine.
    timeout: 300_000,
  });
}
