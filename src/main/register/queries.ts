// The sổ văn bản đi (outgoing_register) and the app's settings (app_settings): the rows and the
// statements on them.
import type Database from 'better-sqlite3';
import type { RegisterEntry, RegisterFamily, RegisterKind } from '../../shared/register/register';
import { cached } from '../db/statements';

export interface EntryRow {
  id: number;
  issuing_body: string;
  family: RegisterFamily;
  kind: RegisterKind;
  period_start: string;
  number: number;
  symbol: string;
  issued_on: string;
  subject: string;
  recipients: string | null;
  signer: string | null;
  document: string | null;
  conference_id: number | null;
  conference_name: string | null;
  draft_id: number | null;
  draft_version_id: number | null;
  created_at: string;
}

const entrySelect = `SELECT r.*, c.name AS conference_name FROM outgoing_register r
  LEFT JOIN conferences c ON c.id = r.conference_id`;

export const entryOf = (row: EntryRow): RegisterEntry => ({
  id: row.id,
  issuingBody: row.issuing_body,
  family: row.family,
  kind: row.kind,
  periodStart: row.period_start,
  number: row.number,
  symbol: row.symbol,
  issuedOn: row.issued_on,
  subject: row.subject,
  recipients: row.recipients,
  signer: row.signer,
  document: row.document,
  conferenceId: row.conference_id,
  conferenceName: row.conference_name,
  draftId: row.draft_id,
  draftVersionId: row.draft_version_id,
  createdAt: row.created_at,
});

function entryWhere(db: Database.Database, where: string, ...params: unknown[]): RegisterEntry | null {
  const row = cached(db, `${entrySelect} WHERE ${where}`).get(...params) as EntryRow | undefined;
  return row ? entryOf(row) : null;
}

export function entryById(db: Database.Database, id: number): RegisterEntry | null {
  return entryWhere(db, `r.id = ?`, id);
}

export function entryOfDraft(db: Database.Database, draftId: number): RegisterEntry | null {
  return entryWhere(db, `r.draft_id = ?`, draftId);
}

/** The entry holding this number in the body's register of that kind and period. */
export function entryWithNumber(
  db: Database.Database,
  slot: { bodyKey: string; kind: RegisterKind; periodStart: string; number: number },
): RegisterEntry | null {
  return entryWhere(
    db,
    `r.body_key = ? AND r.kind = ? AND r.period_start = ? AND r.number = ?`,
    slot.bodyKey,
    slot.kind,
    slot.periodStart,
    slot.number,
  );
}

export function highestNumber(
  db: Database.Database,
  bodyKey: string,
  kind: RegisterKind,
  periodStart: string,
): number | null {
  return cached(db, `SELECT max(number) FROM outgoing_register WHERE body_key = ? AND kind = ? AND period_start = ?`)
    .pluck()
    .get(bodyKey, kind, periodStart) as number | null;
}

export interface NewEntry {
  issuingBody: string;
  bodyKey: string;
  family: RegisterFamily;
  kind: RegisterKind;
  periodStart: string;
  number: number;
  symbol: string;
  issuedOn: string;
  subject: string;
  recipients: string | null;
  signer: string | null;
  document: string | null;
  conferenceId: number | null;
  draftId: number | null;
  draftVersionId: number | null;
}

export function insertEntry(db: Database.Database, e: NewEntry): number {
  return cached(
    db,
    `INSERT INTO outgoing_register (issuing_body, body_key, family, kind, period_start, number, symbol, issued_on,
         subject, recipients, signer, document, conference_id, draft_id, draft_version_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  )
    .pluck()
    .get(
      e.issuingBody,
      e.bodyKey,
      e.family,
      e.kind,
      e.periodStart,
      e.number,
      e.symbol,
      e.issuedOn,
      e.subject,
      e.recipients,
      e.signer,
      e.document,
      e.conferenceId,
      e.draftId,
      e.draftVersionId,
    ) as number;
}

/** Entries issued between the days and of the kind, where given; newest first. */
export function entryRows(
  db: Database.Database,
  filter: { from: string | null; to: string | null; kind: RegisterKind | null },
): EntryRow[] {
  return cached(
    db,
    `${entrySelect}
       WHERE (@from IS NULL OR r.issued_on >= @from) AND (@to IS NULL OR r.issued_on <= @to)
         AND (@kind IS NULL OR r.kind = @kind)
       ORDER BY r.issued_on DESC, r.number DESC, r.id DESC`,
  ).all(filter) as EntryRow[];
}

/** Files the Party's entries issued from `start` on in the term beginning that day. */
export function refileFromTermStart(db: Database.Database, start: string): void {
  cached(
    db,
    `UPDATE outgoing_register SET period_start = ? WHERE family = 'party' AND issued_on >= ? AND period_start <> ?`,
  ).run(start, start, start);
}

export function settingValue(db: Database.Database, key: string): string | undefined {
  return cached(db, `SELECT value FROM app_settings WHERE key = ?`).pluck().get(key) as string | undefined;
}

export function storeSetting(db: Database.Database, key: string, value: string): void {
  cached(
    db,
    `INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(key, value);
}
