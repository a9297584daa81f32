// Every attendee spreadsheet in tests/fixtures/import gives exactly its expected result,
// and every bad one ends in a clear Vietnamese message. The file names play no part in the
// reading: each file is given to the importer under a neutral name.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attendeesOf } from '../../../../src/main/import/attendees-of';
import { parseSpreadsheet } from '../../../../src/main/import/parse';
import { AppError } from '../../../../src/shared/errors';
import {
  badFixtureMessage,
  badFixtures as bad,
  expectedAttendees,
  fixturesDir,
  goodFixtures as good,
} from '../../../helpers/fixtures';

function importNeutrally(file: string) {
  const bytes = fs.readFileSync(path.join(fixturesDir, file));
  return attendeesOf(parseSpreadsheet(bytes, `danh-sach${path.extname(file)}`));
}

describe('attendee spreadsheets as offices send them', () => {
  it('has the fixtures to test', () => {
    expect(good.length).toBeGreaterThanOrEqual(9);
    expect(bad.length).toBeGreaterThanOrEqual(5);
  });

  it.each(good)('%s gives exactly its expected attendees', (file) => {
    const expected = expectedAttendees(file);
    const { attendees } = importNeutrally(file);
    const plain = attendees.map(({ sheet: _sheet, row: _row, ...fields }) => fields);
    expect(plain).toHaveLength(expected.length);
    plain.forEach((got, i) => expect(got, `row ${i + 1}`).toStrictEqual(expected[i]));
  });

  it.each(bad)('%s ends in a Vietnamese message saying what is wrong', (file) => {
    const started = performance.now();
    let error: unknown;
    try {
      importNeutrally(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('IMPORT_INVALID');
    expect((error as AppError).message).toBe(badFixtureMessage(file));
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
