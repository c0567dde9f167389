/**
 * The chart model: what a chart draws, as plain serialisable data. Geometry functions build it at
 * build time with d3's DOM-free modules; `renderSvg` (tests) and the .astro component (pages) turn
 * it into inline SVG. Nothing runs in the browser.
 *
 * Colours are never written into the model: every mark carries a class (`sev-0`..`sev-4`,
 * `series-1`, `band-elite`, `status-done`, ...) that the stylesheet maps to colour-blind-safe
 * custom properties (`fill: var(--sev-0)`), so dark mode restyles charts without new geometry.
 */
export type TextAnchor = 'start' | 'middle' | 'end';

export type ChartElement =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; className: string; label?: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; className: string }
  | { kind: 'path'; d: string; className: string; label?: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; className: string; label?: string }
  | { kind: 'text'; x: number; y: number; text: string; className: string; anchor?: TextAnchor };

export interface LegendEntry {
  label: string;
  className: string;
}

/** A tick as drawn: where (px along the axis) and its label. */
export interface Tick {
  position: number;
  label: string;
}

/** An axis as drawn: its title (with the unit) and the ticks that got a label. */
export interface Axis {
  title: string;
  ticks: Tick[];
}

export interface ChartModel {
  /** Unique on the page: the SVG's <title> and <desc> ids derive from it. */
  id: string;
  title: string;
  /** What the chart shows, in a sentence: the SVG's <desc>. */
  description: string;
  /** viewBox size; the SVG scales to its container. */
  width: number;
  height: number;
  elements: ChartElement[];
  legend: LegendEntry[];
  axes: { x?: Axis; y?: Axis };
  /** The same data as a table, for screen readers and for anyone who wants the numbers. */
  table: { columns: string[]; rows: (string | number)[][] };
  /** What a reader must know to read the chart right, shown under it (e.g. unequal ranges). */
  note?: string;
  /**
   * The same chart laid out for a phone's column (`responsiveChart`): pages show it instead below
   * 641px, where the wide one would draw its labels at 5px or scroll sideways.
   */
  narrow?: ChartModel;
}

/** Coordinates to 2 decimals: stable snapshots and small SVG. `+ 0` turns -0 into 0. */
export const round = (value: number) => Math.round(value * 100) / 100 + 0;

/** Chart text is 11px (see the stylesheet). */
export const fontSize = 11;

/**
 * A generous estimate of a label's width in the 11px chart font: 6.5px per character (wider
 * than the average sans-serif glyph) plus 6px of breathing room. Overestimating only thins labels
 * more than strictly needed; underestimating would let them overlap.
 */
export const labelWidth = (text: string) => [...text].length * 6.5 + 6;
