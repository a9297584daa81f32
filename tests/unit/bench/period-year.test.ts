// The bench's generated year (bench/period-year.ts) at a small share of its delegates: the
// shape the period's timing rests on, and the same year from the same seed.
import type Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/open';
import { fewestPoints, fullYear, generatePeriodYear, mostPoints } from '../../../bench/period-year';
import { tempDir } from '../../helpers/services';

const small = { ...fullYear, scale: 0.02 };
const opened: Database.Database[] = [];
afterAll(() => opened.forEach((db) => db.close()));

async function generated() {
  const { db } = await openDatabase(path.join(tempDir('thu-ky-period-year-'), 'year.sqlite'));
  opened.push(db);
  return { db, year: generatePeriodYear(db, small) };
}

const count = (db: Database.Database, sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;

let first: Awaited<ReturnType<typeof generated>>;
beforeAll(async () => {
  first = await generated();
});

describe('the generated year', () => {
  it('holds 200 conferences over the twelve months, of 7 to 3,000 points of one national tree', () => {
    const { db, year } = first;
    expect(year.conferenceIds).toHaveLength(200);
    expect(count(db, `SELECT count(*) FROM conferences`)).toBe(200);
    expect(db.prepare(`SELECT DISTINCT substr(date, 1, 7) FROM conferences ORDER BY 1`).pluck().all()).toEqual(
      Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}`),
    );
    expect(count(db, `SELECT count(DISTINCT kind) FROM conferences`)).toBeGreaterThanOrEqual(5);
    expect(count(db, `SELECT count(DISTINCT host_body) FROM conferences`)).toBe(6);

    const sizes = db
      .prepare(`SELECT count(*) FROM conference_bridge_points GROUP BY conference_id ORDER BY conference_id`)
      .pluck()
      .all() as number[];
    expect(sizes).toEqual(year.pointsPerConference);
    expect(Math.min(...sizes)).toBe(fewestPoints);
    expect(Math.max(...sizes)).toBe(mostPoints);
    expect(count(db, `SELECT count(*) FROM bridge_points`)).toBeGreaterThanOrEqual(year.directoryPoints);
    // One main point each, and no attendee at a point of another conference.
    expect(count(db, `SELECT count(*) FROM conference_bridge_points WHERE is_main = 1`)).toBe(200);
    expect(
      count(
        db,
        `SELECT count(*) FROM attendees a JOIN conference_bridge_points p ON p.id = a.conference_bridge_point_id ` +
          `WHERE p.conference_id <> a.conference_id`,
      ),
    ).toBe(0);
  });

  it('has problems at some points, again at the fragile ones, and people absent more than once', () => {
    const { db, year } = first;
    expect(count(db, `SELECT count(*) FROM connection_events WHERE status = 'su_co'`)).toBeGreaterThan(50);
    expect(
      count(db, `SELECT count(*) FROM conference_bridge_points WHERE connection_status = 'su_co'`),
    ).toBeGreaterThan(10);
    expect(
      count(
        db,
        `SELECT count(*) FROM (SELECT p.bridge_point_id FROM connection_events e JOIN conference_bridge_points p ` +
          `ON p.id = e.conference_bridge_point_id WHERE e.status = 'su_co' GROUP BY 1 HAVING count(DISTINCT ` +
          `p.conference_id) >= 3)`,
      ),
    ).toBeGreaterThan(5);
    expect(
      count(
        db,
        `SELECT count(*) FROM (SELECT person_id FROM attendees WHERE status IN ('vang', 'vang_co_ly_do') ` +
          `GROUP BY 1 HAVING count(*) >= 2)`,
      ),
    ).toBeGreaterThan(10);
    // People are invited again: fewer people than attendees.
    expect(year.people).toBe(count(db, `SELECT count(*) FROM people`));
    expect(year.attendees).toBe(count(db, `SELECT count(*) FROM attendees`));
    expect(year.people).toBeLessThan(year.attendees / 3);
    // Points report counts where they give no names.
    expect(count(db, `SELECT count(*) FROM conference_bridge_points WHERE invited_count IS NOT NULL`)).toBeGreaterThan(
      1000,
    );
  });

  it('is the same year from the same seed', async () => {
    const rows = (db: Database.Database) =>
      db
        .prepare(
          `SELECT c.name, c.kind, c.date, c.host_body, p.bridge_point_id, p.connection_status, p.invited_count, ` +
            `p.present_count, (SELECT group_concat(a.status || a.late, '') FROM attendees a WHERE ` +
            `a.conference_bridge_point_id = p.id) AS statuses FROM conferences c JOIN conference_bridge_points p ` +
            `ON p.conference_id = c.id ORDER BY p.id`,
        )
        .all();
    const second = await generated();
    expect(second.year).toEqual(first.year);
    expect(rows(second.db)).toEqual(rows(first.db));
  });
});
