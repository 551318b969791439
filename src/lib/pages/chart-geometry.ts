/**
 * Where the marks of a chart go, in the SVG's own units: pure arithmetic, so the Chart
 * block only writes elements and the drawing can be tested without a page.
 */
export const CHART = { width: 480, height: 270, left: 48, right: 12, top: 20, bottom: 36 } as const;

export interface Tick {
  value: number;
  y: number;
}

export interface Bar {
  series: number;
  point: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartGeometry {
  ticks: Tick[];
  /** The y of the value 0: bars stand on it. */
  baseline: number;
  /** The centre of each point's slot along the x axis. */
  slots: number[];
  /** Which points get a label under the axis (every one, or every n-th when they are many). */
  labelled: boolean[];
  bars: Bar[];
  /** One "x,y x,y …" list per series, for <polyline points>. */
  lines: string[];
}

/** 1, 2, 2.5 or 5 times a power of ten: steps a reader counts in. */
export function niceStep(range: number, count: number): number {
  if (range <= 0) return 1;
  const raw = range / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw)!;
  return step * power;
}

/** The axis always includes 0: a bar or a line that starts elsewhere exaggerates change. */
export function chartGeometry(series: readonly (readonly number[])[], kind: 'bar' | 'line'): ChartGeometry {
  const values = series.flat();
  const step = niceStep(Math.max(...values, 0) - Math.min(...values, 0), 4);
  const top = Math.ceil(Math.max(...values, 0) / step) * step || step;
  const bottom = Math.floor(Math.min(...values, 0) / step) * step;
  const plotTop = CHART.top;
  const plotBottom = CHART.height - CHART.bottom;
  const y = (value: number) => round(plotBottom - ((value - bottom) / (top - bottom)) * (plotBottom - plotTop));
  const ticks: Tick[] = [];
  for (let value = bottom; value <= top + step / 2; value += step) ticks.push({ value: round(value), y: y(value) });

  const points = series[0]?.length ?? 0;
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const slot = plotWidth / Math.max(points, 1);
  const slots = Array.from({ length: points }, (_, i) => round(CHART.left + slot * (i + 0.5)));
  // About 70 units a label ("16 серп."): more points than fit get every n-th label.
  const every = Math.ceil(points / 6);
  const labelled = slots.map((_, i) => i % every === 0);

  const bars: Bar[] = [];
  if (kind === 'bar') {
    // The series of one point stand side by side in 70% of its slot.
    const width = (slot * 0.7) / series.length;
    series.forEach((values, s) =>
      values.forEach((value, p) => {
        const x = CHART.left + slot * p + slot * 0.15 + width * s;
        const [from, to] = [y(Math.max(value, 0)), y(Math.min(value, 0))];
        bars.push({ series: s, point: p, x: round(x), y: from, width: round(width), height: round(to - from) });
      }),
    );
  }
  const lines = kind === 'line' ? series.map((values) => values.map((v, p) => `${slots[p]},${y(v)}`).join(' ')) : [];
  return { ticks, baseline: y(0), slots, labelled, bars, lines };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
