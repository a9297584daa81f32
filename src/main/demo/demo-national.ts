// A conference at national scale, for trying the conference day on it (the browser tests and
// `npm run bench`): 31,000 bridge points that report counts rather than names, as the
// national conference of February 2026 had. The tree is the country's since July 2025, from
// the administrative list: the central room, the 34 provinces, every one of their 3,321
// communes, wards and special zones (with codes, kinds and levels), and under the communes the
// points of their villages and residential groups up to the count asked. Built through the
// services in one transaction, as an import would; the counts, which secretaries would type
// point by point, are written in one statement into the same columns.
import { defaultUnitNamePattern, levelSuggestions } from '../../shared/admin-units/admin-units';
import { provincePointFields, unitPointFields } from '../../shared/admin-units/unit-point-name';
import { adminCatalog } from '../admin-units/catalog';
import { insertBridgePoint } from '../bridge-points/bridge-points';
import { attachBridgePoints } from '../bridge-points/conference-bridge-points';
import { createConference } from '../conferences/conferences';
import type { ServiceContext } from '../services/context';
import { cached } from '../db/statements';

const groundLevel = levelSuggestions[3];

/**
 * Inserts the national tree of `points` points (fewer communes when fewer are asked) in the
 * caller's transaction; the ids, the central room's first.
 */
export function insertNationalPoints(ctx: ServiceContext, points: number): number[] {
  const { provinces } = adminCatalog(ctx);
  const top = insertBridgePoint(ctx, { name: 'Điểm cầu Trung ương', levelLabel: 'Trung ương', parentId: null });
  const ids = [top];
  const communes: { id: number; kind: string }[] = [];
  for (const province of provinces) {
    if (ids.length >= points) break;
    ids.push(insertBridgePoint(ctx, { parentId: top, ...provincePointFields(defaultUnitNamePattern, province) }));
  }
  provinces.forEach((province, p) => {
    for (const unit of province.units) {
      if (ids.length >= points) return;
      const id = insertBridgePoint(ctx, { parentId: ids[1 + p], ...unitPointFields(defaultUnitNamePattern, unit) });
      ids.push(id);
      communes.push({ id, kind: unit.kind });
    }
  });
  // The rest go round the communes in the list's order: a ward's residential groups are
  // numbered, as they are named; a commune's villages here too, for want of their names.
  for (let n = 0; ids.length < points; n++) {
    const commune = communes[n % communes.length];
    const number = Math.floor(n / communes.length) + 1;
    ids.push(
      insertBridgePoint(ctx, {
        name: commune.kind === 'phuong' ? `Điểm cầu Chi bộ tổ dân phố số ${number}` : `Điểm cầu Chi bộ thôn ${number}`,
        levelLabel: groundLevel,
        parentId: commune.id,
      }),
    );
  }
  return ids;
}

export function createNationalConference(ctx: ServiceContext, points = 31_000): number {
  return ctx.db.transaction(() => {
    const [top] = insertNationalPoints(ctx, points);
    const conference = createConference(ctx, {
      name: 'Hội nghị toàn quốc nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIV của Đảng',
      kind: 'hoc_tap_nghi_quyet',
      date: '2026-02-01',
      session: 'sang',
      startTime: '08:00',
      hostBody: null,
    });
    attachBridgePoints(ctx, { conferenceId: conference.id, bridgePointIds: [top], withDescendants: true });
    cached(
      ctx.db,
      `UPDATE conference_bridge_points SET invited_count = 60 + id % 5, present_count = 58 + id % 3 WHERE ` +
        `conference_id = ?`,
    ).run(conference.id);
    return conference.id;
  })();
}
