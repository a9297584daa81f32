// The imports table: one row per file imported, with what it takes to undo it.
import type Database from 'better-sqlite3';
import type { ImportRecord } from '../../shared/import/import-types';
import { cached } from '../db/statements';

export function importsOf(db: Database.Database, conferenceId: number): ImportRecord[] {
  return cached(
    db,
    `SELECT id, conference_id AS conferenceId, file_name AS fileName, imported, new_people AS newPeople,
         new_points AS newPoints, created_at AS createdAt
       FROM imports WHERE conference_id = ? ORDER BY id DESC`,
  ).all(conferenceId) as ImportRecord[];
}

export function importUndoRecord(db: Database.Database, id: number): { file_name: string; undo: string } | undefined {
  return cached(db, `SELECT file_name, undo FROM imports WHERE id = ?`).get(id) as
    { file_name: string; undo: string } | undefined;
}

export interface NewImport {
  conferenceId: number;
  fileName: string;
  imported: number;
  newPeople: number;
  newPoints: number;
  undo: string;
}

export function insertImport(db: Database.Database, record: NewImport): number {
  return Number(
    cached(
      db,
      `INSERT INTO imports (conference_id, file_name, imported, new_people, new_points, undo) VALUES ` +
        `(?, ?, ?, ?, ?, ?)`,
    ).run(record.conferenceId, record.fileName, record.imported, record.newPeople, record.newPoints, record.undo)
      .lastInsertRowid,
  );
}

/** Puts back the time the import's conference was last changed before the import. */
export function restoreImportedConferenceTime(db: Database.Database, importId: number, updatedAt: string): void {
  cached(db, `UPDATE conferences SET updated_at = ? WHERE id = (SELECT conference_id FROM imports WHERE id = ?)`).run(
    updatedAt,
    importId,
  );
}

export function deleteImport(db: Database.Database, id: number): void {
  cached(db, `DELETE FROM imports WHERE id = ?`).run(id);
}
