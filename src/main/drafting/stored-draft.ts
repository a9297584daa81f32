// A conference's draft as it is stored: its row, its versions and the sections a version holds.
// Read by the drafts and by the templates saved from them.
import { AppError } from '../../shared/errors';
import type { RichDoc } from '../../shared/drafting/rich-text';
import type { ServiceContext } from '../services/context';
import { loadConferenceFacts, type ConferenceFacts } from './conference-facts';
import { draftById, latestVersion, sectionRows, versionById, type DraftRow, type VersionRow } from './queries';

export function draftRow(ctx: ServiceContext, draftId: number): DraftRow {
  const row = draftById(ctx.db, draftId);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy bản thảo này; có thể hội nghị đã bị xoá.');
  return row;
}

export function versionRow(ctx: ServiceContext, versionId: number): VersionRow {
  const row = versionById(ctx.db, versionId);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy phiên bản này của bản thảo.');
  return row;
}

export function currentVersion(ctx: ServiceContext, draftId: number): VersionRow {
  return latestVersion(ctx.db, draftId);
}

export function storedSections(
  ctx: ServiceContext,
  versionId: number,
): Map<string, { doc: RichDoc; fromData: boolean }> {
  const rows = sectionRows(ctx.db, versionId);
  return new Map(rows.map((r) => [r.key, { doc: JSON.parse(r.doc) as RichDoc, fromData: r.from_data === 1 }]));
}

/** The current version's sections as stored, for saving as a template. */
export function currentSections(
  ctx: ServiceContext,
  draftId: number,
): { draft: DraftRow; sections: Record<string, RichDoc>; facts: ConferenceFacts } {
  const draft = draftRow(ctx, draftId);
  const stored = storedSections(ctx, currentVersion(ctx, draftId).id);
  return {
    draft,
    sections: Object.fromEntries([...stored].map(([key, s]) => [key, s.doc])),
    facts: loadConferenceFacts(ctx, draft.conference_id),
  };
}
