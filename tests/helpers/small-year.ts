// A year small enough to count by hand, built through the contract: three conferences in
// January and February 2026 (two kinds, two hosts), a person absent twice (once with a
// reason), a point whose link failed in two conferences (recovering once), a point that
// reports its numbers, and a delegate late. tests/unit/main/statistics holds the counts.
import type { TestServices } from './services';

export interface SmallYear {
  readonly conferences: readonly [number, number, number];
  /** The host's room, the commune whose link fails, the commune that reports numbers. */
  readonly points: { readonly main: number; readonly failing: number; readonly counting: number };
  readonly people: { readonly an: number; readonly binh: number; readonly cuong: number };
}

export async function buildSmallYear(t: TestServices): Promise<SmallYear> {
  const point = async (name: string, levelLabel: string, parentId: number | null) =>
    (await t.call('bridgePoints.create', { name, levelLabel, parentId })).id;
  const main = await point('Điểm cầu Tỉnh ủy Bắc Ninh', 'Tỉnh', null);
  const failing = await point('Điểm cầu xã Yên Thế', 'Xã', main);
  const counting = await point('Điểm cầu xã Lục Nam', 'Xã', main);
  const person = async (fullName: string) => (await t.call('people.create', { fullName })).id;
  const an = await person('Nguyễn Văn An');
  const binh = await person('Trần Thị Bình');
  const cuong = await person('Lê Văn Cường');

  const conference = async (
    name: string,
    kind: 'giao_ban' | 'chuyen_de',
    date: string,
    hostBody: string,
    points: readonly number[],
  ) => {
    const c = await t.call('conferences.create', {
      name,
      kind,
      date,
      session: 'sang',
      startTime: '08:00',
      hostBody,
      mainBridgePointId: main,
    });
    await t.call('conferenceBridgePoints.attach', { conferenceId: c.id, bridgePointIds: [...points] });
    const attached = await t.call('conferenceBridgePoints.list', { conferenceId: c.id });
    const at = (bridgePointId: number) => attached.find((p) => p.bridgePointId === bridgePointId)!.id;
    return { id: c.id, at };
  };
  const add = async (
    conferenceId: number,
    rows: readonly { personId: number; unit: string; conferenceBridgePointId: number }[],
  ) => (await t.call('attendees.add', { conferenceId, rows: [...rows] })).ids;

  // January: the Party committee's briefing at three points.
  const first = await conference('Hội nghị giao ban tháng 1', 'giao_ban', '2026-01-15', 'Tỉnh ủy Bắc Ninh', [
    failing,
    counting,
  ]);
  await t.call('rollCall.mark', {
    conferenceId: first.id,
    conferenceBridgePointIds: [first.at(failing)],
    status: 'su_co',
    note: 'Mất tiếng',
  });
  await t.call('rollCall.mark', {
    conferenceId: first.id,
    conferenceBridgePointIds: [first.at(failing), first.at(counting)],
    status: 'da_ket_noi',
  });
  await t.call('conferenceBridgePoints.update', { id: first.at(counting), invitedCount: 30, presentCount: 28 });
  const [anFirst, binhFirst, cuongFirst] = await add(first.id, [
    { personId: an, unit: 'Sở Nội vụ', conferenceBridgePointId: first.at(main) },
    { personId: binh, unit: 'sở nội vụ', conferenceBridgePointId: first.at(main) },
    { personId: cuong, unit: 'Văn phòng Tỉnh ủy', conferenceBridgePointId: first.at(main) },
  ]);
  await t.call('attendance.mark', {
    conferenceId: first.id,
    attendeeIds: [anFirst],
    status: 'vang_co_ly_do',
    reason: 'Đi công tác',
  });
  await t.call('attendance.mark', { conferenceId: first.id, attendeeIds: [binhFirst], status: 'co_mat', late: true });
  await t.call('attendance.mark', { conferenceId: first.id, attendeeIds: [cuongFirst], status: 'co_mat' });

  // February: the people's committee's thematic conference; the commune's link fails and stays down.
  const second = await conference('Hội nghị chuyên đề chuyển đổi số', 'chuyen_de', '2026-02-10', 'UBND tỉnh Bắc Ninh', [
    failing,
  ]);
  await t.call('rollCall.mark', {
    conferenceId: second.id,
    conferenceBridgePointIds: [second.at(failing)],
    status: 'su_co',
    note: 'Mất tín hiệu',
  });
  const [anSecond, binhSecond] = await add(second.id, [
    { personId: an, unit: 'Sở Nội vụ', conferenceBridgePointId: second.at(main) },
    { personId: binh, unit: 'sở nội vụ', conferenceBridgePointId: second.at(main) },
  ]);
  await t.call('attendance.mark', { conferenceId: second.id, attendeeIds: [anSecond], status: 'vang' });
  await t.call('attendance.mark', { conferenceId: second.id, attendeeIds: [binhSecond], status: 'co_mat' });

  // Late February: a briefing whose commune is not checked yet; one delegate only confirmed.
  const third = await conference('Hội nghị giao ban tháng 2', 'giao_ban', '2026-02-20', 'Tỉnh ủy Bắc Ninh', [counting]);
  const [anThird, cuongThird] = await add(third.id, [
    { personId: an, unit: 'Sở Nội vụ', conferenceBridgePointId: third.at(counting) },
    { personId: cuong, unit: 'Văn phòng Tỉnh ủy', conferenceBridgePointId: third.at(counting) },
  ]);
  await t.call('attendance.mark', { conferenceId: third.id, attendeeIds: [anThird], status: 'co_mat' });
  await t.call('attendance.mark', { conferenceId: third.id, attendeeIds: [cuongThird], status: 'xac_nhan' });

  return {
    conferences: [first.id, second.id, third.id],
    points: { main, failing, counting },
    people: { an, binh, cuong },
  };
}
