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
