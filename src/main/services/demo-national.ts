// A conference at national scale, for trying the conference day on it (the browser tests and
// `npm run bench`): 31,000 bridge points (the central room, 63 provinces, communes under
// them) that report counts rather than names. Built through the services in one transaction,
// as an import would; the counts, which secretaries would type point by point, are written in
// one statement into the same columns.
import { insertBridgePoint } from './bridge-points';
import { attachBridgePoints } from './conference-bridge-points';
import { createConference } from './conferences';
import type { ServiceContext } from './context';

export function createNationalConference(ctx: ServiceContext, points = 31_000, provinces = 63): number {
  return ctx.db.transaction(() => {
    const top = insertBridgePoint(ctx, { name: 'Điểm cầu Trung ương', levelLabel: 'Trung ương', parentId: null });
    const tops = [top];
    for (let p = 0; p < provinces; p++)
      tops.push(insertBridgePoint(ctx, { name: `Điểm cầu Tỉnh ủy số ${p + 1}`, levelLabel: 'Tỉnh', parentId: top }));
    for (let c = tops.length; c < points; c++)
      insertBridgePoint(ctx, {
        name: `Điểm cầu Đảng ủy xã số ${c - provinces}`,
        levelLabel: 'Xã',
        parentId: tops[1 + (c % provinces)],
      });
    const conference = createConference(ctx, {
      name: 'Hội nghị toàn quốc quán triệt Nghị quyết',
      kind: 'hoc_tap_nghi_quyet',
      date: '2026-02-01',
      session: 'sang',
      startTime: '08:00',
      hostBody: null,
    });
    attachBridgePoints(ctx, { conferenceId: conference.id, bridgePointIds: [top], withDescendants: true });
    ctx.db
      .prepare(
        `UPDATE conference_bridge_points SET invited_count = 60 + id % 5, present_count = 58 + id % 3 WHERE ` +
          `conference_id = ?`,
      )
      .run(conference.id);
    return conference.id;
  })();
}
