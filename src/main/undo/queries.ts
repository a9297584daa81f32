// The trash table, and the statements undo runs on any table: tables, columns and links are
// read from the schema itself and quoted, so no name typed by anyone reaches the SQL.
import type Database from 'better-sqlite3';
import { inJson } from '../services/context';
import { cached } from '../db/statements';

const quoted = (name: string) => `"${name}"`;
const columnList = (columns: readonly string[]) => columns.map(quoted).join(', ');

export function tableNames(db: Database.Database): string[] {
  return cached(
    db,
    `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE ` +
      `'CREATE VIRTUAL%'`,
  )
    .pluck()
    .all() as string[];
}

export interface ForeignKeyRow {
  parent: string;
  col: string;
  on_delete: string;
}

export function foreignKeysOf(db: Database.Database, table: string): ForeignKeyRow[] {
  return cached(db, `SELECT "table" AS parent, "from" AS col, on_delete FROM pragma_foreign_key_list(?)`).all(
    table,
  ) as ForeignKeyRow[];
}

/** Every column a row is written with (generated ones are left out). */
export function storedColumns(db: Database.Database, table: string): string[] {
  return (cached(db, `SELECT name, hidden FROM pragma_table_xinfo(?)`).all(table) as { name: string; hidden: number }[])
    .filter((c) => c.hidden === 0)
    .map((c) => c.name);
}

export function storedRows(
  db: Database.Database,
  table: string,
  columns: readonly string[],
  ids: readonly number[],
): unknown[][] {
  return cached(db, `SELECT ${columnList(columns)} FROM ${quoted(table)} WHERE id ${inJson}`)
    .raw()
    .all(JSON.stringify(ids)) as unknown[][];
}

/** The ids of the rows whose `column` holds one of `values`. */
export function idsLinkedTo(db: Database.Database, table: string, column: string, values: readonly number[]): number[] {
  return cached(db, `SELECT id FROM ${quoted(table)} WHERE ${quoted(column)} ${inJson}`)
    .pluck()
    .all(JSON.stringify(values)) as number[];
}

/** [id, value of `column`] of the rows whose `column` holds one of `values`. */
export function linksTo(
  db: Database.Database,
  table: string,
  column: string,
  values: readonly number[],
): [number, unknown][] {
  return cached(db, `SELECT id, ${quoted(column)} FROM ${quoted(table)} WHERE ${quoted(column)} ${inJson}`)
    .raw()
    .all(JSON.stringify(values)) as [number, unknown][];
}

export function deleteRows(db: Database.Database, table: string, ids: readonly number[]): void {
  cached(db, `DELETE FROM ${quoted(table)} WHERE id ${inJson}`).run(JSON.stringify(ids));
}

/** Writes whole rows (values in the order of `columns`); prepared once for a loop over many rows. */
export function rowInserter(
  db: Database.Database,
  table: string,
  columns: readonly string[],
): (row: readonly unknown[]) => void {
  const insert = cached(
    db,
    `INSERT INTO ${quoted(table)} (${columnList(columns)}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  return (row) => void insert.run(row);
}

/** Sets one column of a row by id; prepared once for a loop over many rows. */
export function columnSetter(
  db: Database.Database,
  table: string,
  column: string,
): (id: number, value: unknown) => void {
  const update = cached(db, `UPDATE ${quoted(table)} SET ${quoted(column)} = ? WHERE id = ?`);
  return (id, value) => void update.run(value, id);
}

/** Writes `columns` of a row by id; prepared once for a loop over many rows. */
export function rowReviser(
  db: Database.Database,
  table: string,
  columns: readonly string[],
): (id: unknown, values: readonly unknown[]) => void {
  const update = cached(
    db,
    `UPDATE ${quoted(table)} SET ${columns.map((c) => `${quoted(c)} = ?`).join(', ')} WHERE id = ?`,
  );
  return (id, values) => void update.run([...values, id]);
}

/** Returns the new entry's id. */
export function insertTrashEntry(db: Database.Database, label: string, payload: string): number {
  return Number(cached(db, `INSERT INTO trash (label, payload) VALUES (?, ?)`).run(label, payload).lastInsertRowid);
}

export function deleteTrashUpTo(db: Database.Database, id: number): void {
  cached(db, `DELETE FROM trash WHERE id <= ?`).run(id);
}

export function trashEntry(db: Database.Database, id: number): { label: string; payload: string } | undefined {
  return cached(db, `SELECT label, payload FROM trash WHERE id = ?`).get(id) as
    { label: string; payload: string } | undefined;
}

export function deleteTrashEntry(db: Database.Database, id: number): void {
  cached(db, `DELETE FROM trash WHERE id = ?`).run(id);
}
