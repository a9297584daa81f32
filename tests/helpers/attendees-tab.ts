// The import tests' starting point: a demo database served by the harness, Chromium open on the
// first conference's Đại biểu tab, and a read of what the database holds afterwards.
import Database from 'better-sqlite3';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startHarnessProcess, type RunningHarness } from './harness-process';
import { openTestServices, tempDir } from './services';

export interface AttendeesTab {
  readonly page: Page;
  /** Rows of a query on the database as the harness left it. */
  stored<T>(sql: string): T[];
  /** The count the tab shows ("50 đại biểu …"). */
  totalAttendees(): Promise<number>;
  close(): Promise<void>;
}

export async function openAttendeesTab(prefix: string): Promise<AttendeesTab> {
  const dbPath = path.join(tempDir(prefix), 'import.sqlite');
  const services = await openTestServices(dbPath);
  await services.call('demo.create', {});
  await services.close();
  let harness: RunningHarness | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await harness?.stop();
  };
  try {
    harness = await startHarnessProcess(dbPath);
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.setDefaultTimeout(15_000);
    await page.goto(harness.url);
    await page.locator('.conference-link').first().click();
    await page.getByRole('tab', { name: 'Đại biểu' }).click();
    return {
      page,
      stored<T>(sql: string): T[] {
        const db = new Database(dbPath, { readonly: true });
        try {
          return db.prepare(sql).all() as T[];
        } finally {
          db.close();
        }
      },
      totalAttendees: async () =>
        Number((await page.locator('p.hint').innerText()).match(/^([\d.]+) đại biểu/)?.[1].replace(/\./g, '')),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
