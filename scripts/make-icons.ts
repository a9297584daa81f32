// Makes the app's icons from resources/icon.svg with Chromium: icon.png (512 px) and icon.ico
// (16, 32, 48 and 256 px, stored as PNG, which Windows reads since Vista) for the installer.
// Run: node --import tsx scripts/make-icons.ts
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser';

const svg = fs.readFileSync('resources/icon.svg', 'utf8');
const icoSizes = [16, 32, 48, 256];

async function render(browser: Browser, size: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const sized = svg.replace('<svg', `<svg width="${size}" height="${size}"`);
  await page.setContent(`<html><body ` + `style="margin:0;background:transparent">${sized}</body></html>`);
  const png = await page.screenshot({ omitBackground: true });
  await page.close();
  return png;
}

function ico(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    // 0 stands for 256 in the one-byte width and height.
    entry.writeUInt8(size % 256, 0);
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

const browser = await launchBrowser();
try {
  fs.writeFileSync('resources/icon.png', await render(browser, 512));
  const images = [];
  for (const size of icoSizes) images.push({ size, png: await render(browser, size) });
  fs.writeFileSync('resources/icon.ico', ico(images));
} finally {
  await browser.close();
}
console.log('resources/icon.png, resources/icon.ico');
