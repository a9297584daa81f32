// The period's charts, drawn as the day's summary draws its own: conferences and delegates
// present per month, conferences per kind, and the points that attended least.
import type { ChartConfiguration } from 'chart.js';
import type { PeriodFigures } from '../../../../shared/statistics/statistics-types';
import { chartColors as colors, chartFont as font, figureChart } from '../../components/FigureChart';

/** The points the rate chart shows: more would not be readable. */
const lowestPoints = 20;

const monthLabel = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;

/** A long label on a few short lines: Chart.js draws an array as one line each. */
function labelLines(label: string, width = 22): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

type BarAxes = 'columns' | 'rows' | 'percent rows';

const barOptions = (axes: BarAxes = 'columns'): ChartConfiguration<'bar'>['options'] => ({
  animation: false,
  responsive: true,
  maintainAspectRatio: false,
  locale: 'vi-VN',
  indexAxis: axes === 'columns' ? 'x' : 'y',
  plugins: { legend: { labels: { font } } },
  scales:
    axes === 'columns'
      ? { x: { ticks: { font } }, y: { beginAtZero: true, ticks: { font, precision: 0 } } }
      : {
          x: { beginAtZero: true, ...(axes === 'percent rows' && { max: 100 }), ticks: { font, precision: 0 } },
          y: { ticks: { font, autoSkip: false } },
        },
});

const monthConferences = (f: PeriodFigures): ChartConfiguration<'bar'> => ({
  type: 'bar',
  data: {
    labels: f.byMonth.map((m) => monthLabel(m.month)),
    datasets: [{ label: 'Hội nghị', data: f.byMonth.map((m) => m.conferences), backgroundColor: colors.present }],
  },
  options: barOptions(),
});

const monthDelegates = (f: PeriodFigures): ChartConfiguration<'bar'> => ({
  type: 'bar',
  data: {
    labels: f.byMonth.map((m) => monthLabel(m.month)),
    datasets: [
      { label: 'Triệu tập', data: f.byMonth.map((m) => m.invited), backgroundColor: colors.invited },
      { label: 'Có mặt', data: f.byMonth.map((m) => m.present), backgroundColor: colors.present },
    ],
  },
  options: barOptions(),
});

const kindConferences = (f: PeriodFigures): ChartConfiguration<'bar'> => ({
  type: 'bar',
  data: {
    // Side by side, "Học tập, quán triệt, triển khai nghị quyết" would be cut off or slanted.
    labels: f.byKind.map((k) => labelLines(k.label)),
    datasets: [{ label: 'Hội nghị', data: f.byKind.map((k) => k.conferences), backgroundColor: colors.present }],
  },
  options: barOptions('rows'),
});

const pointRates = (f: PeriodFigures): ChartConfiguration<'bar'> => {
  const points = f.attendanceByPoint.filter((p) => p.rate !== null).slice(0, lowestPoints);
  return {
    type: 'bar',
    data: {
      labels: points.map((p) => p.name.replace(/^Điểm cầu\s+/i, '')),
      datasets: [
        {
          label: 'Tỷ lệ có mặt (%)',
          data: points.map((p) => Math.round((p.rate ?? 0) * 1000) / 10),
          backgroundColor: colors.present,
        },
      ],
    },
    options: barOptions('percent rows'),
  };
};

const MonthConferences = figureChart({
  title: 'Hội nghị theo tháng',
  description: 'Biểu đồ số hội nghị theo tháng',
  fileName: 'Hoi-nghi-theo-thang.png',
  config: monthConferences,
});
const MonthDelegates = figureChart({
  title: 'Đại biểu theo tháng',
  description: 'Biểu đồ đại biểu triệu tập và có mặt theo tháng',
  fileName: 'Dai-bieu-theo-thang.png',
  config: monthDelegates,
});
const KindConferences = figureChart({
  title: 'Hội nghị theo loại',
  description: 'Biểu đồ số hội nghị theo loại hội nghị',
  fileName: 'Hoi-nghi-theo-loai.png',
  config: kindConferences,
});
const PointRates = figureChart({
  title: 'Tỷ lệ dự theo điểm cầu (các điểm cầu thấp nhất)',
  description: 'Biểu đồ tỷ lệ đại biểu có mặt của các điểm cầu có tỷ lệ thấp nhất',
  fileName: 'Ty-le-du-theo-diem-cau.png',
  config: pointRates,
});

export function PeriodCharts({ figures }: { readonly figures: PeriodFigures }) {
  return (
    <section className="statistics-charts" aria-label="Biểu đồ">
      <MonthConferences figures={figures} />
      <MonthDelegates figures={figures} />
      <KindConferences figures={figures} />
      <div className="statistics-rate-chart">
        <PointRates figures={figures} />
      </div>
    </section>
  );
}
