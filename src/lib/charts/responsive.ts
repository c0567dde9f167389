import type { ChartModel } from './model.ts';

/** The chart's width in SVG units on a wide screen: drawn at 1:1 to 1.6:1 in a page's column. */
export const wideChartWidth = 720;

/**
 * The width of the phone layout. A phone's column is 280px (a 320px screen) to 600px (below the
 * 641px breakpoint), and the narrow chart is drawn at most 28rem (448px) wide: its 11-unit labels
 * come out at 9.6px to 15.4px. The 720-unit chart scaled into 335px drew them at 5px; kept at
 * 40rem (session 15) it scrolled sideways and a 1969–2026 trend showed its first decades only.
 */
export const narrowChartWidth = 320;

/**
 * A chart built twice by the same builder, for a wide column and for a phone's: the layout
 * (ticks, label thinning, bar widths, dot sizes) is recomputed for the width rather than scaled.
 * The narrow model's id gets `-narrow`, so the two SVGs on one page keep distinct title ids.
 */
export function responsiveChart(build: (width: number) => ChartModel): ChartModel {
  const wide = build(wideChartWidth);
  const narrow = build(narrowChartWidth);
  if (wide.narrow || narrow.narrow) throw new Error(`responsiveChart "${wide.id}": the builder returned a chart that already has a narrow layout`);
  return { ...wide, narrow: { ...narrow, id: `${wide.id}-narrow` } };
}
