import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixturesRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** The attendee spreadsheets offices really send, with their expected results (see its README). */
export const fixturesDir = path.join(fixturesRoot, 'import');

export const fixtureFiles = fs.readdirSync(fixturesDir).filter((f) => !/\.(json|md)$/.test(f));
export const goodFixtures = fixtureFiles.filter((f) => !f.startsWith('bad-'));
export const badFixtures = fixtureFiles.filter((f) => f.startsWith('bad-'));

export function expectedAttendees(file: string): Record<string, unknown>[] {
  return JSON.parse(fs.readFileSync(path.join(fixturesDir, file.replace(/\.[^.]+$/, '.expected.json')), 'utf8'))
    .attendees;
}

/** Real news items of online conferences, as provincial newspapers publish them. */
export const newsItemsDir = path.join(fixturesRoot, 'news-items');

export const newsItemFiles = fs.readdirSync(newsItemsDir).filter((f) => f.endsWith('.txt'));

export function readNewsItem(file: string): string {
  return fs.readFileSync(path.join(newsItemsDir, file), 'utf8');
}
