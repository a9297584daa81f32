// The spreadsheet grids as a new secretary uses them: a row typed on the "+" line with Tab
// from cell to cell (faster than the services answer), words typed through a composition
// keyboard (Windows' Vietnamese Telex, macOS, IMEs) into a cell not yet being edited, and
// several rows pasted from Excel into the bridge-point catalog. Nothing typed may be lost.
import path from 'node:path';
import type { CDPSession, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shotsDir } from '../helpers/browser';
import { openDemoApp, type DemoApp } from '../helpers/demo-app';

const wait = { timeout: 15_000 };
const attendees = 'Danh sách đại biểu';
const conferencePoints = 'Điểm cầu của hội nghị';
const catalog = 'Danh mục điểm cầu';

let app: DemoApp;

beforeAll(async () => {
  app = await openDemoApp('grid-editing');
});

afterAll(async () => {
  await app?.close();
});

const grid = (label: string) => app.page.locator(`[role=grid][aria-label="${label}"]`);

/** The drawn rows of a grid (not the "+" line) as cell texts by column key, in row order. */
function gridRows(label: string): Promise<Record<string, string>[]> {
  return grid(label).evaluate((element) =>
    [...element.querySelectorAll<HTMLElement>('[role=row][aria-rowindex]')]
      .filter((row) => !row.classList.contains('append'))
      .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
      .map((row) =>
        Object.fromEntries(
          [...row.querySelectorAll<HTMLElement>('[data-column]')].map((c) => [
            c.dataset.column!,
            // A tree's name cell also holds its ▸ and child count.
            (c.querySelector<HTMLElement>('.tree-label') ?? c).innerText.trim(),
          ]),
        ),
      ),
  );
}

async function rowNamed(label: string, nameColumn: string, name: string) {
  return (await gridRows(label)).find((r) => r[nameColumn] === name);
}

/** Where the cursor is: its column, and the name on its row ("+" for the new-row line). */
function activeCell(label: string, nameColumn: string): Promise<{ column?: string; row?: string }> {
  return grid(label).evaluate((element, key) => {
    const cell = element.querySelector<HTMLElement>('[role=gridcell].active');
    const row = cell?.closest('[role=row]');
    const nameCell = row?.querySelector<HTMLElement>(`[data-column="${key}"]`);
    const name = (nameCell?.querySelector<HTMLElement>('.tree-label') ?? nameCell)?.innerText.trim();
    return { column: cell?.dataset.column, row: row?.classList.contains('append') ? '+' : name };
  }, nameColumn);
}

function cellOf(label: string, nameColumn: string, name: string, column: string) {
  return grid(label)
    .locator('[role=row]')
    .filter({ has: app.page.locator(`[data-column="${nameColumn}"]`, { hasText: name }) })
    .locator(`[data-column="${column}"]`);
}

const appendCell = (label: string, column: string) =>
  grid(label).locator(`[role=row].append [data-column="${column}"]`);

/** Clicks a cell of the "+" line, which is drawn only once the list is scrolled to its end. */
async function clickNewRow(label: string, column: string) {
  await grid(label).evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await appendCell(label, column).click();
}

/** The attendee as the list shows them once found by name, wherever the order puts them. */
async function attendeeFound(name: string) {
  await app.page.getByLabel('Tìm đại biểu').fill(name);
  await expect.poll(async () => (await gridRows(attendees)).map((r) => r.fullName), wait).toEqual([name]);
  const [row] = await gridRows(attendees);
  await app.page.getByLabel('Tìm đại biểu').fill('');
  return row;
}

/** Holds every call of this name until released, as a slow disk or a busy machine would. */
async function holdCalls(name: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const sent: Promise<void>[] = [];
  const handler = (route: Route) => {
    const continued = released.then(() => route.continue());
    sent.push(continued);
    return continued;
  };
  await app.page.route(`**/api/${name}`, handler);
  return {
    held: () => sent.length,
    async release() {
      release();
      await Promise.all(sent);
      await app.page.unroute(`**/api/${name}`, handler);
    },
  };
}

/** One word typed through a composition keyboard: the text grows under the caret, then is committed. */
async function composeWord(cdp: CDPSession, steps: readonly string[], beforeCommit?: () => Promise<void>) {
  for (const text of steps) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await beforeCommit?.();
  await cdp.send('Input.insertText', { text: steps[steps.length - 1] });
}

async function shot(name: string) {
  await app.page.screenshot({ path: path.join(shotsDir, `grid-${name}.png`) });
}

async function openAttendees() {
  await app.page.goto(`${app.harness.origin}/#/hoi-nghi/${app.conferenceId}/attendees`);
  await expect.poll(async () => (await gridRows(attendees)).length, wait).toBeGreaterThan(10);
}

async function apiCall(name: string, input: unknown): Promise<unknown> {
  return app.page.evaluate(
    async ({ name, input, token }) => {
      const response = await window.fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'X-Thu-Ky-Token': token },
        body: JSON.stringify(input),
      });
      return (JSON.parse((await response.text()).trim().split('\n').pop()!) as { envelope: { value: unknown } })
        .envelope.value;
    },
    { name, input, token: app.harness.token },
  );
}

/** The demo's points as the catalog opens: the Tỉnh ủy's room and the points under it. */
const demoPoints = [
  'Điểm cầu Tỉnh ủy Thái Nguyên',
  'Điểm cầu Đảng ủy các cơ quan Đảng tỉnh',
  'Điểm cầu Đảng ủy UBND tỉnh',
  'Điểm cầu Đảng ủy phường Phan Đình Phùng',
  'Điểm cầu Đảng ủy phường Bắc Kạn',
  'Điểm cầu Đảng ủy xã Đại Từ',
  'Điểm cầu Đảng ủy xã Phú Lương',
];
/** The root of the demo's national conference, above the Tỉnh ủy's tree. */
const centralPoint = 'Điểm cầu Trung ương';

describe('pasting rows into the bridge-point catalog', () => {
  it('fills the rows pasted over, adds the rest, skips a nameless row; one "Hoàn tác" takes it back', async () => {
    await app.page.goto(`${app.harness.origin}/#/diem-cau`);
    await expect
      .poll(async () => (await gridRows(catalog)).map((r) => r.name), wait)
      .toEqual([centralPoint, ...demoPoints]);
    const before = await gridRows(catalog);
    // Pasted from the last commune down: that point's cells, then communes added beside it.
    await cellOf(catalog, 'name', 'Điểm cầu Đảng ủy xã Phú Lương', 'name').click();
    await grid(catalog).evaluate((element) => {
      const data = new DataTransfer();
      data.setData(
        'text/plain',
        'Điểm cầu Đảng ủy xã Phú Lương\tXã, phường, đặc khu\tHội trường A, UBND xã Phú Lương\tDương Văn Lực\t' +
          '0963 448 215\r\n' +
          'Điểm cầu Đảng ủy xã Tân Cương\tXã, phường, đặc khu\tHội trường UBND xã Tân Cương\tHà Văn Sơn\t' +
          '0208 3847 123\r\n' +
          '\tXã, phường, đặc khu\tHội trường không tên\t\t\r\n' +
          'Điểm cầu Đảng ủy xã Quân Chu\tXã, phường, đặc khu\tNhà văn hóa xã Quân Chu\tNông Văn Tài\t0978 385 221\r\n' +
          'Điểm cầu Đảng ủy xã La Bằng\tXã, phường, đặc khu\t\tVi Thị Hạnh\t0205 381 0099\r\n',
      );
      const target = document.activeElement ?? element;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect
      .poll(async () => (await gridRows(catalog)).map((r) => r.name), wait)
      .toEqual([
        centralPoint,
        ...demoPoints,
        'Điểm cầu Đảng ủy xã Tân Cương',
        'Điểm cầu Đảng ủy xã Quân Chu',
        'Điểm cầu Đảng ủy xã La Bằng',
      ]);
    expect(await rowNamed(catalog, 'name', 'Điểm cầu Đảng ủy xã Phú Lương')).toMatchObject({
      address: 'Hội trường A, UBND xã Phú Lương',
    });
    expect(await rowNamed(catalog, 'name', 'Điểm cầu Đảng ủy xã Tân Cương')).toMatchObject({
      levelLabel: 'Xã, phường, đặc khu',
      techContact: 'Hà Văn Sơn',
      techPhone: '02083847123',
    });
    const message = app.page.locator('.toast').filter({ hasText: 'Đã dán' });
    await expect.poll(() => message.innerText(), wait).toMatch(/sửa 1 điểm cầu, thêm 3 điểm cầu/);
    expect(await message.innerText()).toMatch(/[Bb]ỏ qua 1 dòng không có tên điểm cầu/);
    await shot('paste-catalog');

    await message.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => gridRows(catalog), wait).toEqual(before);
    expect(await apiCall('bridgePoints.search', { query: 'dang uy xa tan cuong' })).toEqual([]);
    await shot('paste-catalog-undone');
  });
});

describe('the "+" line: Tab, Shift+Tab and Enter move along the new row, as in Excel', () => {
  it('puts the cells typed after Tab on the new attendee, even before the first save has answered', async () => {
    await openAttendees();
    const hold = await holdCalls('attendees.add');
    await clickNewRow(attendees, 'fullName');
    await app.page.keyboard.type('Hà Thị Điệp');
    await app.page.keyboard.press('Tab');
    // The name is on its way to the services, which do not answer until the rest is typed.
    await expect.poll(() => hold.held(), wait).toBe(1);
    await app.page.keyboard.type('Phó Chủ tịch UBND xã');
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.type('UBND xã Tân Lập');
    await app.page.keyboard.press('Tab');
    await shot('plus-row-saving');
    await hold.release();

    await expect
      .poll(() => rowNamed(attendees, 'fullName', 'Hà Thị Điệp'), wait)
      .toMatchObject({ position: 'Phó Chủ tịch UBND xã', unit: 'UBND xã Tân Lập', point: '' });
    // The cursor followed the new row to where the list placed it.
    await expect.poll(() => activeCell(attendees, 'fullName'), wait).toEqual({ column: 'point', row: 'Hà Thị Điệp' });
    await shot('plus-row-fast');
  });

  it('follows the new row into name order, and Enter goes on to the next new row', async () => {
    await app.page.getByRole('radio', { name: 'Theo tên (A → Z)' }).click();
    await expect.poll(async () => (await gridRows(attendees))[0]?.fullName, wait).toBeTruthy();
    await clickNewRow(attendees, 'fullName');
    await app.page.keyboard.type('Lò Văn Giàng');
    await app.page.keyboard.press('Tab');
    await expect
      .poll(() => activeCell(attendees, 'fullName'), wait)
      .toEqual({ column: 'position', row: 'Lò Văn Giàng' });
    const names = (await gridRows(attendees)).map((r) => r.fullName);
    expect(names.indexOf('Lò Văn Giàng')).toBeLessThan(names.length - 1);
    await app.page.keyboard.type('Trưởng thôn Đồng Tâm');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => activeCell(attendees, 'fullName'), wait).toEqual({ column: 'fullName', row: '+' });

    await app.page.keyboard.type('Vi Thị Ngân');
    await app.page.keyboard.press('Shift+Tab');
    await expect
      .poll(() => activeCell(attendees, 'fullName'), wait)
      .toEqual({ column: 'protocolOrder', row: 'Vi Thị Ngân' });
    await shot('plus-row-name-order');

    await app.page.reload();
    expect(await attendeeFound('Hà Thị Điệp')).toMatchObject({
      position: 'Phó Chủ tịch UBND xã',
      unit: 'UBND xã Tân Lập',
    });
    expect(await attendeeFound('Lò Văn Giàng')).toMatchObject({ position: 'Trưởng thôn Đồng Tâm', unit: '' });
    expect(await attendeeFound('Vi Thị Ngân')).toMatchObject({ position: '' });
  });

  it('moves along a point added on the conference’s "+" line, and adds no point named after a person', async () => {
    await app.page.goto(`${app.harness.origin}/#/hoi-nghi/${app.conferenceId}/points`);
    await expect.poll(async () => (await gridRows(conferencePoints)).length, wait).toBe(7);
    await clickNewRow(conferencePoints, 'name');
    await app.page.keyboard.type('Điểm cầu xã Tân Lập');
    await app.page.keyboard.press('Tab');
    await expect
      .poll(() => activeCell(conferencePoints, 'name'), wait)
      .toEqual({ column: 'levelLabel', row: 'Điểm cầu xã Tân Lập' });
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.type('Nguyễn Văn An');
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.type('Bí thư Đảng ủy xã');
    await app.page.keyboard.press('Enter');
    await expect
      .poll(() => rowNamed(conferencePoints, 'name', 'Điểm cầu xã Tân Lập'), wait)
      .toMatchObject({ presidingName: 'Nguyễn Văn An', presidingPosition: 'Bí thư Đảng ủy xã' });
    await expect.poll(() => activeCell(conferencePoints, 'name'), wait).toEqual({ column: 'name', row: '+' });
    expect((await gridRows(conferencePoints)).length).toBe(8);
    expect(await apiCall('bridgePoints.search', { query: 'nguyen van an' })).toEqual([]);
    await shot('plus-row-points');
  });

  it('does the same on the directory of people’s "+" line', async () => {
    const directory = 'Danh bạ đại biểu';
    await app.page.goto(`${app.harness.origin}/#/danh-ba`);
    await expect.poll(async () => (await gridRows(directory)).length, wait).toBeGreaterThan(10);
    await clickNewRow(directory, 'fullName');
    await app.page.keyboard.type('Trịnh Văn Quyết');
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.type('1975');
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.type('0912 345 678');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => activeCell(directory, 'fullName'), wait).toEqual({ column: 'fullName', row: '+' });
    await expect
      .poll(() => apiCall('people.list', { query: 'trinh van quyet' }), wait)
      .toMatchObject({ rows: [{ fullName: 'Trịnh Văn Quyết', birthYear: 1975, phone: '0912345678' }] });
  });
});

describe('composition keyboards on a cell not yet being edited', () => {
  it('keeps the whole first word composed on a selected cell, and the rest of the text', async () => {
    await openAttendees();
    const cdp = await app.page.context().newCDPSession(app.page);
    const name = 'Lương Thị Minh Tâm';
    await cellOf(attendees, 'fullName', name, 'unit').click();
    await composeWord(cdp, ['Đ', 'Điê', 'Điêm', 'Điểm'], () => shot('composing'));
    await app.page.keyboard.press('Space');
    await composeWord(cdp, ['c', 'câ', 'câu', 'cầu']);
    await app.page.keyboard.type(' xã ');
    await composeWord(cdp, ['T', 'Tâ', 'Tân']);
    await app.page.keyboard.press('Space');
    await composeWord(cdp, ['L', 'Lâ', 'Lâp', 'Lập']);
    await app.page.keyboard.press('Enter');
    await expect
      .poll(async () => (await rowNamed(attendees, 'fullName', name))?.unit, wait)
      .toBe('Điểm cầu xã Tân Lập');
    await shot('composition');

    // A new attendee's name on the "+" line, its first word composed before any editor is open.
    await clickNewRow(attendees, 'fullName');
    await composeWord(cdp, ['Đ', 'Đi', 'Đin', 'Đinh']);
    await app.page.keyboard.type(' Thị ');
    await composeWord(cdp, ['Đ', 'Điê', 'Điêp', 'Điệp']);
    await app.page.keyboard.press('Enter');
    expect(await attendeeFound('Đinh Thị Điệp')).toMatchObject({ fullName: 'Đinh Thị Điệp' });

    await app.page.reload();
    expect(await attendeeFound(name)).toMatchObject({ unit: 'Điểm cầu xã Tân Lập' });
    expect(await attendeeFound('Đinh Thị Điệp')).toMatchObject({ fullName: 'Đinh Thị Điệp' });
  });

  it('still replaces a cell’s content with letters typed on it, whatever the first letter', async () => {
    const name = 'Trần Đức Long';
    await cellOf(attendees, 'fullName', name, 'position').click();
    await app.page.keyboard.type('Phó Bí thư Tỉnh ủy');
    await app.page.keyboard.press('Enter');
    await expect
      .poll(async () => (await rowNamed(attendees, 'fullName', name))?.position, wait)
      .toBe('Phó Bí thư Tỉnh ủy');
    // "Ủ" comes as text without a key of its own, as from an on-screen keyboard or dictation.
    await cellOf(attendees, 'fullName', name, 'position').click();
    await app.page.keyboard.type('Ủy viên Ban Thường vụ Tỉnh ủy');
    await app.page.keyboard.press('Enter');
    await expect
      .poll(async () => (await rowNamed(attendees, 'fullName', name))?.position, wait)
      .toBe('Ủy viên Ban Thường vụ Tỉnh ủy');
    await shot('plain-typing');

    // Ctrl+C still copies the selected cell for Excel.
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.harness.origin });
    await cellOf(attendees, 'fullName', name, 'position').click();
    await app.page.keyboard.press('Control+C');
    await expect
      .poll(() => app.page.evaluate(() => navigator.clipboard.readText()), wait)
      .toBe('Ủy viên Ban Thường vụ Tỉnh ủy');
  });
});

describe('the body symbol in the bridge-point catalog', () => {
  it('shows the usual body’s symbol as a suggestion, offers the usual ones, and stores the one picked', async () => {
    await app.page.goto(`${app.harness.origin}/#/diem-cau`);
    const cell = () => cellOf(catalog, 'name', 'Điểm cầu Tỉnh ủy Thái Nguyên', 'bodySymbol');
    await expect.poll(() => cell().innerText(), wait).toBe('TU (gợi ý)');
    // A body not among the usual ones gets no suggestion: no initials.
    expect(await cellOf(catalog, 'name', 'Điểm cầu Đảng ủy UBND tỉnh', 'bodySymbol').innerText()).toBe('');
    await cell().click();
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('btc');
    await expect
      .poll(() => app.page.getByRole('option').allInnerTexts(), wait)
      .toEqual(['BTCTW — Ban Tổ chức Trung ương', 'BTCTU — Ban Tổ chức Tỉnh ủy, Thành ủy']);
    await app.page.getByRole('option', { name: /^BTCTU/ }).click();
    await expect.poll(() => cell().innerText(), wait).toBe('BTCTU');
    const [point] = (await apiCall('bridgePoints.search', { query: 'diem cau tinh uy thai nguyen', limit: 1 })) as {
      bodySymbol: string | null;
    }[];
    expect(point.bodySymbol).toBe('BTCTU');
    await shot('catalog-body-symbol');
  });
});

describe('the whole session', () => {
  it('showed no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
