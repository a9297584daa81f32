// The roll call's search follows the points' names: a point renamed while the roll call is open
// (from another tab of the browser fallback) is found by its new name as soon as the screen
// holds it, and no longer by the old one.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shotsDir } from '../helpers/browser';
import { openDemoApp, type DemoApp } from '../helpers/demo-app';
import { callHarness } from '../helpers/harness-call';

let app: DemoApp;
let page: Page;

beforeAll(async () => {
  app = await openDemoApp('roll-call-search');
  page = app.page;
});
afterAll(() => app?.close());

const settled = { timeout: 15_000 };

describe('the roll call search', () => {
  it('finds a point by the name it was given while the roll call was open', async () => {
    await page.goto(`${app.harness.origin}/#/hoi-nghi/${app.conferenceId}/roll-call`);
    const grid = page.getByRole('grid', { name: 'Điểm danh điểm cầu' });
    const search = page.getByLabel('Tìm điểm cầu');
    const rows = () => grid.getByRole('row').allInnerTexts();
    await search.fill('bac kan');
    await expect.poll(rows, settled).toEqual([expect.stringContaining('Đảng ủy phường Bắc Kạn')]);
    await grid.getByRole('row').first().click();
    const before = page.getByRole('region', { name: 'Đại biểu tại Điểm cầu Đảng ủy phường Bắc Kạn' });
    await expect.poll(() => before.getByRole('heading').innerText(), settled).toContain('có mặt 6/8');

    const points = await callHarness(app.harness, 'conferenceBridgePoints.list', { conferenceId: app.conferenceId });
    const bacKan = points.find((p) => p.name === 'Điểm cầu Đảng ủy phường Bắc Kạn')!;
    await callHarness(app.harness, 'bridgePoints.update', {
      id: bacKan.bridgePointId,
      name: 'Điểm cầu Đảng ủy phường Đức Xuân',
    });

    // Marking attendance there (all present but the one absent with a reason) reads the point
    // back, under its new name: it no longer answers to the old name, and answers to the new one.
    await before.getByRole('button', { name: 'Tất cả có mặt' }).click();
    await expect.poll(() => grid.getByRole('row').count(), settled).toBe(0);
    await search.fill('phuong duc xuan');
    await expect.poll(rows, settled).toEqual([expect.stringContaining('Đảng ủy phường Đức Xuân')]);
    await grid.getByRole('row').first().click();
    const after = page.getByRole('region', { name: 'Đại biểu tại Điểm cầu Đảng ủy phường Đức Xuân' });
    await expect.poll(() => after.getByRole('heading').innerText(), settled).toContain('có mặt 7/8');
    await page.screenshot({ path: path.join(shotsDir, 'roll-call-renamed.png') });
    expect(app.pageErrors).toEqual([]);
  });
});
