// The other kind of conference a provincial secretary records: a national one, held by a
// central body from its room in Hà Nội, that her province joins from the Tỉnh ủy's room with
// its own points under it (the communes reporting their numbers only). She sits at the Tỉnh
// ủy's point, so the conference's documents speak from there: issued by the Tỉnh ủy, presided
// there by its leader, counting its branch. The names are made up, as the review's are.
import { levelSuggestions } from '../../shared/admin-units/admin-units';
import { contract, type CallInput, type ServiceInput } from '../../shared/contract';
import { addAttendees } from '../attendees/attendees';
import { findChildByName, insertBridgePoint } from '../bridge-points/bridge-points';
import { attachBridgePoints } from '../bridge-points/conference-bridge-points';
import { createConference } from '../conferences/conferences';
import type { ServiceContext } from '../services/context';
import { cached } from '../db/statements';

type Row = CallInput<'attendees.add'>['rows'][number];

/** At the Tỉnh ủy's point: who presides there, and the leaders with them (people of the review). */
export interface ProvinceDelegation {
  readonly pointId: number;
  /** The points under the Tỉnh ủy's that join too; they report numbers only. */
  readonly localPointIds: readonly number[];
  /** The first presides at the point; a thư ký keeps the minutes. */
  readonly delegates: readonly Omit<Row, 'conferenceBridgePointId'>[];
}

const centralRoom = {
  name: 'Điểm cầu Trung ương',
  levelLabel: levelSuggestions[0],
  address: 'Hội trường Văn phòng Trung ương Đảng, Hà Nội',
  techContact: 'Phạm Quốc Khánh',
  techPhone: '0243 823 5161',
};

const chair: Row = {
  fullName: 'Đinh Văn Thịnh',
  position: 'Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng',
  unit: 'Văn phòng Trung ương Đảng',
  role: 'chu_tri',
  status: 'co_mat',
  phone: '0904 118 260',
};

/** Ten days before the review, the Friday before when that is a weekend. */
export function centralConferenceDate(reviewDate: string): string {
  const [year, month, day] = reviewDate.split('-').map(Number);
  const date = new Date(year, month - 1, day - 10);
  if (date.getDay() === 6) date.setDate(date.getDate() - 1);
  if (date.getDay() === 0) date.setDate(date.getDate() - 2);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

export function createCentralConference(ctx: ServiceContext, province: ProvinceDelegation, reviewDate: string): number {
  const typed = <N extends 'bridgePoints.create' | 'conferences.create' | 'attendees.add'>(
    name: N,
    input: CallInput<N>,
  ) => contract[name].input.parse(input) as ServiceInput<N>;
  let central = findChildByName(ctx, null, centralRoom.name);
  if (central === null) {
    central = insertBridgePoint(ctx, typed('bridgePoints.create', { ...centralRoom, parentId: null }));
    // The centre heads the directory, above the provinces.
    cached(
      ctx.db,
      `UPDATE bridge_points SET position = (SELECT min(position) - 1 FROM bridge_points WHERE parent_id IS NULL)
         WHERE id = ?`,
    ).run(central);
  }
  const conference = createConference(
    ctx,
    typed('conferences.create', {
      name: 'Hội nghị trực tuyến toàn quốc quán triệt, triển khai Quy định số 399-QĐ/TW của Ban Bí thư',
      kind: 'hoc_tap_nghi_quyet',
      date: centralConferenceDate(reviewDate),
      session: 'sang',
      startTime: '08:00',
      hostBody: 'Văn phòng Trung ương Đảng',
      mainBridgePointId: central,
      chair: null,
    }),
  );
  attachBridgePoints(ctx, {
    conferenceId: conference.id,
    bridgePointIds: [central, province.pointId, ...province.localPointIds],
    withDescendants: false,
  });
  const pointOf = cached(
    ctx.db,
    `SELECT id FROM conference_bridge_points WHERE conference_id = ? AND bridge_point_id = ?`,
  );
  const at = (bridgePointId: number) => pointOf.pluck().get(conference.id, bridgePointId) as number;
  const provincePoint = at(province.pointId);
  addAttendees(
    ctx,
    typed('attendees.add', {
      conferenceId: conference.id,
      rows: [
        { ...chair, conferenceBridgePointId: at(central) },
        ...province.delegates.map((d) => ({ ...d, conferenceBridgePointId: provincePoint })),
      ],
    }),
  );
  const [presiding] = province.delegates;
  const setPoint = cached(
    ctx.db,
    `UPDATE conference_bridge_points SET presiding_name = ?, presiding_position = ?, connection_status = 'da_ket_noi',
       connection_checked_at = ?, invited_count = ?, present_count = ? WHERE id = ?`,
  );
  const checked = `${conference.date}T00:45:00.000Z`;
  setPoint.run(presiding.fullName, presiding.position, checked, null, null, provincePoint);
  // The communes send their numbers, as most points of a national conference do.
  province.localPointIds.forEach((id, i) => setPoint.run(null, null, checked, 12, 12 - (i % 3), at(id)));
  cached(ctx.db, `UPDATE conferences SET own_point_id = ? WHERE id = ?`).run(provincePoint, conference.id);
  return conference.id;
}
