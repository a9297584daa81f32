// `npx tsx scripts/readme-screenshot.ts`: the README's picture of the main screen, taken
// from the built app (run `npm run build` first) with the demo conference in a fresh database.
import path from 'node:path';
import { launchBrowser } from '../tests/helpers/browser';
import { startHarnessProcess } from '../tests/helpers/harness-process';
import { openTestServices, tempDir } from '../tests/helpers/services';

const target = path.resolve(import.meta.dirname, '../resources/readme/main-screen.png');
const dbPath = path.join(tempDir('thu-ky-readme-'), 'demo.sqlite');
const services = await openTestServices(dbPath);
await services.call('demo.create', {});
await services.close();

const harness = await startHarnessProcess(dbPath);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1360, height: 760 }, deviceScaleFactor: 1 });
await page.goto(harness.url);
await page.locator('.conference-link').first().click();
await page.getByRole('tab', { name: 'Đại biểu' }).click();
await page.locator('[role=grid] [role=row][aria-rowindex="3"] [data-column="fullName"]').click();
await page.waitForTimeout(300);
await page.screenshot({ path: target });
await browser.close();
await harness.stop();
console.log(`Đã lưu ${target}`);
