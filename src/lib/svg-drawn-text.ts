import { decodeEntities } from './html-entities.ts';

/**
 * SVG text that its drawing never shows because of what it is inside (canary round 44): the text
 * element's own attributes are read by `hidingOf` (hidden-html.ts), but a browser draws a `<text>`
 * with everything its ancestors set: a group's `transform` that moves it ten thousand units away or
 * scales it to nothing, a group's `clip-path` or `mask`, a group's `fill="none"` or `opacity="0"`
 * (inherited), or an element that draws no text at all (`<linearGradient>`, `<rect>`: text inside
 * one is never drawn). Each published words in an SVG file copied into the public site, or in an
 * inline drawing of a public post. Pure text rules over the markup of one drawing.
 */
export interface HiddenSvgText {
  /** Why the text is not drawn, for the message. */
  how: string;
  /** The offset of the text element's start tag in the markup. */
  index: number;
  /** The start tag as written. */
  tag: string;
}

/** Elements that draw the text elements inside them (SVG's containers, links and text content). */
const drawsText = /^(?:svg|g|a|switch|text|tspan|textpath)$/;
/** Elements whose own content is drawn only where it is used, or never: read by hidingOf already. */
const textElement = /^(?:text|tspan|textpath)$/;
const startOrEndTag = /<(\/?)([A-Za-z][\w.:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** An attribute name as both SVG (`clip-path`) and JSX (`clipPath`) write it. */
const key = (name: string) => name.toLowerCase().replace(/-/g, '');

interface Frame {
  name: string;
  /** The total scale of the element's coordinates in the drawing's viewBox (the smaller of its two axes). */
  scale: number;
  /** Where its origin is, in the drawing's viewBox. */
  x: number;
  y: number;
  fill?: string;
  stroke?: string;
  strokeOpacity?: string;
  strokeWidth?: string;
  fontSize?: number;
  opacity: number;
  visibility?: string;
  /** What hides everything inside it (a clip path, display="none", an element that draws no text). */
  hides?: string;
  /** The clip paths of rectangles it is in, in the drawing's viewBox: its text is drawn only inside each. */
  clips?: { by: string; rectangles: Rectangle[] }[];
}

interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Rectangle, b: Rectangle) => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/**
 * The rectangles of a clip path made of `<rect>`s alone, none transformed, in the user space of
 * the element it clips; undefined for any other clip path (other shapes, a transform, sizes in
 * the clipped element's bounding box or in percentages), which is taken as drawn.
 */
function clipPathRectangles(clipAttributes: string, content: string): Rectangle[] | undefined {
  const own = attributesOf(clipAttributes);
  if (/objectboundingbox/i.test(own.get('clippathunits') ?? '') || own.has('transform')) return undefined;
  const shapes = [...content.matchAll(/<([A-Za-z][\w:-]*)\b([^>]*)>/g)];
  if (!shapes.length || shapes.some((shape) => shape[1].toLowerCase() !== 'rect')) return undefined;
  const rectangles: Rectangle[] = [];
  for (const [, , written] of shapes) {
    const a = attributesOf(written.replace(/\/$/, ''));
    if (a.has('transform') || ['x', 'y', 'width', 'height'].some((n) => (a.get(n) ?? '').includes('%'))) return undefined;
    const [x, y, width, height] = [number(a.get('x')) ?? 0, number(a.get('y')) ?? 0, number(a.get('width')), number(a.get('height'))];
    if (width === undefined || height === undefined) return undefined;
    rectangles.push({ x, y, width, height });
  }
  return rectangles;
}

/** `prop: value; …` as properties by {@link key} (comments dropped, `!important` ignored). */
function declarationsOf(block: string): [string, string][] {
  const declarations: [string, string][] = [];
  for (const declaration of block.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) declarations.push([key(declaration.slice(0, colon).trim()), declaration.slice(colon + 1).replace(/!important/i, '').trim()]);
  }
  return declarations;
}

/** The last compound of a selector (`g.legend > text.label` -> text.label), as a test of one element. */
interface SelectedElement {
  tag?: string;
  classes: string[];
  id?: string;
}

/** One `<style>` sheet of a drawing: its text as written, and where that text starts in the file. */
export interface SvgStyleSheet {
  text: string;
  start: number;
}

/**
 * The `<style>` sheets of a drawing, each read up to its end tag or the end of the file (an
 * unclosed sheet still ships its text). The scan's three readings of a sheet (its rules, its
 * hidden parts, its words) take them from here, so they agree on where a sheet ends.
 */
export function styleSheetsOf(svg: string): SvgStyleSheet[] {
  return [...svg.matchAll(/<style\b[^>]*>([\s\S]*?)(?:<\/style\s*>|$)/gi)].map((sheet) => ({ text: sheet[1], start: sheet.index + sheet[0].indexOf('>') + 1 }));
}

/** A rule of an SVG's own style sheet: the elements it selects, and what it sets. */
interface SheetRule {
  selects: SelectedElement[];
  declarations: [string, string][];
}

/**
 * The rules of a drawing's `<style>` sheets (canary round 45: `text { fill: transparent }` or
 * `.n { transform: translate(-99999px) }` hid words a sheet-less reading drew). Each selector is
 * read by its last compound only, so a rule applies to more elements than a browser would apply
 * it to: a reading that finds more hidden text, never less. Rules only a reader's hover or focus
 * brings into play are left out; at-rules' inner rules are read as rules.
 */
function styleSheetRules(source: string): SheetRule[] {
  const rules: SheetRule[] = [];
  for (const sheet of styleSheetsOf(source)) {
    const text = decodeEntities(sheet.text.replace(/<!\[CDATA\[|\]\]>/g, ' ')).replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ');
    for (const rule of text.matchAll(/([^{}@;]+)\{([^{}]*)\}/g)) {
      const selects: SelectedElement[] = [];
      for (const selector of rule[1].split(',')) {
        if (/:(?:hover|focus|active|focus-within|focus-visible|target)\b/i.test(selector)) continue;
        const compound = selector.trim().split(/\s*[\s>+~]\s*/).at(-1)?.replace(/\[[^\]]*\]|::?[\w-]+(?:\([^)]*\))?/g, '') ?? '';
        if (!compound) continue;
        const tag = /^(?:[\w-]+\|)?([A-Za-z][\w-]*)/.exec(compound)?.[1]?.toLowerCase();
        selects.push({ tag, classes: [...compound.matchAll(/\.([\w-]+)/g)].map((m) => m[1]), id: /#([\w-]+)/.exec(compound)?.[1] });
      }
      if (selects.length) rules.push({ selects, declarations: declarationsOf(rule[2]) });
    }
  }
  return rules;
}

/**
 * An element's attributes by {@link key}, as a browser reads them: its presentation attributes,
 * then what its drawing's style sheet rules set for it, then its `style` declarations.
 */
function attributesOf(written: string, name = '', sheet: readonly SheetRule[] = []): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const a of written.matchAll(attributePattern)) attributes.set(key(a[1]), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
  if (sheet.length) {
    const classes = new Set((attributes.get('class') ?? '').split(/\s+/).filter(Boolean));
    const id = attributes.get('id');
    const selected = (s: SelectedElement) => (s.tag === undefined || s.tag === name) && s.classes.every((c) => classes.has(c)) && (s.id === undefined || s.id === id);
    for (const rule of sheet) if (rule.selects.some(selected)) for (const [property, value] of rule.declarations) attributes.set(property, value);
  }
  for (const [property, value] of declarationsOf(attributes.get('style') ?? '')) attributes.set(property, value);
  return attributes;
}

/**
 * The scale and offset a transform list applies, SVG's attribute or CSS's property (rotations and
 * skews read as a scale of 1; the scale is the smaller of the two axes': `scaleX(0)` draws nothing).
 */
export function transformOf(transform: string): { scale: number; x: number; y: number } {
  let [scale, x, y] = [1, 0, 0];
  for (const [, name, args] of transform.toLowerCase().matchAll(/([a-z]+(?:3d)?)\s*\(([^)]*)\)/g)) {
    const n = args.trim().split(/[\s,]+/).map((v) => Number.parseFloat(v)).map((v) => (Number.isFinite(v) ? v : 0));
    if (name === 'translate' || name === 'translate3d') [x, y] = [x + scale * (n[0] ?? 0), y + scale * (n[1] ?? 0)];
    else if (name === 'translatex') x += scale * (n[0] ?? 0);
    else if (name === 'translatey') y += scale * (n[0] ?? 0);
    else if (name === 'scale' || name === 'scale3d') scale *= Math.min(Math.abs(n[0] ?? 1), Math.abs(n[1] ?? n[0] ?? 1));
    else if (name === 'scalex' || name === 'scaley') scale *= Math.abs(n[0] ?? 1);
    else if (name === 'matrix' && n.length >= 6) {
      [x, y] = [x + scale * n[4], y + scale * n[5]];
      scale *= Math.min(Math.hypot(n[0], n[1]), Math.hypot(n[2], n[3]));
    } else if (name === 'matrix3d' && n.length >= 16) {
      [x, y] = [x + scale * n[12], y + scale * n[13]];
      scale *= Math.min(Math.hypot(n[0], n[1]), Math.hypot(n[4], n[5]));
    }
  }
  return { scale, x, y };
}

const number = (value: string | undefined) => {
  const n = Number.parseFloat(value ?? '');
  return Number.isFinite(n) ? n : undefined;
};
const noPaint = (paint: string | undefined) => paint !== undefined && /^(?:none|transparent)$|^(?:rgba|hsla)\(.*[,/]\s*0*(?:\.0*)?%?\s*\)$|^(?:rgb|hsl)\(.*\/\s*0*(?:\.0*)?%?\s*\)$|^#[0-9a-f]{3}0$|^#[0-9a-f]{6}00$/i.test(paint.replace(/\s+/g, ' ').trim());

/**
 * The first text element of `markup` (one drawing: an SVG file, or an inline `<svg>…</svg>`) with
 * words that its ancestors or its inherited paint leave undrawn, or undefined. A drawing's
 * `viewBox` and size give the scale its text is shown at: letters under half a pixel, or a full
 * width and a thousand units off the drawing, are not read.
 */
export function findHiddenSvgText(markup: string): HiddenSvgText | undefined {
  const source = markup.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ' '));
  // Each clip path of the drawing by its id: whether it holds a shape (an empty one clips everything).
  const clipShapes = new Map<string, boolean>();
  // And, for one made of rectangles alone in the user space of what it clips, where they are.
  const clipRectangles = new Map<string, Rectangle[]>();
  for (const clip of source.matchAll(/<clipPath\b([^>]*?)(?:\/>|>([\s\S]*?)<\/clipPath\s*>)/gi)) {
    const id = /\sid\s*=\s*["']([^"']+)["']/i.exec(clip[1])?.[1];
    if (!id) continue;
    clipShapes.set(id, /<(?:rect|circle|ellipse|path|polygon|polyline|line|text|use)\b/i.test(clip[2] ?? ''));
    const rectangles = clipPathRectangles(clip[1], clip[2] ?? '');
    if (rectangles) clipRectangles.set(id, rectangles);
  }
  const sheet = styleSheetRules(source);
  const stack: Frame[] = [];
  let box: number[] | undefined;
  // Pixels shown per unit of the drawing's viewBox.
  let pixelsPerUnit = 1;
  for (const tag of source.matchAll(startOrEndTag)) {
    const name = tag[2].toLowerCase().replace(/^svg:/, '');
    if (tag[1]) {
      const at = stack.map((frame) => frame.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    const attributes = attributesOf(tag[3], name, sheet);
    const parent = stack.at(-1);
    const moved = transformOf(attributes.get('transform') ?? '');
    const frame: Frame = {
      name,
      scale: (parent?.scale ?? 1) * moved.scale,
      x: (parent?.x ?? 0) + (parent?.scale ?? 1) * moved.x,
      y: (parent?.y ?? 0) + (parent?.scale ?? 1) * moved.y,
      fill: attributes.get('fill') ?? parent?.fill,
      stroke: attributes.get('stroke') ?? parent?.stroke,
      strokeOpacity: attributes.get('strokeopacity') ?? parent?.strokeOpacity,
      strokeWidth: attributes.get('strokewidth') ?? parent?.strokeWidth,
      fontSize: number(attributes.get('fontsize')) ?? parent?.fontSize,
      opacity: (parent?.opacity ?? 1) * (number(attributes.get('opacity')) ?? 1),
      visibility: attributes.get('visibility') ?? parent?.visibility,
      hides: parent?.hides,
      clips: parent?.clips,
    };
    if (name === 'svg') {
      const viewBox = (attributes.get('viewbox') ?? '').trim().split(/[\s,]+/).map(Number);
      const width = number(attributes.get('width'));
      if (!parent && viewBox.length === 4 && viewBox.every(Number.isFinite) && viewBox[2] > 0) {
        box = viewBox;
        // The drawing is shown at its width (an <img> without one: at least 300 pixels wide).
        pixelsPerUnit = (width ?? Math.max(300, viewBox[2])) / viewBox[2];
      }
      // A drawing inside a drawing is placed at its x and y.
      if (parent) [frame.x, frame.y] = [frame.x + frame.scale * (number(attributes.get('x')) ?? 0), frame.y + frame.scale * (number(attributes.get('y')) ?? 0)];
    }
    if (parent && !drawsText.test(name) && !frame.hides) frame.hides = `the <${tag[2]}> element it is in, which draws no text`;
    const clipped = attributes.get('clippath');
    const clipId = /^\s*url\(\s*["']?#([^"')]+)["']?\s*\)\s*$/i.exec(clipped ?? '')?.[1];
    if (parent && !frame.hides && !textElement.test(name)) {
      // A group's mask may hide any part of it (as CSS's mask, canary round 42); its clip path hides
      // all of it when it draws no shape or is no clip path of the drawing (a chart's clip path of
      // its plot area is drawn, canary round 43).
      const mask = attributes.get('mask');
      if (mask !== undefined && !/^\s*none\s*$/i.test(mask)) frame.hides = `the mask of the <${tag[2]}> it is in, which may mask away all of its text`;
      if (clipped !== undefined && !/^\s*none\s*$/i.test(clipped) && !(clipId !== undefined && clipShapes.get(clipId))) frame.hides = `the clip-path of the <${tag[2]}> it is in, which draws no shape, so it clips away all of its text`;
      if (/^\s*none\s*$/i.test(attributes.get('display') ?? '')) frame.hides = `display="none" on the <${tag[2]}> it is in`;
    }
    // A clip path of rectangles, on the text or an element it is in: where the text may be drawn.
    const rectangles = clipId === undefined ? undefined : clipRectangles.get(clipId);
    if (parent && rectangles) {
      const inDrawing = rectangles.map((r) => ({ x: frame.x + frame.scale * r.x, y: frame.y + frame.scale * r.y, width: frame.scale * r.width, height: frame.scale * r.height }));
      frame.clips = [...(frame.clips ?? []), { by: textElement.test(name) ? 'its own clip-path' : `the clip-path of the <${tag[2]}> it is in`, rectangles: inDrawing }];
    }
    if (!tag[4]) stack.push(frame);
    if (!textElement.test(name)) continue;
    const end = source.indexOf('<', tag.index + tag[0].length);
    const words = source.slice(tag.index + tag[0].length, end < 0 ? undefined : end);
    if (!/\p{L}/u.test(decodeEntities(words))) continue;
    const hidden = (how: string) => ({ how, index: tag.index, tag: tag[0] });
    if (frame.hides) return hidden(frame.hides);
    if (frame.opacity < 0.05) return hidden(`an opacity of ${frame.opacity} from the elements it is in`);
    if (/^(?:hidden|collapse)$/i.test(frame.visibility?.trim() ?? '')) return hidden(`visibility="${frame.visibility}" from the elements it is in`);
    const stroked = frame.stroke !== undefined && !noPaint(frame.stroke) && (number(frame.strokeOpacity) ?? 1) > 0 && (number(frame.strokeWidth) ?? 1) > 0;
    if ((noPaint(frame.fill) || (number(attributes.get('fillopacity')) ?? 1) === 0) && !stroked) return hidden(`a fill of ${frame.fill ?? 'no opacity'} without a visible stroke, which draws its text with no ink`);
    const drawnSize = (frame.fontSize ?? 16) * frame.scale * pixelsPerUnit;
    if (drawnSize < 0.5) return hidden(`letters drawn ${drawnSize.toPrecision(2)} pixels tall, too small to read`);
    // `textLength="0"` squeezes every letter into no width (with lengthAdjust="spacingAndGlyphs").
    const length = number(attributes.get('textlength'));
    if (length !== undefined && length * frame.scale * pixelsPerUnit < 0.5) return hidden(`textLength="${attributes.get('textlength')}", which squeezes its letters into no width`);
    const x = frame.x + frame.scale * ((number(attributes.get('x')?.split(/[\s,]+/)[0]) ?? 0) + (number(attributes.get('dx')?.split(/[\s,]+/)[0]) ?? 0));
    const y = frame.y + frame.scale * ((number(attributes.get('y')?.split(/[\s,]+/)[0]) ?? 0) + (number(attributes.get('dy')?.split(/[\s,]+/)[0]) ?? 0));
    // A thousand units, and a full drawing, off its box (or above or left of its origin without one).
    const [minX, minY, width, height] = box ?? [0, 0, 0, 0];
    const reach = (size: number) => Math.max(1000, size);
    if (x < minX - reach(width) || y < minY - reach(height) || (box && (x > minX + width + reach(width) || y > minY + height + reach(height)))) return hidden(`a place (${Math.round(x)}, ${Math.round(y)}) the transforms of the elements it is in move far outside its drawing`);
    // Canary round 45: a clip path whose rectangles lie away from the text clips all of it. Where
    // the letters are is read generously (as wide as a letter's height each, to either side of
    // its anchor, and two lines tall): text a rectangle may touch is taken as drawn.
    const size = (frame.fontSize ?? 16) * frame.scale;
    const reachX = Math.max(1, [...decodeEntities(words).trim()].length) * size;
    const textBox = { x: x - reachX, y: y - 2 * size, width: 2 * reachX, height: 3 * size };
    const clippedAway = frame.clips?.find((clip) => !clip.rectangles.some((r) => overlaps(r, textBox)));
    if (clippedAway) return hidden(`${clippedAway.by}, whose rectangles lie away from the text, so it clips all of it away`);
  }
  return undefined;
}

/** The inline drawing opened at `start` in `source`, up to its end tag (nested drawings counted), or to the end. */
export function drawingAt(source: string, start: number): string {
  let depth = 0;
  for (const tag of source.slice(start).matchAll(/<(\/?)svg\b[^>]*?(\/?)>/gi)) {
    if (tag[2]) continue;
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return source.slice(start, start + tag.index + tag[0].length);
  }
  return source.slice(start);
}
