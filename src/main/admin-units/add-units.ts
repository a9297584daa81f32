// A province's communes, wards and special zones added as bridge points in one change: under
// the province's own point (found, or created at the top), named by the secretary's pattern,
// each carrying its unit's code and kind; units the directory has already are not added again,
// and, in a conference, every point ticked is attached. undo.restore takes it all back.
import type { ServiceInput } from '../../shared/contract';
import type { AddedUnits } from '../../shared/admin-units/admin-units';
import { provincePointFields, unitPointFields } from '../../shared/admin-units/unit-point-name';
import { AppError } from '../../shared/errors';
import { getBridgePoint, insertBridgePoint, updateBridgePoint } from '../bridge-points/bridge-points';
import { assertConference, touchConference } from '../bridge-points/conference-bridge-points';
import type { ServiceContext } from '../services/context';
import { keepForUndo, rowsOf, type Snapshot } from '../undo/undo';
import { adminCatalog, provinceOf } from './catalog';
import { presentUnitPoints, provincePoint } from './present-points';
import { attachMissingPoints } from '../bridge-points/queries';

export function addUnits(ctx: ServiceContext, input: ServiceInput<'bridgePoints.addUnits'>): AddedUnits {
  const { db } = ctx;
  const catalog = adminCatalog(ctx);
  const province = provinceOf(catalog, input.provinceCode);
  if (input.conferenceId !== undefined) assertConference(ctx, input.conferenceId);
  const kinds = new Set(input.kinds);
  const ticked = input.unitCodes ? new Set(input.unitCodes) : null;
  const units = province.units.filter((u) => (ticked ? ticked.has(u.code) : kinds.has(u.kind)));
  if (ticked) {
    const strangers = [...ticked].filter((code) => !units.some((u) => u.code === code));
    if (strangers.length > 0) {
      throw new AppError(
        'VALIDATION',
        `Mã ${strangers.slice(0, 5).join(', ')} không thuộc ${province.name} trong danh mục hành chính; hãy ` +
          `chọn lại các xã, phường, đặc khu.`,
      );
    }
  }
  if (units.length === 0) {
    throw new AppError('VALIDATION', `${province.name} không có đơn vị nào thuộc loại đã chọn.`);
  }

  return db.transaction(() => {
    const addedPoints: number[] = [];
    const own = input.parentId === undefined ? provincePoint(ctx, province) : null;
    let parentId: number;
    if (input.parentId !== undefined) parentId = getBridgePoint(ctx, { id: input.parentId }).id;
    else if (own) parentId = own.id;
    else {
      parentId = insertBridgePoint(ctx, { parentId: null, ...provincePointFields(input.pattern, province) });
      addedPoints.push(parentId);
    }
    const present = presentUnitPoints(ctx, catalog, province, parentId);
    // Points found by their name are given the unit's code, so that the next time finds them by it.
    const coded = [
      ...(own?.byMeaning ? [{ id: own.id, code: province.code }] : []),
      ...units.flatMap((u) => {
        const point = present.get(u.code);
        return point?.byMeaning ? [{ id: point.id, code: u.code }] : [];
      }),
    ];
    const before = rowsOf(
      db,
      'bridge_points',
      coded.map((c) => c.id),
    );
    for (const { id, code } of coded) updateBridgePoint(ctx, { id, unitCode: code }, { history: false });
    const unitPoints: number[] = [];
    let added = 0;
    for (const unit of units) {
      const point = present.get(unit.code);
      if (point) {
        unitPoints.push(point.id);
        continue;
      }
      const id = insertBridgePoint(ctx, { parentId, ...unitPointFields(input.pattern, unit) });
      added++;
      addedPoints.push(id);
      unitPoints.push(id);
    }
    const attached =
      input.conferenceId === undefined ? [] : attachAll(ctx, input.conferenceId, [parentId, ...unitPoints]);
    const skipped = units.length - added;
    const snapshot: Snapshot = {
      groups: [],
      cleared: [],
      revised: [before],
      // The attached rows go first: the points they name are deleted after them.
      added: [
        { table: 'conference_bridge_points', ids: attached },
        { table: 'bridge_points', ids: addedPoints },
      ],
    };
    const kept = keepForUndo(db, addedMessage(province.name, added, skipped, attached.length), snapshot);
    return { added, skipped, parentId, attached: attached.length, ...kept };
  })();
}

/** Attaches the points not attached yet; the ids of the rows it made. */
function attachAll(ctx: ServiceContext, conferenceId: number, pointIds: readonly number[]): number[] {
  const ids = attachMissingPoints(ctx.db, conferenceId, pointIds);
  touchConference(ctx, conferenceId);
  return ids;
}

function addedMessage(provinceName: string, added: number, skipped: number, attached: number): string {
  const parts = [
    added > 0 ? `Đã thêm ${added} điểm cầu của ${provinceName} vào danh mục` : `Không thêm điểm cầu mới`,
    skipped > 0 && `${skipped} đơn vị đã có điểm cầu nên không thêm lại`,
    attached > 0 && `gắn ${attached} điểm cầu vào hội nghị`,
  ].filter(Boolean);
  return `${parts.join('; ')}.`;
}
