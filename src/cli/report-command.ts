// `report quick --db PATH --conference ID [--json]`: the quick report for the chair, with the
// figures it rests on. JSON: {"figures": {points, delegates, levels, branches, problemPoints},
// "paragraph", "chairLine", "reportedAt", "changesSinceReport"}. `report period`: the figures
// across the conferences of a period.
import type { QuickReport } from '../shared/conference-day/day-calls';
import { conferenceKinds } from '../shared/conferences/vocabularies';
import { absenceReasons } from '../shared/statistics/absence-words';
import { heldAndJoined } from '../shared/statistics/held-joined';
import { rateText } from '../shared/statistics/rate-text';
import type { PeriodFigures } from '../shared/statistics/statistics-types';
import type { ServiceHost } from '../main/host/service-host';
import { CliError } from './cli-error';
import { call, type CommandOutput } from './output';

const n = (value: number) => value.toLocaleString('vi-VN');

export async function quickReportCommand(host: ServiceHost, conferenceId: number): Promise<CommandOutput> {
  const report = await call<QuickReport>(host, 'reports.quick', { conferenceId });
  const { points, delegates, levels } = report.figures;
  return {
    document: report,
    lines: [
      report.chairLine,
      '',
      report.paragraph,
      '',
      `Điểm cầu: ${n(points.total)} (đã kết nối ${n(points.connected)}, sự cố ${n(points.problems)}, ` +
        `chưa kiểm tra ${n(points.unchecked)})`,
      `Đại biểu: triệu tập ${n(delegates.invited)}, có mặt ${n(delegates.present)} (đến muộn ${n(delegates.late)}), ` +
        `vắng ${n(delegates.absent)} (có lý do ${n(delegates.absentWithReason)}), ` +
        `chưa điểm danh ${n(delegates.unknown)} (đã xác nhận ${n(delegates.confirmed)})`,
      ...levels.map(
        (l) =>
          `  ${l.level}: ${n(l.points)} điểm cầu (${n(l.connected)} đã kết nối), ` +
          `${n(l.present)}/${n(l.invited)} đại biểu có mặt`,
      ),
    ],
  };
}

/** The options of `report period` as typed; the contract's periodFilter judges them. */
export interface PeriodReportOptions {
  readonly from?: string;
  readonly to?: string;
  readonly kind?: string;
  readonly host?: string;
  readonly absentAtLeast?: string;
}

/**
 * `report period --db PATH --from YYYY-MM-DD --to YYYY-MM-DD [--kind K] [--host H]
 * [--absent-at-least N] [--json]`: the figures of the period as the Thống kê screen shows them.
 * JSON: PeriodFigures as the service gives it ({"periodLabel", "conferences", "byKind", "byHost",
 * "byMonth", "points", "delegates", "attendanceByPoint", "attendanceByUnit", "problemPoints",
 * "repeatAbsentees", …}).
 */
export async function periodReportCommand(host: ServiceHost, options: PeriodReportOptions): Promise<CommandOutput> {
  if (!options.from || !options.to)
    throw new CliError('Thiếu --from YYYY-MM-DD hoặc --to YYYY-MM-DD (khoảng thời gian).');
  const filter = {
    from: options.from,
    to: options.to,
    kind: options.kind ?? null,
    host: options.host ?? null,
    absentAtLeast: options.absentAtLeast === undefined ? undefined : Number(options.absentAtLeast),
  };
  const envelope = await host.call('statistics.period', { filter });
  if (!envelope.ok) {
    const { code, message, field } = envelope.error;
    // The contract names the filter's field; the user typed the option.
    const option = field?.startsWith('filter.')
      ? `--${field.slice('filter.'.length).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
      : null;
    // The kinds are codes nobody can guess: the refusal lists them.
    const kinds = conferenceKinds.options.map((k) => `  ${k.value}: ${k.label}`).join('\n');
    throw new CliError(
      option === '--kind'
        ? `--kind "${options.kind}": ${message} Các loại:\n${kinds}`
        : option
          ? `${option}: ${message}`
          : message,
      code,
    );
  }
  const figures = envelope.value as PeriodFigures;
  const { points, delegates } = figures;
  const lowest = figures.attendanceByPoint.slice(0, 10);
  return {
    document: figures,
    lines: [
      figures.periodLabel,
      `Hội nghị: ${n(figures.conferences.length)}${joinedWords(figures)}`,
      ...figures.byKind.map((k) => `  ${k.label}: ${n(k.conferences)}`),
      `Điểm cầu: ${n(points.distinct)} điểm cầu, ${n(points.attached)} lượt (tham dự ${n(points.takingPart)}, ` +
        `gặp sự cố ${n(points.withProblems)})`,
      `Đại biểu: triệu tập ${n(delegates.invited)}, có mặt ${n(delegates.present)} (${rateText(delegates.rate)}, ` +
        `đến muộn ${n(delegates.late)}), vắng ${n(delegates.absent)} (${absenceReasons(delegates).join(', ')})`,
      ...(lowest.length === 0
        ? []
        : [
            `${n(lowest.length)} điểm cầu có tỷ lệ có mặt thấp nhất:`,
            ...lowest.map(
              (p) => `  ${p.name}: ${n(p.present)}/${n(p.invited)} (${rateText(p.rate)}), ${n(p.conferences)} hội nghị`,
            ),
          ]),
      figures.repeatAbsentees.length === 0
        ? `Không có ai vắng từ ${n(figures.filter.absentAtLeast)} hội nghị trở lên.`
        : `Vắng từ ${n(figures.filter.absentAtLeast)} hội nghị trở lên: ${n(figures.repeatAbsentees.length)} người`,
      ...figures.repeatAbsentees.map(
        (a) =>
          `  ${a.fullName}${a.position ? `, ${a.position}` : ''}${a.unit ? ` (${a.unit})` : ''}: vắng ${n(a.absent)}/` +
          `${n(a.invited)} hội nghị (có lý do ${n(a.absentWithReason)})`,
      ),
    ],
  };
}

/** " (chủ trì 2, tham dự tại điểm cầu của cơ quan 1)" when some were joined from the own point. */
function joinedWords(figures: PeriodFigures): string {
  const { held, joined } = heldAndJoined(figures.conferences);
  if (joined === 0) return '';
  return ` (chủ trì ${n(held)}, tham dự tại điểm cầu của cơ quan ${n(joined)})`;
}
