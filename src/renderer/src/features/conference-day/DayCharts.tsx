// The day's charts (Chart.js, drawn on canvas): delegates invited and present per level, and
// the points by connection status. Each can be saved as a PNG for the report.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import type { DayFigures } from '../../../../shared/conference-day/day-calls';
import { downloadBlob } from '../../lib/download-text-file';
import { useLatest } from '../../lib/use-latest';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend, Tooltip);

const colors = {
  connected: '#2e8540',
  problem: '#c0392b',
  unchecked: '#9aa5b1',
  invited: '#c7d3e3',
  present: '#1f5fa8',
};
const font = { family: 'Arial, sans-serif', size: 12 };

const levelChart = (figures: DayFigures): ChartConfiguration<'bar'> => ({
  type: 'bar',
  data: {
    labels: figures.levels.map((l) => l.level),
    datasets: [
      { label: 'Được mời', data: figures.levels.map((l) => l.invited), backgroundColor: colors.invited },
      { label: 'Có mặt', data: figures.levels.map((l) => l.present), backgroundColor: colors.present },
    ],
  },
  options: {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    locale: 'vi-VN',
    plugins: { legend: { labels: { font } } },
    scales: { x: { ticks: { font } }, y: { beginAtZero: true, ticks: { font, precision: 0 } } },
  },
});

const statusChart = (figures: DayFigures): ChartConfiguration<'doughnut'> => ({
  type: 'doughnut',
  data: {
    labels: ['Đã kết nối', 'Sự cố', 'Chưa kiểm tra'],
    datasets: [
      {
        data: [figures.points.connected, figures.points.problems, figures.points.unchecked],
        backgroundColor: [colors.connected, colors.problem, colors.unchecked],
      },
    ],
  },
  options: {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    locale: 'vi-VN',
    plugins: { legend: { position: 'right', labels: { font } } },
  },
});

interface ChartProps<T extends 'bar' | 'doughnut'> {
  readonly figures: DayFigures;
  readonly title: string;
  readonly description: string;
  readonly fileName: string;
  readonly config: (figures: DayFigures) => ChartConfiguration<T>;
}

function DayChart<T extends 'bar' | 'doughnut'>({ figures, title, description, fileName, config }: ChartProps<T>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<T> | null>(null);
  // The chart is made once, with the figures of that moment; later ones replace its data below.
  const firstFigures = useLatest(figures);
  useEffect(() => {
    if (!canvas.current) return;
    chart.current = new Chart(canvas.current, config(firstFigures.current));
    return () => chart.current?.destroy();
  }, [config, firstFigures]);
  useEffect(() => {
    if (!chart.current) return;
    chart.current.data = config(figures).data;
    chart.current.update();
  }, [figures, config]);
  const save = () => chart.current?.canvas.toBlob((blob) => blob && downloadBlob(fileName, blob), 'image/png');
  return (
    <figure className="day-chart">
      <figcaption>
        {title}
        <button type="button" className="link-button" onClick={save}>
          Lưu ảnh PNG
        </button>
      </figcaption>
      <div className="day-chart-canvas">
        <canvas ref={canvas} aria-label={description} role="img" />
      </div>
    </figure>
  );
}

/** One of the day's charts, as DaySummary places it: only the figures change. */
function dayChart<T extends 'bar' | 'doughnut'>(chart: Omit<ChartProps<T>, 'figures'>) {
  return function DayFiguresChart({ figures }: { readonly figures: DayFigures }) {
    return <DayChart figures={figures} {...chart} />;
  };
}

export const LevelBars = dayChart({
  title: 'Đại biểu theo cấp',
  description: 'Biểu đồ đại biểu được mời và có mặt theo cấp',
  fileName: 'Dai-bieu-theo-cap.png',
  config: levelChart,
});

export const StatusDonut = dayChart({
  title: 'Kết nối điểm cầu',
  description: 'Biểu đồ điểm cầu theo tình trạng kết nối',
  fileName: 'Ket-noi-diem-cau.png',
  config: statusChart,
});
