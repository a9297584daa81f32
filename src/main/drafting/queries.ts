// What the drafts are written from and kept in: the drafts with their versions and sections,
// the sections remembered for the next conference of a kind, the secretary's own templates, the
// speakers' log and the tasks.
// The rows and the statements on them.
import type Database from 'better-sqlite3';
import type { ConferenceKind } from '../../shared/conferences/vocabularies';
import type { DraftKind } from '../../shared/drafting/draft-types';
import type { Speech, Task } from '../../shared/drafting/draft-types';
import type { RichDoc } from '../../shared/drafting/rich-text';
import { cached } from '../db/statements';

export interface DraftRow {
  id: number;
  conference_id: number;
  kind: DraftKind;
  settings: string;
}

export interface VersionRow {
  id: number;
  draft_id: number;
  number: number;
  started_at: string;
  saved_at: string;
  locked_at: string | null;
}

export interface SectionRow {
  key: string;
  doc: string;
  from_data: number;
}

const selectDraft = `SELECT id, conference_id, kind, settings FROM drafts`;

export function draftById(db: Database.Database, id: number): DraftRow | undefined {
  return cached(db, `${selectDraft} WHERE id = ?`).get(id) as DraftRow | undefined;
}

export function draftOfKind(db: Database.Database, conferenceId: number, kind: DraftKind): DraftRow | undefined {
  return cached(db, `${selectDraft} WHERE conference_id = ? AND kind = ?`).get(conferenceId, kind) as
    DraftRow | undefined;
}

export function draftIdOfKind(db: Database.Database, conferenceId: number, kind: DraftKind): number | undefined {
  return cached(db, `SELECT id FROM drafts WHERE conference_id = ? AND kind = ?`).pluck().get(conferenceId, kind) as
    number | undefined;
}

export function insertDraft(db: Database.Database, conferenceId: number, kind: DraftKind): number {
  return Number(
    cached(db, `INSERT INTO drafts (conference_id, kind) VALUES (?, ?)`).run(conferenceId, kind).lastInsertRowid,
  );
}

export function saveDraftSettings(db: Database.Database, draftId: number, settings: string): void {
  cached(db, `UPDATE drafts SET settings = ? WHERE id = ?`).run(settings, draftId);
}

export function versionById(db: Database.Database, id: number): VersionRow | undefined {
  return cached(db, `SELECT * FROM draft_versions WHERE id = ?`).get(id) as VersionRow | undefined;
}

export function latestVersion(db: Database.Database, draftId: number): VersionRow {
  return cached(db, `SELECT * FROM draft_versions WHERE draft_id = ? ORDER BY number DESC LIMIT 1`).get(
    draftId,
  ) as VersionRow;
}

export function versionsNewestFirst(db: Database.Database, draftId: number): VersionRow[] {
  return cached(db, `SELECT * FROM draft_versions WHERE draft_id = ? ORDER BY number DESC`).all(
    draftId,
  ) as VersionRow[];
}

export function insertVersion(db: Database.Database, draftId: number, number: number): number {
  return Number(
    cached(db, `INSERT INTO draft_versions (draft_id, number) VALUES (?, ?)`).run(draftId, number).lastInsertRowid,
  );
}

export function markVersionSaved(db: Database.Database, versionId: number, at: string): void {
  cached(db, `UPDATE draft_versions SET saved_at = ? WHERE id = ?`).run(at, versionId);
}

export function markVersionLocked(db: Database.Database, versionId: number, lockedAt: string, savedAt: string): void {
  cached(db, `UPDATE draft_versions SET locked_at = ?, saved_at = ? WHERE id = ?`).run(lockedAt, savedAt, versionId);
}

export function sectionRows(db: Database.Database, versionId: number): SectionRow[] {
  return cached(db, `SELECT key, doc, from_data FROM draft_sections WHERE version_id = ?`).all(
    versionId,
  ) as SectionRow[];
}

/** The sections of `fromId` copied into `toId`; `asStored` makes them all hand-written. */
export function copySections(db: Database.Database, fromId: number, toId: number, asStored: boolean): void {
  cached(
    db,
    `INSERT INTO draft_sections (version_id, key, doc, from_data) SELECT ?, key, doc, CASE WHEN ? THEN 0 ` +
      `ELSE from_data END FROM draft_sections WHERE version_id = ?`,
  ).run(toId, asStored ? 1 : 0, fromId);
}

/** Writes sections of a new version; prepared once for the loop over its sections. */
export function sectionInserter(
  db: Database.Database,
): (versionId: number, key: string, doc: string, fromData: boolean) => void {
  const insert = cached(db, `INSERT INTO draft_sections (version_id, key, doc, from_data) VALUES (?, ?, ?, ?)`);
  return (versionId, key, doc, fromData) => void insert.run(versionId, key, doc, fromData ? 1 : 0);
}

export function saveSectionRow(
  db: Database.Database,
  versionId: number,
  key: string,
  doc: string,
  fromData: boolean,
): void {
  cached(
    db,
    `INSERT INTO draft_sections (version_id, key, doc, from_data) VALUES (?, ?, ?, ?) ON CONFLICT ` +
      `(version_id, key) DO UPDATE SET doc = excluded.doc, from_data = excluded.from_data`,
  ).run(versionId, key, doc, fromData ? 1 : 0);
}

/** Replaces a section's text, keeping whether it follows the data; prepared once for a loop over sections. */
export function sectionDocUpdater(db: Database.Database): (versionId: number, key: string, doc: string) => void {
  const update = cached(db, `UPDATE draft_sections SET doc = ? WHERE version_id = ? AND key = ?`);
  return (versionId, key, doc) => void update.run(doc, versionId, key);
}

/** Replaces a section's text with hand-written text; prepared once for a loop over sections. */
export function handWrittenSectionSetter(db: Database.Database): (versionId: number, key: string, doc: string) => void {
  const set = cached(db, `UPDATE draft_sections SET doc = ?, from_data = 0 WHERE version_id = ? AND key = ?`);
  return (versionId, key, doc) => void set.run(doc, versionId, key);
}

export function rememberedSectionDoc(
  db: Database.Database,
  conferenceKind: string,
  draftKind: DraftKind,
  key: string,
): string | undefined {
  return cached(db, `SELECT doc FROM remembered_sections WHERE conference_kind = ? AND draft_kind = ? AND key = ?`)
    .pluck()
    .get(conferenceKind, draftKind, key) as string | undefined;
}

/** Remembers a section's text for the next conference of the same kind as `conferenceId`. */
export function rememberSectionDoc(
  db: Database.Database,
  conferenceId: number,
  draftKind: DraftKind,
  key: string,
  doc: string,
  at: string,
): void {
  cached(
    db,
    `INSERT INTO remembered_sections (conference_kind, draft_kind, key, doc, saved_at)
       SELECT kind, ?, ?, ?, ? FROM conferences WHERE id = ?
       ON CONFLICT (conference_kind, draft_kind, key) DO UPDATE SET doc = excluded.doc, saved_at = excluded.saved_at`,
  ).run(draftKind, key, doc, at, conferenceId);
}

export interface SpeechRow {
  id: number;
  conference_id: number;
  attendee_id: number | null;
  speaker_name: string;
  speaker_position: string | null;
  bridge_point_name: string | null;
  spoken_at: string;
  opinion: string;
}

const selectSpeech =
  `SELECT id, conference_id, attendee_id, speaker_name, speaker_position, bridge_point_name, spoken_at, ` +
  `opinion FROM speeches`;

export function toSpeech(r: SpeechRow): Speech {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    attendeeId: r.attendee_id,
    speakerName: r.speaker_name,
    speakerPosition: r.speaker_position,
    bridgePointName: r.bridge_point_name,
    spokenAt: r.spoken_at,
    opinion: JSON.parse(r.opinion) as RichDoc,
  };
}

export function speechRowsOf(db: Database.Database, conferenceId: number): SpeechRow[] {
  return cached(db, `${selectSpeech} WHERE conference_id = ? ORDER BY position, id`).all(conferenceId) as SpeechRow[];
}

export function speechRow(db: Database.Database, id: number): SpeechRow | undefined {
  return cached(db, `${selectSpeech} WHERE id = ?`).get(id) as SpeechRow | undefined;
}

/** The attendee as a speaker: name, the position written for the conference or the person's, and point. */
export function attendeeAsSpeaker(
  db: Database.Database,
  attendeeId: number,
  conferenceId: number,
): { name: string; position: string | null; point: string | null } | undefined {
  return cached(
    db,
    `SELECT p.full_name AS name, coalesce(a.position, p.position) AS position, b.name AS point
       FROM attendees a JOIN people p ON p.id = a.person_id
       LEFT JOIN conference_bridge_points cbp ON cbp.id = a.conference_bridge_point_id
       LEFT JOIN bridge_points b ON b.id = cbp.bridge_point_id
       WHERE a.id = ? AND a.conference_id = ?`,
  ).get(attendeeId, conferenceId) as { name: string; position: string | null; point: string | null } | undefined;
}

export interface NewSpeech {
  conferenceId: number;
  attendeeId: number | null;
  speakerName: string;
  speakerPosition: string | null;
  bridgePointName: string | null;
  spokenAt: string;
  opinion: string;
}

/** Adds the speech at the end of the conference's log; returns its id. */
export function appendSpeech(db: Database.Database, speech: NewSpeech): number {
  const next = cached(db, `SELECT coalesce(max(position), 0) + 1 FROM speeches WHERE conference_id = ?`)
    .pluck()
    .get(speech.conferenceId) as number;
  return Number(
    cached(
      db,
      `INSERT INTO speeches (conference_id, attendee_id, speaker_name, speaker_position, bridge_point_name,
           spoken_at, position, opinion)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      speech.conferenceId,
      speech.attendeeId,
      speech.speakerName,
      speech.speakerPosition,
      speech.bridgePointName,
      speech.spokenAt,
      next,
      speech.opinion,
    ).lastInsertRowid,
  );
}

export interface TaskRow {
  id: number;
  conference_id: number;
  unit: string;
  content: string;
  due_date: string | null;
  done_at: string | null;
  note: string | null;
}

const selectTask = `SELECT id, conference_id, unit, content, due_date, done_at, note FROM conference_tasks`;

export function toTask(r: TaskRow, today: string): Task {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    unit: r.unit,
    content: r.content,
    dueDate: r.due_date,
    doneAt: r.done_at,
    note: r.note,
    overdue: r.done_at === null && r.due_date !== null && r.due_date < today,
  };
}

export function taskRowsOf(db: Database.Database, conferenceId: number): TaskRow[] {
  return cached(db, `${selectTask} WHERE conference_id = ? ORDER BY position, id`).all(conferenceId) as TaskRow[];
}

export function taskRow(db: Database.Database, id: number): TaskRow | undefined {
  return cached(db, `${selectTask} WHERE id = ?`).get(id) as TaskRow | undefined;
}

/** Adds the task at the end of the conference's list; returns its id. */
export function appendTask(
  db: Database.Database,
  task: { conferenceId: number; unit: string; content: string; dueDate: string | null },
): number {
  return Number(
    cached(
      db,
      `INSERT INTO conference_tasks (conference_id, unit, content, due_date, position)
         VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM conference_tasks WHERE conference_id = ?))`,
    ).run(task.conferenceId, task.unit, task.content, task.dueDate, task.conferenceId).lastInsertRowid,
  );
}

export interface TemplateRow {
  id: number;
  name: string;
  conference_kind: ConferenceKind | null;
}

export function templateRowsOf(db: Database.Database, kind: DraftKind): TemplateRow[] {
  return cached(db, `SELECT id, name, conference_kind FROM draft_templates WHERE kind = ? ORDER BY id DESC`).all(
    kind,
  ) as TemplateRow[];
}

/** The stored sections (JSON) of the secretary's template, if it is of this kind. */
export function storedTemplateSections(db: Database.Database, id: number, kind: DraftKind): string | undefined {
  return cached(db, `SELECT sections FROM draft_templates WHERE id = ? AND kind = ?`).pluck().get(id, kind) as
    string | undefined;
}

/** The stored sections (JSON) of the latest template for this kind of conference. */
export function latestTemplateSections(
  db: Database.Database,
  kind: DraftKind,
  conferenceKind: ConferenceKind,
): string | undefined {
  return cached(
    db,
    `SELECT sections FROM draft_templates WHERE kind = ? AND conference_kind = ? ORDER BY id DESC LIMIT 1`,
  )
    .pluck()
    .get(kind, conferenceKind) as string | undefined;
}

export function insertTemplate(
  db: Database.Database,
  t: { name: string; kind: DraftKind; conferenceKind: ConferenceKind | null; sections: string },
): number {
  return Number(
    cached(db, `INSERT INTO draft_templates (name, kind, conference_kind, sections) VALUES (?, ?, ?, ?)`).run(
      t.name,
      t.kind,
      t.conferenceKind,
      t.sections,
    ).lastInsertRowid,
  );
}

export function deleteTemplate(db: Database.Database, id: number): void {
  cached(db, `DELETE FROM draft_templates WHERE id = ?`).run(id);
}
