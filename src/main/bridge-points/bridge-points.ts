// The reusable directory of bridge points: a tree of any depth (province, commune, agency,
// or the older district level), because the hierarchy changes and must stay data.
import type { ServiceInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { AdminUnitKind } from '../../shared/admin-units/admin-units';
import { unitKindOf } from '../admin-units/catalog';
import type { BridgePoint, PastedBridgePoints } from '../../shared/bridge-points/bridge-point-types';
import type { Removal } from '../../shared/types';
import { foldForSearch } from '../../shared/text/vietnamese';
import { nowIso, type ServiceContext } from '../services/context';
import { searchHits } from '../search/fts';
import { refreshProtocolKeys } from '../protocol/protocol-ranks';
import { changedColumns, updateRow } from '../db/sql';
import { keepForUndo, removeWithUndo, rowsOf } from '../undo/undo';
import { keepsHistory, recordChanges, type UpdateOptions } from '../history/record';
import {
  bridgePointExists,
  bridgePointRow,
  bridgePointRowsOf,
  childNames,
  childRows,
  conferencesUsingPoint,
  insertBridgePointRow,
  isSelfOrAncestor,
  lineageNames,
  toBridgePoint,
} from './queries';

/** The unit's code too: a secretary may look a commune's point up by "05830". */
function searchText(p: {
  name: string;
  levelLabel?: string | null;
  address?: string | null;
  unitCode?: string | null;
}): string {
  return foldForSearch([p.name, p.levelLabel, p.address, p.unitCode].filter(Boolean).join(' '));
}

/** Names of the point itself and its ancestors, outermost first. */
function lineage(ctx: ServiceContext, id: number | null): string[] {
  if (id === null) return [];
  return lineageNames(ctx.db, id);
}

export function getBridgePoint(ctx: ServiceContext, { id }: ServiceInput<'bridgePoints.get'>): BridgePoint {
  const row = bridgePointRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy điểm cầu này; có thể đã bị xoá.');
  return toBridgePoint(row, lineage(ctx, row.parent_id));
}

export function childBridgePoints(
  ctx: ServiceContext,
  { parentId }: ServiceInput<'bridgePoints.children'>,
): BridgePoint[] {
  const path = lineage(ctx, parentId);
  const rows = childRows(ctx.db, parentId);
  return rows.map((r) => toBridgePoint(r, path));
}

export function searchBridgePoints(
  ctx: ServiceContext,
  { query, limit }: ServiceInput<'bridgePoints.search'>,
): BridgePoint[] {
  const { ids } = searchHits(ctx, 'bridge_points', query, '', {}, limit * 4);
  const rows = bridgePointRowsOf(ctx.db, ids);
  const folded = foldForSearch(query);
  return rows
    .map((r) => ({ r, exact: foldForSearch(r.name).includes(folded) ? 0 : 1 }))
    .sort((a, b) => a.exact - b.exact || a.r.name.localeCompare(b.r.name, 'vi'))
    .slice(0, limit)
    .map(({ r }) => toBridgePoint(r, lineage(ctx, r.parent_id)));
}

function assertParent(ctx: ServiceContext, parentId: number | null | undefined, self?: number): void {
  if (parentId == null) return;
  const exists = bridgePointExists(ctx.db, parentId);
  if (!exists) throw new AppError('NOT_FOUND', 'Không tìm thấy điểm cầu cấp trên đã chọn.', 'parentId');
  if (self === undefined) return;
  const cycle = isSelfOrAncestor(ctx.db, self, parentId);
  if (cycle) throw new AppError('VALIDATION', 'Không thể đặt một điểm cầu làm cấp dưới của chính nó.', 'parentId');
}

export function insertBridgePoint(ctx: ServiceContext, input: ServiceInput<'bridgePoints.create'>): number {
  assertParent(ctx, input.parentId);
  const parentId = input.parentId ?? null;
  return insertBridgePointRow(ctx.db, {
    parentId,
    name: input.name,
    levelLabel: input.levelLabel ?? null,
    address: input.address ?? null,
    techContact: input.techContact ?? null,
    techPhone: input.techPhone ?? null,
    unitCode: input.unitCode ?? null,
    unitKind: input.unitKind ?? null,
    bodySymbol: input.bodySymbol ?? null,
    searchText: searchText(input),
  });
}

export function createBridgePoint(ctx: ServiceContext, input: ServiceInput<'bridgePoints.create'>): BridgePoint {
  return getBridgePoint(ctx, { id: insertBridgePoint(ctx, withUnitKind(ctx, input)) });
}

/** A unit's code given alone gets the unit's kind from the list; a code cleared clears the kind. */
function withUnitKind<T extends { unitCode?: string | null; unitKind?: AdminUnitKind | null }>(
  ctx: ServiceContext,
  input: T,
): T {
  if (input.unitCode === undefined) return input;
  return { ...input, unitKind: input.unitCode === null ? null : unitKindOf(ctx, input.unitCode) };
}

/** The child of `parentId` with this name (compared without case or diacritics), if any. */
export function findChildByName(ctx: ServiceContext, parentId: number | null, name: string): number | null {
  const folded = foldForSearch(name);
  const rows = childNames(ctx.db, parentId);
  return rows.find((r) => foldForSearch(r.name) === folded)?.id ?? null;
}

const columns: Record<string, string> = {
  parentId: 'parent_id',
  name: 'name',
  levelLabel: 'level_label',
  address: 'address',
  techContact: 'tech_contact',
  techPhone: 'tech_phone',
  unitCode: 'unit_code',
  unitKind: 'unit_kind',
  bodySymbol: 'body_symbol',
};

export function updateBridgePoint(
  ctx: ServiceContext,
  input: ServiceInput<'bridgePoints.update'>,
  options?: UpdateOptions,
): BridgePoint {
  const { id, ...patch } = withUnitKind(ctx, input);
  const current = getBridgePoint(ctx, { id });
  if (patch.parentId !== undefined) assertParent(ctx, patch.parentId, id);
  const sets = changedColumns(patch, columns);
  sets.search_text = searchText({
    name: patch.name ?? current.name,
    levelLabel: patch.levelLabel !== undefined ? patch.levelLabel : current.levelLabel,
    address: patch.address !== undefined ? patch.address : current.address,
    unitCode: patch.unitCode !== undefined ? patch.unitCode : current.unitCode,
  });
  sets.updated_at = nowIso();
  ctx.db.transaction(() => {
    updateRow(ctx, 'bridge_points', id, sets);
    if (keepsHistory(options)) recordChanges(ctx, 'bridge_point', id, current, patch);
    if (patch.levelLabel !== undefined && patch.levelLabel !== current.levelLabel)
      refreshProtocolKeys(ctx.db, 'directoryPoints', [id]);
  })();
  return getBridgePoint(ctx, { id });
}

/** One change, one transaction, one entry in the trash: undo.restore takes the whole paste back. */
export function pasteBridgePoints(ctx: ServiceContext, input: ServiceInput<'bridgePoints.paste'>): PastedBridgePoints {
  const { db } = ctx;
  return db.transaction(() => {
    const before = rowsOf(
      db,
      'bridge_points',
      input.updates.map((u) => u.id),
    );
    input.updates.forEach((update) => updateBridgePoint(ctx, update, { history: false }));
    const added = input.additions.map((row) => insertBridgePoint(ctx, { ...row, parentId: input.parentId }));
    const parts = [
      input.updates.length > 0 && `sửa ${input.updates.length} điểm cầu`,
      added.length > 0 && `thêm ${added.length} điểm cầu`,
    ].filter(Boolean);
    const message = `Đã dán vào danh mục điểm cầu: ${parts.join(', ')}.`;
    const kept = keepForUndo(db, message, {
      groups: [],
      cleared: [],
      revised: [before],
      added: [{ table: 'bridge_points', ids: added }],
    });
    return { ...kept, updated: input.updates.length, added: added.length };
  })();
}

export function removeBridgePoint(ctx: ServiceContext, { id }: ServiceInput<'bridgePoints.remove'>): Removal {
  const point = getBridgePoint(ctx, { id });
  if (point.childCount > 0) {
    throw new AppError(
      'IN_USE',
      `Không xoá được "${point.name}": điểm cầu này còn ${point.childCount} điểm cầu cấp dưới. Hãy xoá hoặc ` +
        `chuyển các điểm cầu cấp dưới trước.`,
    );
  }
  const used = conferencesUsingPoint(ctx.db, id);
  if (used > 0) {
    throw new AppError(
      'IN_USE',
      `Không xoá được "${point.name}": điểm cầu này đang có trong ${used} hội nghị. Hãy gỡ điểm cầu khỏi ` +
        `các hội nghị đó trước.`,
    );
  }
  return removeWithUndo(ctx, 'bridge_points', [id], `Đã xoá điểm cầu "${point.name}".`);
}
