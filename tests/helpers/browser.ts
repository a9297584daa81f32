// Debian's Chromium driven by playwright-core (Playwright's own browser download is not
// available here). Flags as the machine notes require: no sandbox as root, no background
// networking (the closed network refuses it), a fresh profile per launch.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Chromium starts in 2–5 s; on a loaded 2-core machine it can take several times that.
    timeout: 60_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=vi-VN',
    ],
  });
}

/**
 * Where the browser tests leave their screenshots and printed pages, to be looked at: beside the
 * build, not in it, since a build swapped in by another test run replaces out/ whole.
 */
export const shotsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-results/e2e');
fs.mkdirSync(shotsDir, { recursive: true });

/**
 * A dialog's own status line: a toast shown while the dialog is open sits inside it too, with
 * the same role and often the same words.
 */
export function ownStatus(dialog: Locator): Locator {
  return dialog.getByRole('status').filter({ hasNot: dialog.page().getByRole('button', { name: 'Đóng thông báo' }) });
}
