// A fresh database in a temporary folder, reached the way every door reaches it: by call
// name through the dispatcher, with the input validated by the contract's schema.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CallInput, CallName, CallResult, Progress } from '../../src/shared/contract';
import type { ApiError } from '../../src/shared/errors';
import { roleRank, type AttendeeRole } from '../../src/shared/attendees/vocabularies';
import { createInProcessHost } from '../../src/main/host/in-process-host';
import type { ServiceHost } from '../../src/main/host/service-host';
import { demoDate, quarterOf } from '../../src/main/demo/demo';
import { officialDate, pressDate } from '../../src/shared/text/vietnamese-dates';

export function tempDir(prefix = 'thu-ky-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestServices {
  readonly dbPath: string;
  readonly host: ServiceHost;
  call<N extends CallName>(name: N, input: CallInput<N>, onProgress?: (p: Progress) => void): Promise<CallResult<N>>;
  fail(name: string, input: unknown): Promise<ApiError>;
  /** A second, read-only connection for checking what is really stored. */
  raw(): Database.Database;
  close(): Promise<void>;
}

export async function openTestServices(dbPath = path.join(tempDir(), 'du-lieu.sqlite')): Promise<TestServices> {
  const host = await createInProcessHost({ dbPath, version: 'test' });
  const opened: Database.Database[] = [];
  return {
    dbPath,
    host,
    async call(name, input, onProgress) {
      const envelope = await host.call(name, input, onProgress);
      if (!envelope.ok) throw new Error(`${name} failed: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.value as never;
    },
    async fail(name, input) {
      const envelope = await host.call(name, input);
      if (envelope.ok) throw new Error(`${name} was expected to fail but returned ${JSON.stringify(envelope.value)}`);
      return envelope.error;
    },
    raw() {
      const db = new Database(dbPath, { readonly: true });
      opened.push(db);
      return db;
    },
    async close() {
      opened.forEach((db) => db.close());
      await host.close();
    },
  };
}

/** Attendees whose stored order keys disagree with their role and protocol order. */
export function orderKeysOutOfStep(db: Database.Database): number[] {
  const rows = db.prepare(`SELECT id, role, protocol_order, role_rank, protocol_key FROM attendees`).all() as {
    id: number;
    role: AttendeeRole;
    protocol_order: number | null;
    role_rank: number;
    protocol_key: number;
  }[];
  return rows
    .filter((r) => r.role_rank !== roleRank(r.role) || r.protocol_key !== (r.protocol_order ?? 2147483647))
    .map((r) => r.id);
}

/**
 * What the demo conference says of its day: it is the review of the quarter the tests run in
 * (src/main/demo/demo.ts), so its date and name are worked out as the demo works them out.
 */
export function demoDay(today = new Date()): { date: string; official: string; press: string; name: string } {
  const date = demoDate(today);
  return {
    date,
    official: officialDate(date),
    press: pressDate('chieu', date),
    name: `Hội nghị giao ban trực tuyến công tác xây dựng Đảng ${quarterOf(date)}`,
  };
}

/** A fresh database holding the demo conference (the Tỉnh ủy's review of the current quarter). */
export async function openDemoServices(): Promise<{ t: TestServices; conferenceId: number }> {
  const t = await openTestServices();
  const { conferenceId } = await t.call('demo.create', {});
  return { t, conferenceId };
}

/** A conference of Q4 2020, before the two-tier map, held at these directory points. */
export async function conferenceOf2020(t: TestServices, name: string, bridgePointIds: number[]): Promise<number> {
  const old = await t.call('conferences.create', {
    name,
    kind: 'giao_ban',
    date: '2020-12-30',
    session: 'chieu',
    startTime: '14:00',
    hostBody: null,
  });
  await t.call('conferenceBridgePoints.attach', { conferenceId: old.id, bridgePointIds });
  return old.id;
}
