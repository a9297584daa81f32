// A sample conference like those in the news items the secretary writes (the Q4 organising-
// work review of Dec 2020, Thái Nguyên), so a newcomer sees realistic data at once.
import { contract, type CallInput, type CallName, type ServiceInput } from '../../shared/contract';
import type { AttendanceStatus, AttendeeRole } from '../../shared/domain';
import type { ServiceContext } from './context';
import { addAttendees } from './attendees';
import { findChildByName, insertBridgePoint } from './bridge-points';
import { attachBridgePoints } from './conference-bridge-points';
import { createConference } from './conferences';
import { communePositions, generatePerson, seededRandom } from './demo-data';

interface PointSpec {
  name: string;
  levelLabel: string;
  address: string;
  techContact: string;
  techPhone: string;
  children?: PointSpec[];
}

const tree: PointSpec = {
  name: 'Điểm cầu Ban Tổ chức Trung ương',
  levelLabel: 'Trung ương',
  address: 'Hội trường Ban Tổ chức Trung ương, Hà Nội',
  techContact: 'Nguyễn Thành Công',
  techPhone: '0243 823 0123',
  children: [
    {
      name: 'Điểm cầu Tỉnh ủy Thái Nguyên',
      levelLabel: 'Tỉnh',
      address: 'Hội trường Tỉnh ủy, số 16 đường Nha Trang, TP Thái Nguyên',
      techContact: 'Lưu Quang Huy',
      techPhone: '0912 457 338',
      children: [
        {
          name: 'Điểm cầu Huyện ủy Đại Từ',
          levelLabel: 'Huyện',
          address: 'Phòng họp trực tuyến Huyện ủy Đại Từ',
          techContact: 'Đào Văn Tú',
          techPhone: '0987 112 406',
          children: [
            {
              name: 'Điểm cầu Đảng ủy xã Hùng Sơn',
              levelLabel: 'Xã',
              address: 'Hội trường UBND xã Hùng Sơn',
              techContact: 'Ma Văn Khải',
              techPhone: '0978 660 154',
            },
            {
              name: 'Điểm cầu Đảng ủy xã Quân Chu',
              levelLabel: 'Xã',
              address: 'Nhà văn hóa xã Quân Chu',
              techContact: 'Hoàng Thị Nhàn',
              techPhone: '0356 214 877',
            },
          ],
        },
        {
          name: 'Điểm cầu Thành ủy Thái Nguyên',
          levelLabel: 'Huyện',
          address: 'Hội trường Thành ủy Thái Nguyên',
          techContact: 'Trần Đức Mạnh',
          techPhone: '0915 306 729',
        },
        {
          name: 'Điểm cầu Huyện ủy Phú Lương',
          levelLabel: 'Huyện',
          address: 'Phòng họp Huyện ủy Phú Lương',
          techContact: 'Dương Văn Lực',
          techPhone: '0963 448 215',
        },
      ],
    },
  ],
};

/** The sample goes through the contract's schemas, so it is cleaned exactly like typed input. */
function asTyped<N extends CallName>(name: N, input: CallInput<N>): ServiceInput<N> {
  return contract[name].input.parse(input) as ServiceInput<N>;
}

function ensurePoints(ctx: ServiceContext, spec: PointSpec, parentId: number | null, ids: Map<string, number>): void {
  const { children, ...fields } = spec;
  const id =
    findChildByName(ctx, parentId, spec.name) ??
    insertBridgePoint(ctx, asTyped('bridgePoints.create', { ...fields, parentId }));
  ids.set(spec.name, id);
  for (const child of children ?? []) ensurePoints(ctx, child, id, ids);
}

interface Named {
  fullName: string;
  position: string;
  unit: string;
  point: string;
  role: AttendeeRole;
  status: AttendanceStatus;
  phone?: string;
}

const leaders: Named[] = [
  {
    fullName: 'Phạm Minh Chính',
    position: 'Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương',
    unit: 'Ban Tổ chức Trung ương',
    point: 'Điểm cầu Ban Tổ chức Trung ương',
    role: 'chu_tri',
    status: 'co_mat',
  },
  {
    fullName: 'Mai Văn Chính',
    position: 'Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương',
    unit: 'Ban Tổ chức Trung ương',
    point: 'Điểm cầu Ban Tổ chức Trung ương',
    role: 'dong_chu_tri',
    status: 'co_mat',
  },
  {
    fullName: 'Phạm Hoàng Sơn',
    position: 'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh',
    unit: 'Tỉnh ủy Thái Nguyên',
    point: 'Điểm cầu Tỉnh ủy Thái Nguyên',
    role: 'du',
    status: 'co_mat',
    phone: '0913 286 050',
  },
  {
    fullName: 'Dương Xuân Hùng',
    position: 'Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy',
    unit: 'Tỉnh ủy Thái Nguyên',
    point: 'Điểm cầu Tỉnh ủy Thái Nguyên',
    role: 'bao_cao_vien',
    status: 'co_mat',
    phone: '0912 035 117',
  },
  {
    fullName: 'Nông Thị Hồng Nhung',
    position: 'Phó Trưởng Ban Tổ chức Tỉnh ủy',
    unit: 'Ban Tổ chức Tỉnh ủy Thái Nguyên',
    point: 'Điểm cầu Tỉnh ủy Thái Nguyên',
    role: 'tham_luan',
    status: 'co_mat',
    phone: '0982 671 203',
  },
  {
    fullName: 'Lê Thị Thu Trang',
    position: 'Chuyên viên Văn phòng Tỉnh ủy',
    unit: 'Văn phòng Tỉnh ủy Thái Nguyên',
    point: 'Điểm cầu Tỉnh ủy Thái Nguyên',
    role: 'thu_ky',
    status: 'co_mat',
    phone: '0345 902 611',
  },
];

const districtPositions = [
  'Bí thư Huyện ủy',
  'Phó Bí thư Thường trực Huyện ủy',
  'Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy',
  'Phó Trưởng Ban Tổ chức Huyện ủy',
  'Chuyên viên Ban Tổ chức Huyện ủy',
  'Chuyên viên Văn phòng Huyện ủy',
  'Trưởng phòng Nội vụ',
  'Chuyên viên Phòng Nội vụ',
];

export function createDemo(ctx: ServiceContext): { conferenceId: number } {
  return ctx.db.transaction(() => {
    const points = new Map<string, number>();
    ensurePoints(ctx, tree, null, points);
    const conference = createConference(
      ctx,
      asTyped('conferences.create', {
        name: 'Hội nghị giao ban trực tuyến toàn quốc đánh giá công tác tổ chức xây dựng Đảng quý IV năm 2026',
        kind: 'giao_ban',
        date: '2026-12-30',
        session: 'chieu',
        startTime: '14:00',
        hostBody: 'Ban Tổ chức Trung ương',
        mainBridgePointId: points.get(tree.name)!,
        chair: null,
      }),
    );
    attachBridgePoints(ctx, {
      conferenceId: conference.id,
      bridgePointIds: [...points.values()],
      withDescendants: false,
    });
    const pointIds = new Map(
      (
        ctx.db
          .prepare(
            `SELECT b.name, cbp.id FROM conference_bridge_points cbp JOIN bridge_points b ON b.id = ` +
              `cbp.bridge_point_id WHERE cbp.conference_id = ?`,
          )
          .raw()
          .all(conference.id) as [string, number][]
      ).map(([name, id]) => [name, id]),
    );
    const random = seededRandom(20201230);
    const rows: CallInput<'attendees.add'>['rows'][number][] = leaders.map((l) => ({
      fullName: l.fullName,
      position: l.position,
      unit: l.unit,
      phone: l.phone ?? null,
      role: l.role,
      status: l.status,
      conferenceBridgePointId: pointIds.get(l.point)!,
    }));
    const statusFor = (): AttendanceStatus => {
      const r = random();
      return r < 0.8 ? 'co_mat' : r < 0.88 ? 'xac_nhan' : r < 0.95 ? 'vang_co_ly_do' : 'vang';
    };
    const localPoints: [string, string[], string][] = [
      ['Điểm cầu Huyện ủy Đại Từ', districtPositions, 'Huyện ủy Đại Từ'],
      [
        'Điểm cầu Thành ủy Thái Nguyên',
        districtPositions.map((p) => p.replace('Huyện ủy', 'Thành ủy')),
        'Thành ủy Thái Nguyên',
      ],
      ['Điểm cầu Huyện ủy Phú Lương', districtPositions, 'Huyện ủy Phú Lương'],
      ['Điểm cầu Đảng ủy xã Hùng Sơn', communePositions, 'Đảng ủy xã Hùng Sơn'],
      ['Điểm cầu Đảng ủy xã Quân Chu', communePositions, 'Đảng ủy xã Quân Chu'],
    ];
    const heads: number[] = [];
    for (const [point, positions, unit] of localPoints) {
      heads.push(rows.length);
      positions.forEach((position, index) => {
        const person = generatePerson(random);
        rows.push({
          fullName: person.fullName,
          position,
          phone: person.phone,
          role: index === 0 ? 'tham_luan' : 'du',
          status: statusFor(),
          conferenceBridgePointId: pointIds.get(point)!,
          unit,
          gender: person.gender,
          birthYear: person.birthYear,
        });
      });
    }
    const { ids } = addAttendees(ctx, asTyped('attendees.add', { conferenceId: conference.id, rows }));
    // Protocol order as the invitation lists them: the leaders by rank, then the head of each
    // local point; everyone else follows by role and name.
    const setOrder = ctx.db.prepare(`UPDATE attendees SET protocol_order = ? WHERE id = ?`);
    const secretary = leaders.findIndex((l) => l.role === 'thu_ky');
    const ranked = [...leaders.keys()].filter((i) => i !== secretary).concat(heads);
    ranked.forEach((rowIndex, index) => setOrder.run(index + 1, ids[rowIndex]));
    ctx.db
      .prepare(
        `UPDATE conference_bridge_points SET presiding_name = ?, presiding_position = ?, connection_status ` +
          `= 'da_ket_noi', connection_checked_at = ? WHERE id = ?`,
      )
      .run(
        'Phạm Hoàng Sơn',
        'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh',
        '2026-12-30T06:30:00.000Z',
        pointIds.get('Điểm cầu Tỉnh ủy Thái Nguyên'),
      );
    return { conferenceId: conference.id };
  })();
}
