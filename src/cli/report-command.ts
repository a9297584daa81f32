// `report quick --db PATH --conference ID [--json]`: the quick report for the chair, with the
// figures it rests on. JSON: {"figures": {points, delegates, levels, branches, problemPoints},
// "paragraph", "chairLine", "reportedAt", "changesSinceReport"}.
import type { QuickReport } from '../shared/conference-day/day-calls';
import type { ServiceHost } from '../main/host/service-host';
import { call, type CommandOutput } from './output';

export async function quickReportCommand(host: ServiceHost, conferenceId: number): Promise<CommandOutput> {
  const report = await call<QuickReport>(host, 'reports.quick', { conferenceId });
  const n = (value: number) => value.toLocaleString('vi-VN');
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
