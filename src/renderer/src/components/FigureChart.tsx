// A chart of figures (Chart.js, drawn on canvas) that can be saved as a PNG for a report: the
// day's summary and the period's statistics draw theirs through it, each with its own config.
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
import { downloadBlob } from '../lib/download-text-file';
import { useLatest } from '../lib/use-latest';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend, Tooltip);

export const chartColors = {
  connected: '#2e8540',
  problem: '#c0392b',
  unchecked: '#9aa5b1',
  invited: '#c7d3e3',
  present: '#1f5fa8',
};
export const chartFont = { family: 'Arial, sans-serif', size: 12 };

export type FigureChartType = 'bar' | 'doughnut';

export interface FigureChartProps<F, T extends FigureChartType> {
  readonly figures: F;
  readonly title: string;
  readonly description: string;
  readonly fileName: string;
  readonly config: (figures: F) => ChartConfiguration<T>;
}

export function FigureChart<F, T extends FigureChartType>({
  figures,
  title,
  description,
  fileName,
  config,
}: FigureChartProps<F, T>) {
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

/** One chart as a screen places it: only the figures change. */
export function figureChart<F, T extends FigureChartType>(chart: Omit<FigureChartProps<F, T>, 'figures'>) {
  return function FiguresChart({ figures }: { readonly figures: F }) {
    return <FigureChart figures={figures} {...chart} />;
  };
}
