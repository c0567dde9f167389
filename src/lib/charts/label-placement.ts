import { fontSize, labelWidth, type TextAnchor } from './model.ts';

/**
 * Where to put a label inside a plot so that no mark covers it and it covers no mark: the trend
 * chart's "high < 1 day" sat in the band's corner under the last quarter's dot (session 17, on
 * imported history), and a line crossed it.
 */
export interface Box { left: number; top: number; right: number; bottom: number }

export type Obstacle =
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'segment'; x1: number; y1: number; x2: number; y2: number };

export interface LabelSpot { x: number; y: number; anchor: TextAnchor }

/** The box a chart label takes, drawn at baseline `y` (11px text: ascent above, 3px of descent below). */
export function textBox(text: string, spot: LabelSpot): Box {
  const width = labelWidth(text);
  const left = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - width : spot.x - width / 2;
  return { left, top: spot.y - fontSize, right: left + width, bottom: spot.y + 3 };
}

/** Whether a segment crosses or touches a box (Liang–Barsky clipping). */
function segmentHitsBox(s: Extract<Obstacle, { kind: 'segment' }>, box: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let low = 0;
  let high = 1;
  const edges: [number, number][] = [[-dx, s.x1 - box.left], [dx, box.right - s.x1], [-dy, s.y1 - box.top], [dy, box.bottom - s.y1]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) low = Math.max(low, t);
    else high = Math.min(high, t);
    if (low > high) return false;
  }
  return true;
}

/** Whether a mark covers any part of the box (a circle with a pixel of clearance). */
export function obstacleHitsBox(obstacle: Obstacle, box: Box): boolean {
  if (obstacle.kind === 'segment') return segmentHitsBox(obstacle, box);
  const nearestX = Math.min(Math.max(obstacle.cx, box.left), box.right);
  const nearestY = Math.min(Math.max(obstacle.cy, box.top), box.bottom);
  return Math.hypot(obstacle.cx - nearestX, obstacle.cy - nearestY) <= obstacle.r + 1;
}

/**
 * The first of `spots` (in order of preference) where the label's box meets no obstacle; when
 * every spot is taken, the one that covers the fewest dots, then the fewest lines (the first of
 * those), with `clear: false`:
 * the caller draws it over the marks, on a halo, so that it stays readable.
 */
export function placeLabelClear(text: string, spots: readonly LabelSpot[], obstacles: readonly Obstacle[]): LabelSpot & { clear: boolean } {
  if (!spots.length) throw new Error(`placeLabelClear: no place offered for the label "${text}"`);
  let best = { spot: spots[0], hits: Infinity };
  for (const spot of spots) {
    const box = textBox(text, spot);
    // A dot is a value, a line only joins two: covering a dot costs as much as crossing ten lines.
    const hits = obstacles.reduce((sum, obstacle) => sum + (obstacleHitsBox(obstacle, box) ? (obstacle.kind === 'circle' ? 10 : 1) : 0), 0);
    if (hits === 0) return { ...spot, clear: true };
    if (hits < best.hits) best = { spot, hits };
  }
  return { ...best.spot, clear: false };
}

/**
 * Places for a band's label (`text`) inside the band `[top, bottom]` (px, top < bottom) of a plot spanning
 * `[left, right]`: the top right corner first, then the top left, then one line lower on each
 * side, down the band; then the same lines every 10px across the plot (a band crossed by
 * lines near both ends, as a trend of 56 quarters is, often has room in a gap between them).
 */
export function bandLabelSpots(text: string, band: { top: number; bottom: number }, plot: { left: number; right: number }): LabelSpot[] {
  const lines: number[] = [];
  for (let y = band.top + fontSize + 3; y + 3 <= band.bottom - 1; y += 7) lines.push(y);
  // A band too thin for a line of text keeps its label at the top right, as before.
  if (!lines.length) return [{ x: plot.right - 4, y: band.top + fontSize + 3, anchor: 'end' }];
  const spots: LabelSpot[] = lines.flatMap((y): LabelSpot[] => [{ x: plot.right - 4, y, anchor: 'end' }, { x: plot.left + 4, y, anchor: 'start' }]);
  // Centred places whose label stays inside the plot.
  const half = labelWidth(text) / 2;
  for (let x = Math.ceil((plot.left + 4 + half) / 10) * 10; x + half <= plot.right - 4; x += 10) {
    for (const y of lines) spots.push({ x, y, anchor: 'middle' });
  }
  return spots;
}
