// The app as a secretary opens it for the browser tests: a real database holding the demo
// conference (and whatever `prepare` adds), the built harness in a process of its own, and a
// Chromium page on it that records any error the page reports.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startHarnessProcess, type RunningHarness } from './harness-process';
import { openTestServices, tempDir, type TestServices } from './services';

export interface DemoApp {
  readonly dbPath: string;
  readonly conferenceId: number;
  readonly harness: RunningHarness;
  readonly browser: Browser;
  readonly page: Page;
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export async function openDemoApp(name: string, prepare?: (services: TestServices) => Promise<void>): Promise<DemoApp> {
  const dbPath = path.join(tempDir(`thu-ky-e2e-${name}-`), `${name}.sqlite`);
  const services = await openTestServices(dbPath);
  const { conferenceId } = await services.call('demo.create', {});
  await prepare?.(services);
  await services.close();
  const harness = await startHarnessProcess(dbPath);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  const pageErrors: string[] = [];
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  await page.goto(harness.url);
  await page.locator('.conference-link').first().waitFor();
  return {
    dbPath,
    conferenceId,
    harness,
    browser,
    page,
    pageErrors,
    async close() {
      await browser.close();
      await harness.stop();
    },
  };
}
