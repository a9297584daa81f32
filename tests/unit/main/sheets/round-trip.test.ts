// Any attendee list the app exports comes back into the app unchanged: each fixture the
// offices sent is imported, exported as Excel (one sheet, and one sheet per point) and as
// CSV, and reading the export gives exactly the fixture's expected attendees; importing it
// into the same conference finds everyone already there and changes nothing.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendeesOf } from '../../../../src/main/import/attendees-of';
import { parseSpreadsheet } from '../../../../src/main/import/parse';
import { withSaveDoor } from '../../../../src/main/host/save-door';
import type { SavedSheets } from '../../../../src/shared/sheets/sheet-calls';
import { expectedAttendees, fixturesDir, goodFixtures } from '../../../helpers/fixtures';
import { openTestServices, tempDir, type TestServices } from '../../../helpers/services';

let t: TestServices;
const out = tempDir('thu-ky-round-trip-');
beforeAll(async () => (t = await openTestServices()));
afterAll(() => t.close());

const requestId = () => randomUUID().replace(/-/g, '');

async function importFixture(file: string): Promise<number> {
  const content = fs.readFileSync(path.join(fixturesDir, file)).toString('base64');
  const preview = await t.call('imports.preview', { requestId: requestId(), fileName: file, content });
  const result = await t.call('imports.commit', {
    requestId: requestId(),
    previewId: preview.previewId,
    target: { newConferenceName: `Hội nghị thử ${file}` },
    decisions: {},
    doubtfulDefault: 'add',
    unassignedBridgePointId: null,
  });
  return result.conferenceId;
}

async function exportList(
  conferenceId: number,
  name: string,
  layout: 'oneSheet' | 'perPoint',
  format: 'xlsx' | 'csv',
): Promise<string> {
  const file = path.join(out, name);
  const door = withSaveDoor((n, i) => t.host.call(n, i), {
    choosePath: () => Promise.resolve(file),
    chooseFolder: () => Promise.resolve(null),
  });
  const saved = await door('sheets.save', {
    conferenceId,
    report: 'attendees',
    layout,
    format,
    requestId: requestId(),
  });
  if (!saved.ok) throw new Error(saved.error.message);
  expect((saved.value as SavedSheets).path).toBe(file);
  return file;
}

/** The attendees as the fields of the expected results, in a stable order (the export lists by point). */
function comparable(list: readonly Record<string, unknown>[]): string[] {
  return list
    .map(({ sheet: _s, row: _r, ...fields }) => JSON.stringify(Object.fromEntries(Object.entries(fields).sort())))
    .sort();
}

describe('an exported attendee list comes back unchanged', () => {
  it.each(goodFixtures)('%s: Excel (one sheet, per point) and CSV read back as the fixture', async (fixture) => {
    const conferenceId = await importFixture(fixture);
    const expected = comparable(expectedAttendees(fixture));
    for (const [layout, format] of [
      ['oneSheet', 'xlsx'],
      ['perPoint', 'xlsx'],
      ['oneSheet', 'csv'],
    ] as const) {
      const file = await exportList(conferenceId, `${path.parse(fixture).name}-${layout}.${format}`, layout, format);
      const { attendees } = attendeesOf(parseSpreadsheet(fs.readFileSync(file), path.basename(file)));
      expect(comparable(attendees as never), `${layout} ${format}`).toStrictEqual(expected);

      // Into the same conference: everyone is already there, nothing is new.
      const again = await t.call('imports.preview', {
        requestId: requestId(),
        fileName: path.basename(file),
        content: fs.readFileSync(file).toString('base64'),
        conferenceId,
      });
      expect(again.counts, `${layout} ${format}`).toMatchObject({
        inConference: expected.length,
        newPeople: 0,
        doubtful: 0,
      });
      expect(again.points.every((p) => p.bridgePointId !== null)).toBe(true);
    }
  });
});
