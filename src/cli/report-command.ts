// `report quick --db PATH --conference ID [--json]`: the quick report for the chair, with the
// figures it rests on. JSON: {"figures": {points, delegates, levels, problemPoints},
// "paragraph", "chairLine", "reportedAt", "changesSinceReport"}.
import type { QuickReport } from '../shared/conference-day/day-calls';
import type { ServiceHost } from '../main/host/service-host';
import { CliError } from './cli-error';

export async function quickReportCommand(host: ServiceHost, conferenceId: number, json: boolean): Promise<void> {
  const envelope = await host.call('reports.quick', { conferenceId });
  if (!envelope.ok) throw new CliError(envelope.error.message, envelope.error.code);
  const report = envelope.value as QuickReport;
  if (json) {
    console.log(JSON.stringify(report));
    return;
  }
  const n = (value: number) => value.toLocaleString('vi-VN');
  const { points, delegates, levels } = report.figures;
  console.log(report.chairLine);
  console.log('');
  console.log(report.paragraph);
  console.log('');
  console.log(`Điểm cầu: ${n(points.total)} (đã kết nối ${n(points.connected)}, sự cố ${n(points.problems)}, chưa kiểm tra ${n(points.unchecked)})`);
  console.log(`Đại biểu: được mời ${n(delegates.invited)}, có mặt ${n(delegates.present)}, vắng ${n(delegates.absent)}`);
  for (const l of levels) console.log(`  ${l.level}: ${n(l.points)} điểm cầu (${n(l.connected)} đã kết nối), ${n(l.present)}/${n(l.invited)} đại biểu có mặt`);
}
