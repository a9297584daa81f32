// The period's figures against the small year counted by hand (tests/helpers/small-year.ts):
// every number below was worked out on paper from that year, not by the code under test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../helpers/services';
import { buildSmallYear, type SmallYear } from '../../../helpers/small-year';

let t: TestServices;
let year: SmallYear;
beforeEach(async () => {
  t = await openTestServices();
  year = await buildSmallYear(t);
});
afterEach(() => t.close());

const wholeYear = { from: '2026-01-01', to: '2026-12-31' };
const figures = (filter: Record<string, unknown> = {}) =>
  t.call('statistics.period', { filter: { ...wholeYear, ...filter } });

describe('the figures of a period', () => {
  it('counts the conferences, points and delegates of the year as the day summaries do', async () => {
    const f = await figures();
    expect(f.periodLabel).toBe('Năm 2026');
    expect(
      f.conferences.map((c) => [c.date, c.kind, c.points, c.takingPart, c.problemPoints, c.invited, c.present]),
    ).toEqual([
      ['2026-01-15', 'giao_ban', 3, 3, 1, 33, 30],
      ['2026-02-10', 'chuyen_de', 2, 1, 1, 2, 1],
      ['2026-02-20', 'giao_ban', 2, 2, 0, 2, 1],
    ]);
    expect(f.conferences[0]).toMatchObject({ late: 1, absent: 3, absentWithReason: 1, absentWithoutReason: 0 });
    expect(f.conferences[2]).toMatchObject({ unknown: 1, rate: 0.5 });
    expect(f.delegates).toEqual({
      invited: 37,
      present: 32,
      late: 1,
      absent: 4,
      absentWithReason: 1,
      absentWithoutReason: 1,
      unknown: 1,
      rate: 32 / 37,
    });
    expect(f.points).toEqual({ distinct: 3, attached: 7, takingPart: 6, withProblems: 2 });
    expect(f.byKind).toEqual([
      { kind: 'giao_ban', label: 'Giao ban', conferences: 2, points: 5, takingPart: 5, invited: 35, present: 31 },
      { kind: 'chuyen_de', label: 'Chuyên đề', conferences: 1, points: 2, takingPart: 1, invited: 2, present: 1 },
    ]);
    expect(f.byHost).toEqual([
      { host: 'Tỉnh ủy Bắc Ninh', conferences: 2, points: 5, takingPart: 5, invited: 35, present: 31 },
      { host: 'UBND tỉnh Bắc Ninh', conferences: 1, points: 2, takingPart: 1, invited: 2, present: 1 },
    ]);
    expect(f.byMonth).toHaveLength(12);
    expect(f.byMonth.slice(0, 3)).toEqual([
      { month: '2026-01', conferences: 1, points: 3, takingPart: 3, invited: 33, present: 30 },
      { month: '2026-02', conferences: 2, points: 4, takingPart: 3, invited: 4, present: 2 },
      { month: '2026-03', conferences: 0, points: 0, takingPart: 0, invited: 0, present: 0 },
    ]);
    expect(f.hosts).toEqual(['Tỉnh ủy Bắc Ninh', 'UBND tỉnh Bắc Ninh']);
  });

  it('rates each bridge point and unit, and names the failing point and the person who keeps missing', async () => {
    const f = await figures();
    expect(
      f.attendanceByPoint.map((p) => [p.name, p.conferences, p.takingPart, p.invited, p.present, p.absent, p.rate]),
    ).toEqual([
      ['Điểm cầu Tỉnh ủy Bắc Ninh', 3, 3, 5, 3, 2, 0.6],
      ['Điểm cầu xã Lục Nam', 2, 2, 32, 29, 2, 29 / 32],
      ['Điểm cầu xã Yên Thế', 2, 1, 0, 0, 0, null],
    ]);
    expect(f.attendanceByPoint[0]).toMatchObject({ late: 1, absentWithReason: 1, absentWithoutReason: 1 });
    expect(f.attendanceByPoint[2]).toMatchObject({ problemConferences: 2, problemReports: 2 });
    expect(f.problemPoints).toEqual([
      {
        bridgePointId: year.points.failing,
        name: 'Điểm cầu xã Yên Thế',
        conferences: 2,
        problemConferences: 2,
        problemReports: 2,
        lastDate: '2026-02-10',
        lastNote: 'Mất tín hiệu',
      },
    ]);
    expect(f.attendanceByUnit).toEqual([
      {
        unit: 'Văn phòng Tỉnh ủy',
        conferences: 2,
        invited: 2,
        present: 1,
        late: 0,
        absent: 0,
        absentWithReason: 0,
        absentWithoutReason: 0,
        unknown: 1,
        rate: 0.5,
      },
      {
        unit: 'Sở Nội vụ',
        conferences: 3,
        invited: 5,
        present: 3,
        late: 1,
        absent: 2,
        absentWithReason: 1,
        absentWithoutReason: 1,
        unknown: 0,
        rate: 0.6,
      },
    ]);
    expect(f.repeatAbsentees).toEqual([
      {
        personId: year.people.an,
        fullName: 'Nguyễn Văn An',
        position: null,
        unit: null,
        invited: 3,
        absent: 2,
        absentWithReason: 1,
        absentWithoutReason: 1,
        present: 1,
      },
    ]);
    expect((await figures({ absentAtLeast: 3 })).repeatAbsentees).toEqual([]);
    expect((await figures({ absentAtLeast: 1 })).repeatAbsentees.map((p) => p.fullName)).toEqual(['Nguyễn Văn An']);
  });

  it('keeps to a kind, a host and a quarter, and says nothing of an empty period', async () => {
    const thematic = await figures({ kind: 'chuyen_de' });
    expect(thematic.conferences.map((c) => c.name)).toEqual(['Hội nghị chuyên đề chuyển đổi số']);
    expect(thematic.repeatAbsentees).toEqual([]);
    const committee = await figures({ host: 'Tỉnh ủy Bắc Ninh' });
    expect(committee.conferences.map((c) => c.date)).toEqual(['2026-01-15', '2026-02-20']);
    expect(committee.hosts).toEqual(['Tỉnh ủy Bắc Ninh', 'UBND tỉnh Bắc Ninh']);
    expect(committee.problemPoints.map((p) => p.problemConferences)).toEqual([1]);
    const quarter = await t.call('statistics.period', { filter: { from: '2026-01-01', to: '2026-03-31' } });
    expect([quarter.periodLabel, quarter.conferences.length, quarter.byMonth.length]).toEqual(['Quý I năm 2026', 3, 3]);
    const empty = await t.call('statistics.period', { filter: { from: '2026-07-01', to: '2026-12-31' } });
    expect(empty).toMatchObject({
      periodLabel: '6 tháng cuối năm 2026',
      conferences: [],
      points: { distinct: 0, attached: 0, takingPart: 0, withProblems: 0 },
      attendanceByPoint: [],
      repeatAbsentees: [],
      hosts: [],
    });
    expect(empty.delegates.rate).toBeNull();
    expect(await t.fail('statistics.period', { filter: { from: '2026-03-01', to: '2026-02-01' } })).toMatchObject({
      code: 'VALIDATION',
      message: 'Ngày bắt đầu phải trước hoặc đúng ngày kết thúc.',
    });
  });

  it('lists the conferences behind a point and the attendees behind a unit or a person', async () => {
    const failing = await t.call('statistics.pointConferences', {
      filter: wholeYear,
      bridgePointId: year.points.failing,
    });
    expect(failing.map((c) => [c.date, c.connectionStatus, c.problemReports, c.connectionNote])).toEqual([
      ['2026-01-15', 'da_ket_noi', 1, null],
      ['2026-02-10', 'su_co', 1, 'Mất tín hiệu'],
    ]);
    const counting = await t.call('statistics.pointConferences', {
      filter: wholeYear,
      bridgePointId: year.points.counting,
    });
    expect(counting.map((c) => [c.invited, c.present, c.unknown])).toEqual([
      [30, 28, 0],
      [2, 1, 1],
    ]);
    const an = await t.call('statistics.attendees', {
      filter: wholeYear,
      of: { by: 'person', personId: year.people.an },
    });
    expect(an.map((a) => [a.date, a.status, a.absenceReason])).toEqual([
      ['2026-01-15', 'vang_co_ly_do', 'Đi công tác'],
      ['2026-02-10', 'vang', null],
      ['2026-02-20', 'co_mat', null],
    ]);
    const unit = await t.call('statistics.attendees', { filter: wholeYear, of: { by: 'unit', unit: 'Sở Nội vụ' } });
    expect(unit.map((a) => [a.fullName, a.unit, a.late])).toEqual([
      ['Nguyễn Văn An', 'Sở Nội vụ', false],
      ['Trần Thị Bình', 'sở nội vụ', true],
      ['Nguyễn Văn An', 'Sở Nội vụ', false],
      ['Trần Thị Bình', 'sở nội vụ', false],
      ['Nguyễn Văn An', 'Sở Nội vụ', false],
    ]);
    expect(await t.call('statistics.pointConferences', { filter: wholeYear, bridgePointId: 999_999 })).toEqual([]);
  });
});

describe('a conference the office joined from its own point', () => {
  // March: a national conference hosted from the centre; the secretary records it at the Tỉnh
  // ủy's point, whose two communes are attached under it. The centre's room and another
  // province's point, with their delegates and a failed link, are not the office's to count.
  let others: { centre: number; langSon: number };
  beforeEach(async () => {
    const point = async (name: string) =>
      (await t.call('bridgePoints.create', { name, levelLabel: 'Tỉnh', parentId: null })).id;
    others = { centre: await point('Điểm cầu Trung ương'), langSon: await point('Điểm cầu Tỉnh ủy Lạng Sơn') };
    const person = async (fullName: string) => (await t.call('people.create', { fullName })).id;
    const dung = await person('Hoàng Văn Dũng');
    const hoa = await person('Vi Thị Hoa');
    const c = await t.call('conferences.create', {
      name: 'Hội nghị toàn quốc học tập Nghị quyết',
      kind: 'hoc_tap_nghi_quyet',
      date: '2026-03-05',
      session: 'sang',
      startTime: '08:00',
      hostBody: 'Ban Tuyên giáo và Dân vận Trung ương',
      mainBridgePointId: others.centre,
    });
    const { main, failing, counting } = year.points;
    await t.call('conferenceBridgePoints.attach', {
      conferenceId: c.id,
      bridgePointIds: [main, failing, counting, others.langSon],
    });
    const attached = await t.call('conferenceBridgePoints.list', { conferenceId: c.id });
    const at = (id: number) => attached.find((p) => p.bridgePointId === id)!.id;
    await t.call('conferences.update', { id: c.id, ownPointId: at(main) });
    await t.call('rollCall.mark', {
      conferenceId: c.id,
      conferenceBridgePointIds: [at(others.langSon)],
      status: 'su_co',
      note: 'Mất hình',
    });
    await t.call('rollCall.mark', {
      conferenceId: c.id,
      conferenceBridgePointIds: [at(failing)],
      status: 'da_ket_noi',
    });
    const { an, binh, cuong } = year.people;
    const ids = (
      await t.call('attendees.add', {
        conferenceId: c.id,
        rows: [
          { personId: dung, unit: 'Ban Tuyên giáo và Dân vận Trung ương', conferenceBridgePointId: at(others.centre) },
          { personId: hoa, unit: 'Sở Nội vụ', conferenceBridgePointId: at(others.langSon) },
          { personId: an, unit: 'Sở Nội vụ', conferenceBridgePointId: at(main) },
          { personId: binh, unit: 'Sở Nội vụ', conferenceBridgePointId: at(main) },
          { personId: cuong, unit: 'Văn phòng Tỉnh ủy', conferenceBridgePointId: at(counting) },
        ],
      })
    ).ids;
    const [dungAt, hoaAt, anAt, binhAt, cuongAt] = ids;
    await t.call('attendance.mark', { conferenceId: c.id, attendeeIds: [dungAt, binhAt, cuongAt], status: 'co_mat' });
    await t.call('attendance.mark', { conferenceId: c.id, attendeeIds: [hoaAt, anAt], status: 'vang' });
  });

  const march = { from: '2026-03-01', to: '2026-03-31' };

  it("counts the own point and those under it, as the conference's minutes do", async () => {
    const f = await t.call('statistics.period', { filter: { ...march, absentAtLeast: 1 } });
    expect(
      f.conferences.map((c) => [c.joinedAt, c.points, c.takingPart, c.problemPoints, c.invited, c.present]),
    ).toEqual([['Điểm cầu Tỉnh ủy Bắc Ninh', 3, 3, 0, 3, 2]]);
    expect(f.points).toEqual({ distinct: 3, attached: 3, takingPart: 3, withProblems: 0 });
    expect(f.delegates).toMatchObject({ invited: 3, present: 2, absent: 1, absentWithoutReason: 1 });
    expect(f.attendanceByPoint.map((p) => p.name)).toEqual([
      'Điểm cầu Tỉnh ủy Bắc Ninh',
      'Điểm cầu xã Lục Nam',
      'Điểm cầu xã Yên Thế',
    ]);
    expect(f.problemPoints).toEqual([]);
    expect(f.attendanceByUnit.map((u) => [u.unit, u.invited, u.present])).toEqual([
      ['Sở Nội vụ', 2, 1],
      ['Văn phòng Tỉnh ủy', 1, 1],
    ]);
    expect(f.repeatAbsentees.map((a) => a.fullName)).toEqual(['Nguyễn Văn An']);

    const unit = await t.call('statistics.attendees', { filter: march, of: { by: 'unit', unit: 'Sở Nội vụ' } });
    expect(unit.map((a) => a.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(await t.call('statistics.pointConferences', { filter: march, bridgePointId: others.langSon })).toEqual([]);
  });

  it('adds the joined conference to the year as its own point saw it', async () => {
    const f = await figures();
    expect(f.conferences.map((c) => c.joinedAt)).toEqual([null, null, null, 'Điểm cầu Tỉnh ủy Bắc Ninh']);
    expect([f.delegates.invited, f.delegates.present]).toEqual([37 + 3, 32 + 2]);
    expect(f.repeatAbsentees.map((a) => [a.fullName, a.invited, a.absent])).toEqual([['Nguyễn Văn An', 4, 3]]);
    expect(f.hosts).toEqual(['Ban Tuyên giáo và Dân vận Trung ương', 'Tỉnh ủy Bắc Ninh', 'UBND tỉnh Bắc Ninh']);
  });
});
