// Files read for a preview stay in memory (not in the database) until they are committed
// or replaced, so changing a column's meaning re-reads nothing. A few at most are kept.
import type { ParsedFile, PreviewRow } from '../../shared/import/import-types';
import type { ColumnKind } from '../../shared/import/vocabularies';
import type { PointUpdatePlan } from './point-update';

export interface StoredPreview {
  readonly id: string;
  readonly parsed: ParsedFile;
  overrides: Record<string, Record<number, ColumnKind | null>>;
  /** Tables set aside by default (serving staff, guests) that the secretary chose to import. */
  included?: ReadonlySet<string>;
  /** Groups of rows that look like one person which the secretary keeps as separate rows, by group id. */
  keptApart?: ReadonlySet<string>;
  /** The attendees as last derived, with their directory matches. */
  rows: PreviewRow[];
  /** For a returned template: what committing does to its bridge point. */
  plan?: PointUpdatePlan | null;
}

const kept = 4;
const previews = new Map<string, StoredPreview>();

export function keepPreview(preview: StoredPreview): void {
  previews.delete(preview.id);
  previews.set(preview.id, preview);
  while (previews.size > kept) previews.delete(previews.keys().next().value!);
}

export function storedPreview(id: string): StoredPreview | undefined {
  const preview = previews.get(id);
  if (preview) keepPreview(preview);
  return preview;
}

export function forgetPreview(id: string): void {
  previews.delete(id);
}
