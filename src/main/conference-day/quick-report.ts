// "Báo cáo nhanh": the figures of the moment in the words the chair reads out and the minutes
// keep ("Hội nghị được tổ chức trực tuyến tại N điểm cầu, với tổng số … đại biểu dự; trong
// đó …"). A report given to the chair is kept, so later changes can be told apart.
import type { DayFigures, QuickReport } from '../../shared/conference-day/day-calls';
import { assertConference } from '../bridge-points/conference-bridge-points';
import { nowIso, type ServiceContext } from '../services/context';
import { communeLevel, levelSuggestions, provinceLevel } from '../../shared/admin-units/admin-units';
import { unknownLevel } from '../../shared/conference-day/figures';
import { dayFigures } from './figures';
import { conferenceScope } from '../conferences/own-point';
import { pointInSentence } from '../drafting/generate/wording';
import type { ServiceInput } from '../../shared/contract';
import { keepingPointCounts } from '../attendees/counts';
import { dayEventsSince, insertQuickReport, lastQuickReportAt } from './queries';

const count = (n: number) => n.toLocaleString('vi-VN');
/** Problem points named in the paragraph; more are counted only. */
const namedProblems = 5;

// The tiers as a report names them: "cấp tỉnh" takes in the centrally-run cities and "cấp xã"
// the wards and special zones, as the law of 2025 names the two tiers.
const tierPhrases = new Map<string, string>(
  (
    [
      [provinceLevel, 'cấp tỉnh'],
      [communeLevel, 'cấp xã'],
      [levelSuggestions[4], 'các cơ quan, đơn vị'],
    ] as const
  ).map(([level, phrase]) => [level.toLocaleLowerCase('vi-VN'), phrase]),
);

export function levelPhrase(level: string): string {
  if (level === unknownLevel) return 'các điểm cầu chưa xác định cấp';
  const tier = tierPhrases.get(level.trim().toLocaleLowerCase('vi-VN'));
  if (tier) return tier;
  // "cấp tỉnh", "cấp xã", but "cấp Trung ương".
  return `cấp ${/^trung ương/i.test(level) ? level : level.charAt(0).toLocaleLowerCase('vi-VN') + level.slice(1)}`;
}

/** Where a point's report speaks from: its name, and the conference's points over the whole country. */
export interface ReportPoint {
  readonly name: string;
  readonly conferencePoints: number;
}

/** "Vắng 7 đại biểu (3 có lý do, 4 không có lý do); 6 đại biểu chưa điểm danh." once the roll call has begun. */
function absenceSentence(delegates: DayFigures['delegates']): string {
  if (delegates.present === 0 && delegates.absent === 0) return '';
  const parts: string[] = [];
  if (delegates.absent > 0) {
    const why = [
      [delegates.absentWithReason, 'có lý do'],
      [delegates.absentWithoutReason, 'không có lý do'],
      [delegates.absentByCount, 'theo số lượng điểm cầu báo cáo'],
    ]
      .filter(([n]) => (n as number) > 0)
      .map(([n, label]) => `${count(n as number)} ${label}`);
    parts.push(`vắng ${count(delegates.absent)} đại biểu${why.length > 0 ? ` (${why.join(', ')})` : ''}`);
  }
  if (delegates.unknown > 0) parts.push(`${count(delegates.unknown)} đại biểu chưa điểm danh`);
  if (parts.length === 0) return '';
  const sentence = parts.join('; ');
  return ` ${sentence.charAt(0).toLocaleUpperCase('vi-VN')}${sentence.slice(1)}.`;
}

export function quickReportText(
  figures: DayFigures,
  own: ReportPoint | null = null,
): { paragraph: string; chairLine: string } {
  const { points, delegates } = figures;
  // Before any point takes part, the conference is described as planned.
  const started = points.takingPart > 0;
  const pointCount = started ? points.takingPart : points.total;
  const marked = delegates.present > 0;
  // No list yet: the points alone.
  const anyone = marked || delegates.invited > 0;
  const people = marked ? `${count(delegates.present)} đại biểu` : `${count(delegates.invited)} đại biểu được mời`;
  const parts = figures.levels
    .map((l) => ({ level: l.level, points: started ? l.takingPart : l.points, people: marked ? l.present : l.invited }))
    .filter((l) => l.points > 0)
    .map(
      (l) => `${levelPhrase(l.level)} có ${count(l.points)} điểm cầu${anyone ? `, ${count(l.people)} đại biểu` : ''}`,
    );
  const others = points.total - 1;
  let paragraph = own
    ? `Tại điểm cầu ${pointInSentence(own.name)}` +
      `${others > 0 ? ` và ${count(others)} điểm cầu trực thuộc` : ''}${anyone ? ` có ${people}${marked ? ' dự' : ''}` : ''}`
    : `Hội nghị được tổ chức trực tuyến ` +
      `tại ${count(pointCount)} điểm cầu${anyone ? `, với tổng số ${people}${marked ? ' dự' : ''}` : ''}`;
  paragraph += parts.length > 1 ? `; trong đó: ${parts.join('; ')}.` : '.';
  paragraph += absenceSentence(delegates);
  if (points.problems > 0) {
    const names = figures.problemPoints.slice(0, namedProblems).map((p) => p.name);
    const more = points.problems > namedProblems ? ` và ${count(points.problems - namedProblems)} điểm cầu khác` : '';
    paragraph += ` Có ${count(points.problems)} điểm cầu gặp sự cố kết nối (${names.join(', ')}${more}).`;
  }
  if (started && points.unchecked > 0) paragraph += ` Còn ${count(points.unchecked)} điểm cầu chưa kiểm tra kết nối.`;
  if (own) paragraph += ` Hội nghị được kết nối trực tuyến tới ${count(own.conferencePoints)} điểm cầu.`;
  return {
    paragraph,
    chairLine: own
      ? `Tại điểm cầu ${pointInSentence(own.name)}${anyone ? ` có ${people}` : ''}.`
      : `Hội nghị được kết nối tới ${count(pointCount)} điểm cầu${anyone ? ` với ${people}` : ''}.`,
  };
}

export function quickReport(ctx: ServiceContext, { conferenceId, record }: ServiceInput<'reports.quick'>): QuickReport {
  return keepingPointCounts(ctx, () => {
    assertConference(ctx, conferenceId);
    const scope = conferenceScope(ctx, conferenceId);
    const figures = dayFigures(ctx, { conferenceId }, scope.points);
    let reportedAt = lastQuickReportAt(ctx.db, conferenceId);
    const changesSinceReport = reportedAt === null ? 0 : dayEventsSince(ctx.db, conferenceId, reportedAt);
    if (record) {
      reportedAt = nowIso();
      insertQuickReport(ctx.db, conferenceId, reportedAt, JSON.stringify(figures));
    }
    // The points the main room is connected to, as the minutes count them.
    const own = scope.own && { name: scope.own.name, conferencePoints: scope.all.filter((p) => !p.isMain).length };
    return {
      figures,
      ...quickReportText(figures, own),
      reportedAt,
      changesSinceReport: record ? 0 : changesSinceReport,
    };
  });
}
