import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The attendee spreadsheets offices really send, with their expected results. */
export const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/import');

export const fixtureFiles = fs.readdirSync(fixturesDir).filter((f) => !/\.(json|md)$/.test(f));
export const goodFixtures = fixtureFiles.filter((f) => !f.startsWith('bad-'));
export const badFixtures = fixtureFiles.filter((f) => f.startsWith('bad-'));

export function expectedAttendees(file: string): Record<string, unknown>[] {
  return JSON.parse(fs.readFileSync(path.join(fixturesDir, file.replace(/\.[^.]+$/, '.expected.json')), 'utf8')).attendees;
}
