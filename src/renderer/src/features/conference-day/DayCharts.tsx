// The day's charts: delegates invited and present per level, and the points by connection
// status. Each can be saved as a PNG for the report.
import type { ChartConfiguration } from 'chart.js';
import type { DayFigures } from '../../../../shared/conference-day/day-calls';
import { chartColors as colors, chartFont as font, figureChart } from '../../components/FigureChart';

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

export const LevelBars = figureChart({
  title: 'Đại biểu theo cấp',
  description: 'Biểu đồ đại biểu được mời và có mặt theo cấp',
  fileName: 'Dai-bieu-theo-cap.png',
  config: levelChart,
});

export const StatusDonut = figureChart({
  title: 'Kết nối điểm cầu',
  description: 'Biểu đồ điểm cầu theo tình trạng kết nối',
  fileName: 'Ket-noi-diem-cau.png',
  config: statusChart,
});
