// The protocol order of a conference: the secretary's own numbers first, then the role, the
// rank of the position by the list of titles in Cài đặt, the level of the point, and name
// order; the stored keys follow every change of what they are worked out from.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { communeLevel, provinceLevel } from '../../../../src/shared/admin-units/admin-units';
import { levelTier } from '../../../../src/shared/conference-day/figures';
import { builtInPositionRanks, positionRanker } from '../../../../src/shared/protocol/position-ranks';
import { fixturesDir } from '../../../helpers/fixtures';
import { openTestServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
let conferenceId: number;
const point = { central: 0, province: 0, commune: 0 };
const bridgePoint = { central: 0, province: 0, commune: 0 };

beforeEach(async () => {
  t = await openTestServices();
  // A chain of points, each under the one before: the centre, a province, a commune.
  let parentId: number | null = null;
  for (const [key, name, levelLabel] of [
    ['central', 'Điểm cầu Trung ương', 'Trung ương'],
    ['province', 'Điểm cầu Tỉnh ủy Thái Nguyên', provinceLevel],
    ['commune', 'Điểm cầu xã Đại Từ', communeLevel],
  ] as const) {
    parentId = bridgePoint[key] = (await t.call('bridgePoints.create', { name, levelLabel, parentId })).id;
  }
  conferenceId = (
    await t.call('conferences.create', {
      name: 'Hội nghị cán bộ chủ chốt',
      kind: 'can_bo_chu_chot',
      date: '2026-12-30',
      session: 'sang',
      startTime: '08:00',
      mainBridgePointId: bridgePoint.central,
    })
  ).id;
  await t.call('conferenceBridgePoints.attach', {
    conferenceId,
    bridgePointIds: [bridgePoint.province, bridgePoint.commune],
  });
  const points = await t.call('conferenceBridgePoints.list', { conferenceId });
  const at = (id: number) => points.find((p) => p.bridgePointId === id)!.id;
  Object.assign(point, {
    central: at(bridgePoint.central),
    province: at(bridgePoint.province),
    commune: at(bridgePoint.commune),
  });
});
afterEach(() => t.close());

async function protocolOrder(): Promise<string[]> {
  const page = await t.call('attendees.list', { conferenceId, limit: 1000 });
  return page.rows.map((r) => r.fullName);
}

/** Attendees whose stored rank or tier is not what the stored list and their point give now. */
function keysOutOfStep(db: Database.Database): number[] {
  const rank = positionRanker(db.prepare(`SELECT pattern FROM position_ranks ORDER BY rank`).pluck().all() as string[]);
  const rows = db
    .prepare(
      `SELECT a.id, coalesce(a.position, p.position) AS position, b.level_label AS level, a.position_rank, a.level_tier
       FROM attendees a JOIN people p ON p.id = a.person_id
       LEFT JOIN conference_bridge_points c ON c.id = a.conference_bridge_point_id
       LEFT JOIN bridge_points b ON b.id = c.bridge_point_id`,
    )
    .all() as {
    id: number;
    position: string | null;
    level: string | null;
    position_rank: number;
    level_tier: number;
  }[];
  return rows
    .filter((r) => r.position_rank !== rank(r.position) || r.level_tier !== levelTier(r.level))
    .map((r) => r.id);
}

async function addDelegates() {
  const added = await t.call('attendees.add', {
    conferenceId,
    rows: [
      {
        fullName: 'Lê Thị Thu Trang',
        position: 'Chuyên viên Văn phòng Tỉnh ủy',
        conferenceBridgePointId: point.province,
      },
      { fullName: 'Hà Văn Quyết', position: 'Bí thư Đảng ủy xã Đại Từ', conferenceBridgePointId: point.commune },
      {
        fullName: 'Phạm Hoàng Sơn',
        position: 'Phó Bí thư Thường trực Huyện ủy',
        conferenceBridgePointId: point.commune,
      },
      { fullName: 'Dương Xuân Hùng', position: 'Bí thư Tỉnh ủy', conferenceBridgePointId: point.province },
      {
        fullName: 'Nguyễn Văn An',
        position: 'Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương',
        role: 'chu_tri',
        conferenceBridgePointId: point.central,
      },
      { fullName: 'Trần Văn Bình', position: 'Ủy viên Trung ương Đảng', conferenceBridgePointId: point.central },
      {
        fullName: 'Nông Thị Hồng',
        position: 'Trưởng Ban Tổ chức Tỉnh ủy',
        role: 'bao_cao_vien',
        conferenceBridgePointId: point.province,
      },
    ],
  });
  return added.ids;
}

describe('protocol order', () => {
  it('lists by role, then the rank of the position, then the level of the point, then name', async () => {
    await addDelegates();
    expect(await protocolOrder()).toEqual([
      'Nguyễn Văn An', // chủ trì
      'Nông Thị Hồng', // báo cáo viên
      'Trần Văn Bình', // Ủy viên Trung ương
      'Dương Xuân Hùng', // Bí thư, at the province
      'Hà Văn Quyết', // Bí thư, at the commune
      'Phạm Hoàng Sơn', // Phó Bí thư Thường trực
      'Lê Thị Thu Trang', // Chuyên viên
    ]);
    // The documents and the drafting facts list in the same order.
    const plan = t
      .raw()
      .prepare(
        `EXPLAIN QUERY PLAN SELECT a.id FROM attendees a WHERE a.conference_id = ?
         ORDER BY a.protocol_key, a.role_rank, a.position_rank, a.level_tier, a.sort_key, a.id LIMIT 100 OFFSET 5`,
      )
      .all(conferenceId) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).not.toContain('TEMP B-TREE');
  });

  it("lets the secretary's own order win, and numbers everyone in the protocol order", async () => {
    const ids = await addDelegates();
    await t.call('attendees.update', { id: ids[0], protocolOrder: 1 });
    expect((await protocolOrder()).slice(0, 2)).toEqual(['Lê Thị Thu Trang', 'Nguyễn Văn An']);
    await t.call('attendees.update', { id: ids[0], protocolOrder: null });
    await t.call('attendees.assignProtocolOrder', { conferenceId });
    const numbered = (await t.call('attendees.list', { conferenceId, limit: 1000 })).rows;
    expect(numbered.map((r) => r.protocolOrder)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(numbered.map((r) => r.fullName)).toEqual([
      'Nguyễn Văn An',
      'Nông Thị Hồng',
      'Trần Văn Bình',
      'Dương Xuân Hùng',
      'Hà Văn Quyết',
      'Phạm Hoàng Sơn',
      'Lê Thị Thu Trang',
    ]);
  });

  it('reorders when a position, a point, a point level or the person’s own position changes', async () => {
    const ids = await addDelegates();
    const [trang, quyet, son] = ids;
    await t.call('attendees.update', { id: trang, position: 'Phó Bí thư Tỉnh ủy' });
    expect((await protocolOrder()).slice(3)).toEqual([
      'Dương Xuân Hùng',
      'Hà Văn Quyết',
      'Phạm Hoàng Sơn',
      'Lê Thị Thu Trang',
    ]);
    await t.call('attendees.update', { id: son, position: null });
    // No position of this conference: the person's own is ranked, and follows the directory.
    const sonPerson = (await t.call('attendees.get', { id: son })).personId;
    await t.call('people.update', { id: sonPerson, position: 'Ủy viên Bộ Chính trị' });
    expect((await protocolOrder())[2]).toBe('Phạm Hoàng Sơn');
    // The same rank: the point's level decides; a commune moved up to the province comes first.
    await t.call('attendees.update', { id: quyet, conferenceBridgePointId: point.central });
    expect((await protocolOrder()).slice(4, 6)).toEqual(['Hà Văn Quyết', 'Dương Xuân Hùng']);
    await t.call('attendees.update', { id: quyet, conferenceBridgePointId: point.commune });
    await t.call('bridgePoints.update', { id: bridgePoint.commune, levelLabel: 'Trung ương' });
    expect((await protocolOrder()).slice(4, 6)).toEqual(['Hà Văn Quyết', 'Dương Xuân Hùng']);
    // Taken off the conference, the point's attendees have no level; undone, they have it again.
    const removal = await t.call('conferenceBridgePoints.detach', { ids: [point.commune] });
    expect(keysOutOfStep(t.raw())).toEqual([]);
    expect((await protocolOrder()).slice(4, 6)).toEqual(['Dương Xuân Hùng', 'Hà Văn Quyết']);
    await t.call('undo.restore', { undoId: removal.undoId });
    expect(keysOutOfStep(t.raw())).toEqual([]);
    expect((await protocolOrder()).slice(4, 6)).toEqual(['Hà Văn Quyết', 'Dương Xuân Hùng']);
  });

  it('reorders every attendee when the list of titles is edited, and goes back to the built-in list', async () => {
    await addDelegates();
    expect(await t.call('protocolRanks.get', {})).toEqual({
      patterns: builtInPositionRanks,
      builtIn: true,
      reordered: 0,
    });
    const edited = ['Chuyên viên', ...builtInPositionRanks.filter((p) => p !== 'Chuyên viên')];
    const set = await t.call('protocolRanks.set', { patterns: edited.map((p) => ` ${p.normalize('NFD')} `) });
    expect(set).toEqual({ patterns: edited, builtIn: false, reordered: 7 });
    expect(keysOutOfStep(t.raw())).toEqual([]);
    expect((await protocolOrder()).slice(2, 4)).toEqual(['Lê Thị Thu Trang', 'Trần Văn Bình']);
    // Added afterwards, a delegate is ranked by the edited list too.
    await t.call('attendees.add', {
      conferenceId,
      rows: [{ fullName: 'Ma Văn Khải', position: 'Chuyên viên chính', conferenceBridgePointId: point.central }],
    });
    expect((await protocolOrder()).slice(2, 4)).toEqual(['Ma Văn Khải', 'Lê Thị Thu Trang']);

    const reset = await t.call('protocolRanks.reset', {});
    expect(reset).toEqual({ patterns: builtInPositionRanks, builtIn: true, reordered: 8 });
    expect((await protocolOrder()).at(-1)).toBe('Lê Thị Thu Trang');
    expect(keysOutOfStep(t.raw())).toEqual([]);
  });

  it('refuses a list with a title twice or a blank line, keeping the list as it was', async () => {
    expect(await t.fail('protocolRanks.set', { patterns: ['Bí thư', 'Uỷ viên', 'ủy viên'] })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Chức vụ "ủy viên" trùng với "Uỷ viên" đã có trong danh sách.') as string,
    });
    expect(await t.fail('protocolRanks.set', { patterns: ['Bí thư', '   '] })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Có dòng chức vụ để trống') as string,
    });
    expect((await t.call('protocolRanks.get', {})).builtIn).toBe(true);
  });

  it('ranks an imported list as it writes it', async () => {
    const file = '01-tieu-de-va-nhom-dong.xlsx';
    const preview = await t.call('imports.preview', {
      requestId: randomUUID().replace(/-/g, ''),
      fileName: file,
      content: fs.readFileSync(path.join(fixturesDir, file)).toString('base64'),
    });
    const result = await t.call('imports.commit', {
      requestId: randomUUID().replace(/-/g, ''),
      previewId: preview.previewId,
      target: { conferenceId },
      decisions: {},
      doubtfulDefault: 'add',
    });
    expect(result.imported).toBeGreaterThan(0);
    expect(keysOutOfStep(t.raw())).toEqual([]);
    const ranks = t.raw().prepare(`SELECT DISTINCT position_rank FROM attendees`).pluck().all() as number[];
    expect(ranks.length).toBeGreaterThan(1);
  }, 30_000);
});
