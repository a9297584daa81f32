// Going from one conference to another: until the other has loaded, nothing of the first is
// left on the screen, so no button (Xuất Excel…, Xuất văn bản Word…) can act on the wrong
// conference on a slow machine, and a late answer for the first does not bring it back.
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoApp, type DemoApp } from '../helpers/demo-app';
import { callHarness } from '../helpers/harness-call';

let app: DemoApp;
let page: Page;

beforeAll(async () => {
  app = await openDemoApp('conference-switch');
  page = app.page;
});
afterAll(() => app?.close());

const settled = { timeout: 15_000 };
const heading = () => page.getByRole('heading', { level: 1 }).allInnerTexts();

describe('opening another conference', () => {
  it('shows nothing of the conference before while the next one loads', async () => {
    const next = await callHarness(app.harness, 'conferences.create', {
      name: 'Hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh',
      kind: 'hoc_tap_nghi_quyet',
      date: '2027-01-08',
      session: 'sang',
      startTime: '08:00',
      hostBody: 'Tỉnh ủy Thái Nguyên',
    });
    await page.goto(`${app.harness.origin}/#/hoi-nghi/${app.conferenceId}/info`);
    await expect.poll(heading, settled).toEqual([expect.stringMatching(/^Hội nghị giao ban trực tuyến/)]);

    // The next conference's answer is held back, as a busy machine would.
    const held: Route[] = [];
    await page.route('**/api/conferences.get', (route) => {
      if ((route.request().postDataJSON() as { id: number }).id === next.id) held.push(route);
      else void route.continue();
    });
    await page.goto(`${app.harness.origin}/#/hoi-nghi/${next.id}/info`);
    await expect.poll(() => held.length, settled).toBe(1);
    expect(await heading()).toEqual([]);
    expect(await page.getByRole('button', { name: 'Xuất Excel…' }).count()).toBe(0);

    await held[0].continue();
    await expect.poll(heading, settled).toEqual(['Hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh']);
    await page.unroute('**/api/conferences.get');
    expect(app.pageErrors).toEqual([]);
  });
});
