// A sample conference of the present, so a newcomer sees realistic data at once: a province's
// quarterly review (giao ban) since the two-tier reform of July 2025, chaired from the Tỉnh ủy's
// main room and connected to the province's own Party committees and to a set of its communes
// and wards, taken from the administrative list with their codes, as "Thêm từ danh mục" adds
// them.
import { defaultUnitNamePattern, levelSuggestions } from '../../shared/admin-units/admin-units';
import { provincePointFields, unitPointFields } from '../../shared/admin-units/unit-point-name';
import { contract, type CallInput, type CallName, type ServiceInput } from '../../shared/contract';
import type { AttendanceStatus, AttendeeRole } from '../../shared/attendees/vocabularies';
import { adminCatalog, provinceOf } from '../admin-units/catalog';
import { addAttendees } from '../attendees/attendees';
import { findChildByName, insertBridgePoint } from '../bridge-points/bridge-points';
import { attachBridgePoints } from '../bridge-points/conference-bridge-points';
import { createConference } from '../conferences/conferences';
import type { ServiceContext } from '../services/context';
import { createCentralConference } from './demo-central';
import { agencyCommitteePositions, communePositions, generatePerson, seededRandom, wardPositions } from './demo-data';
import { cached } from '../db/statements';

/** Thái Nguyên, the province of the news items the secretary writes (docs/examples). */
const provinceCode = '19';
const agencyLevel = levelSuggestions[4];

interface Room {
  address: string;
  techContact: string;
  techPhone: string;
}

const mainRoom: Room = {
  address: 'Hội trường Tỉnh ủy, số 16 đường Nha Trang, phường Phan Đình Phùng, Thái Nguyên',
  techContact: 'Lưu Quang Huy',
  techPhone: '0912 457 338',
};

/** The province's own Party committees, each with its room and the unit its delegates give. */
const agencies: (Room & { name: string; unit: string })[] = [
  {
    name: 'Điểm cầu Đảng ủy các cơ quan Đảng tỉnh',
    unit: 'Đảng ủy các cơ quan Đảng tỉnh',
    address: 'Phòng họp trực tuyến Đảng ủy các cơ quan Đảng tỉnh, phường Phan Đình Phùng',
    techContact: 'Nguyễn Thành Công',
    techPhone: '0208 3856 214',
  },
  {
    name: 'Điểm cầu Đảng ủy UBND tỉnh',
    unit: 'Đảng ủy UBND tỉnh',
    address: 'Phòng họp trực tuyến UBND tỉnh, phường Phan Đình Phùng',
    techContact: 'Trần Đức Mạnh',
    techPhone: '0915 306 729',
  },
];

/** Communes and wards of the list, by code: the provincial capital's ward, Bắc Kạn's, two communes. */
const units: (Room & { code: string })[] = [
  {
    code: '05443',
    address: 'Hội trường Đảng ủy phường Phan Đình Phùng',
    techContact: 'Ma Văn Khải',
    techPhone: '0978 660 154',
  },
  {
    code: '01843',
    address: 'Hội trường Đảng ủy phường Bắc Kạn',
    techContact: 'Hoàng Thị Nhàn',
    techPhone: '0356 214 877',
  },
  { code: '05830', address: 'Hội trường UBND xã Đại Từ', techContact: 'Đào Văn Tú', techPhone: '0987 112 406' },
  { code: '05611', address: 'Hội trường UBND xã Phú Lương', techContact: 'Dương Văn Lực', techPhone: '0963 448 215' },
];

const quarterNames = ['I', 'II', 'III', 'IV'];

/**
 * The day of the demo's review: the 25th of the last month of today's quarter, or the Friday
 * before when it falls on a weekend. A quarterly review is held in the quarter's last week or
 * so, when its results are nearly in and the next quarter's tasks can be set, and the days left
 * go to the conclusions notice and the report to the superior body; so the demo is always this
 * quarter's, never more than a quarter ahead of today.
 */
export function demoDate(today: Date): string {
  const year = today.getFullYear();
  const lastMonth = Math.floor(today.getMonth() / 3) * 3 + 2;
  const day = new Date(year, lastMonth, 25);
  const weekday = day.getDay();
  if (weekday === 6) day.setDate(24);
  if (weekday === 0) day.setDate(23);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${year}-${two(lastMonth + 1)}-${two(day.getDate())}`;
}

/** "quý IV năm 2026", from the ISO date. */
export function quarterOf(date: string): string {
  const [year, month] = date.split('-').map(Number);
  return `quý ${quarterNames[Math.floor((month - 1) / 3)]} năm ${year}`;
}

/** The sample goes through the contract's schemas, so it is cleaned exactly like typed input. */
function asTyped<N extends CallName>(name: N, input: CallInput<N>): ServiceInput<N> {
  return contract[name].input.parse(input) as ServiceInput<N>;
}

function ensurePoint(ctx: ServiceContext, fields: CallInput<'bridgePoints.create'>): number {
  const parentId = fields.parentId ?? null;
  return findChildByName(ctx, parentId, fields.name) ?? insertBridgePoint(ctx, asTyped('bridgePoints.create', fields));
}

interface Named {
  fullName: string;
  position: string;
  unit: string;
  role: AttendeeRole;
  phone: string;
}

// The Tỉnh ủy's leaders in the main room. The names are made up: the demo is no record of
// who holds these posts.
const leaders: Named[] = [
  {
    fullName: 'Hà Quang Vinh',
    position: 'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh',
    unit: 'Tỉnh ủy Thái Nguyên',
    role: 'chu_tri',
    phone: '0913 286 050',
  },
  {
    fullName: 'Nông Văn Thành',
    position: 'Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Tỉnh ủy',
    unit: 'Ban Xây dựng Đảng Tỉnh ủy Thái Nguyên',
    role: 'dong_chu_tri',
    phone: '0912 035 117',
  },
  {
    fullName: 'Lương Thị Minh Tâm',
    position: 'Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy',
    unit: 'Ủy ban Kiểm tra Tỉnh ủy Thái Nguyên',
    role: 'du',
    phone: '0983 417 552',
  },
  {
    fullName: 'Trần Đức Long',
    position: 'Phó Trưởng Ban Xây dựng Đảng Tỉnh ủy',
    unit: 'Ban Xây dựng Đảng Tỉnh ủy Thái Nguyên',
    role: 'bao_cao_vien',
    phone: '0982 671 203',
  },
  {
    fullName: 'Hoàng Thị Minh Ngọc',
    position: 'Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy',
    unit: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên',
    role: 'tham_luan',
    phone: '0946 208 375',
  },
  {
    fullName: 'Đặng Thu Trang',
    position: 'Chuyên viên Văn phòng Tỉnh ủy',
    unit: 'Văn phòng Tỉnh ủy Thái Nguyên',
    role: 'thu_ky',
    phone: '0345 902 611',
  },
];

/** A point away from the main room: its delegates' positions, leaders first, and their unit. */
interface LocalPoint {
  bridgePointId: number;
  positions: readonly string[];
  unit: string;
}

export function createDemo(ctx: ServiceContext): { conferenceId: number } {
  const province = provinceOf(adminCatalog(ctx), provinceCode);
  const date = demoDate(new Date());
  return ctx.db.transaction(() => {
    const main = ensurePoint(ctx, {
      ...mainRoom,
      parentId: null,
      ...provincePointFields(defaultUnitNamePattern, province),
    });
    const local: LocalPoint[] = agencies.map(({ unit, ...room }) => ({
      bridgePointId: ensurePoint(ctx, { ...room, parentId: main, levelLabel: agencyLevel }),
      positions: agencyCommitteePositions,
      unit,
    }));
    for (const { code, ...room } of units) {
      const unit = province.units.find((u) => u.code === code)!;
      const fields = unitPointFields(defaultUnitNamePattern, unit);
      local.push({
        bridgePointId: ensurePoint(ctx, { ...room, parentId: main, ...fields }),
        positions: (unit.kind === 'phuong' ? wardPositions(communePositions) : communePositions).slice(0, 8),
        unit: fields.name.replace(/^Điểm cầu /u, ''),
      });
    }
    const conference = createConference(
      ctx,
      asTyped('conferences.create', {
        name: `Hội nghị giao ban trực tuyến công tác xây dựng Đảng ${quarterOf(date)}`,
        kind: 'giao_ban',
        date,
        session: 'chieu',
        startTime: '14:00',
        hostBody: 'Tỉnh ủy Thái Nguyên',
        mainBridgePointId: main,
        chair: null,
      }),
    );
    attachBridgePoints(ctx, {
      conferenceId: conference.id,
      bridgePointIds: [main, ...local.map((p) => p.bridgePointId)],
      withDescendants: false,
    });
    const attached = new Map(
      cached(ctx.db, `SELECT bridge_point_id, id FROM conference_bridge_points WHERE conference_id = ?`)
        .raw()
        .all(conference.id) as [number, number][],
    );
    const random = seededRandom(20261225);
    const rows: CallInput<'attendees.add'>['rows'][number][] = leaders.map((l) => ({
      ...l,
      status: 'co_mat',
      conferenceBridgePointId: attached.get(main)!,
    }));
    const statusFor = (): AttendanceStatus => {
      const r = random();
      return r < 0.8 ? 'co_mat' : r < 0.88 ? 'xac_nhan' : r < 0.95 ? 'vang_co_ly_do' : 'vang';
    };
    const heads: number[] = [];
    for (const point of local) {
      heads.push(rows.length);
      point.positions.forEach((position, index) => {
        const person = generatePerson(random);
        rows.push({
          fullName: person.fullName,
          position,
          phone: person.phone,
          role: index === 0 ? 'tham_luan' : 'du',
          status: statusFor(),
          conferenceBridgePointId: attached.get(point.bridgePointId)!,
          unit: point.unit,
          gender: person.gender,
          birthYear: person.birthYear,
        });
      });
    }
    const { ids } = addAttendees(ctx, asTyped('attendees.add', { conferenceId: conference.id, rows }));
    // Protocol order as the invitation lists them: the leaders by rank, then the head of each
    // local point; everyone else follows by role and name.
    const setOrder = cached(ctx.db, `UPDATE attendees SET protocol_order = ? WHERE id = ?`);
    const secretary = leaders.findIndex((l) => l.role === 'thu_ky');
    const ranked = [...leaders.keys()].filter((i) => i !== secretary).concat(heads);
    ranked.forEach((rowIndex, index) => setOrder.run(index + 1, ids[rowIndex]));
    const chair = leaders[0];
    cached(
      ctx.db,
      `UPDATE conference_bridge_points SET presiding_name = ?, presiding_position = ?, connection_status ` +
        `= 'da_ket_noi', connection_checked_at = ? WHERE id = ?`,
    ).run(chair.fullName, chair.position, `${date}T06:30:00.000Z`, attached.get(main));
    // The national conference the province joined earlier in the month, recorded at the Tỉnh ủy's point.
    const at = (role: AttendeeRole) => leaders.find((l) => l.role === role)!;
    createCentralConference(
      ctx,
      {
        pointId: main,
        localPointIds: local.map((p) => p.bridgePointId),
        delegates: [
          { ...chair, role: 'du', status: 'co_mat' },
          { ...at('dong_chu_tri'), role: 'du', status: 'co_mat' },
          { ...leaders[2], status: 'vang_co_ly_do', note: 'Đi công tác' },
          { ...at('thu_ky'), status: 'co_mat' },
        ],
      },
      date,
    );
    return { conferenceId: conference.id };
  })();
}
