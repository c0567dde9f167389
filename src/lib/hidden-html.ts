import { decodeEntities } from './html-entities.ts';
import { unlistedClass, unlistedClassReason } from './public-classes.ts';
import { quoteSnippet } from './quoted-snippet.ts';
import { transformOf } from './svg-drawn-text.ts';
import { htmlTag } from './plain-text-fields.ts';

/**
 * Raw HTML that a browser does not show, but that the public site publishes as written: `<div
 * hidden>`, `style="display:none"`, `<template>`, `aria-hidden="true"`. Its text is in the page
 * source (and so in search engines' caches and any copy of the page) where a customer can read it,
 * while the author may believe it hidden. Pure text rules, no Astro.
 */
export interface HiddenHtml {
  /** The tag as written, shortened for a message (`<div hidden>`). */
  tag: string;
  /** What hides it, for the message ("the hidden attribute"). */
  how: string;
  /** Whether sighted readers see it anyway (aria-hidden hides from screen readers only). */
  shownToSightedReaders: boolean;
  /** A class not on the public post's list (src/lib/public-classes.ts): it may hide or not, so it is refused. */
  unlistedClass?: string;
}

/**
 * Class names that hide an element's text in the common style sheets (since the fourteenth probe
 * round): the screen-reader-only utilities (`sr-only`, `visually-hidden`, this site's own,
 * `visuallyhidden`, WordPress's `screen-reader-text`) and the display utilities (`hidden`,
 * `invisible`, `d-none`, `hide`, and a breakpoint's `md:hidden`). Whether or not the public site's
 * style sheet defines the class, the author meant the text unseen, and the page source publishes
 * it; a state class such as `sr-only-focusable` or `hidden-xs` is no such utility alone.
 */
const hidingClass = /^(?:[a-z0-9]+:)*(sr-only|visually-?hidden|screen-?reader-(?:text|only)|hidden|invisible|d-none|hide)$/i;

/** CSS declarations that make an element's text invisible on the page. */
const hidingDeclaration = /(?:^|[;{\s])(display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0*(?:\.0*)?(?:%)?\s*(?:!important\s*)?(?:;|$)|font-size\s*:\s*0*(?:\.0*)?(?:px|em|rem|pt|%)?\s*(?:!important\s*)?(?:;|$))/i;

/**
 * Further CSS that leaves text on the page but unseen (bad input round 13): a transparent colour,
 * a box scaled or clipped to nothing, moved a thousand pixels off the page, or of no height with
 * its overflow hidden (the "visually hidden" recipes).
 */
const invisibleBoxDeclaration = /(?:^|[;{\s])((?:color\s*:\s*transparent)|(?:transform\s*:\s*scale\(\s*0*(?:\.0*)?\s*\))|(?:clip-path\s*:\s*inset\(\s*(?:50|100)%\s*\))|(?:clip\s*:\s*rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\))|(?:(?:left|right|top|bottom|text-indent|margin-(?:left|right|top|bottom))\s*:\s*-\d{4,}(?:\.\d+)?(?:px|em|rem)?)|(?:(?:left|right|top|bottom|text-indent|margin-(?:left|right|top|bottom))\s*:\s*-[1-9]\d{2,}(?:\.\d+)?(?:vh|vw|vmin|vmax|[sld]v[hw]|%|em|rem))|(?:(?:max-)?(?:height|width|block-size|inline-size)\s*:\s*0(?:px)?\s*[;\s][\s\S]*overflow(?:-[xy])?\s*:\s*(?:hidden|clip))|(?:overflow(?:-[xy])?\s*:\s*(?:hidden|clip)\s*;[\s\S]*(?:max-)?(?:height|width|block-size|inline-size)\s*:\s*0(?:px)?\s*(?:;|$)))/i;

/**
 * What hides an element with these attributes, or `undefined` when it is shown. `attributes` maps
 * each attribute name (lower case) to its value: `true` for an attribute written without one, a
 * string for a literal, `{ expression }` for an MDX expression (`style={{ display: 'none' }}`).
 */
export function hidingOf(tagName: string, attributes: ReadonlyMap<string, string | true | { expression: string }>, content?: string, inSvg = false): Omit<HiddenHtml, 'tag'> | undefined {
  // Canary round 42: MathML's <mphantom> takes the room of its content and draws none of it.
  // Canary round 39: an element whose own content a browser draws only when it cannot show the
  // element (a <canvas>, <video>, <audio>, <object> or <iframe>'s fallback, <noembed>,
  // <noframes>), never (a <datalist>'s options) or only where it is used (SVG's <defs>, <symbol>,
  // <clipPath>, <mask>, <pattern>, <marker>): words in it are in the page source, not on the page.
  // A <title> in an SVG drawing is its tooltip, shown on hover (canary round 37); one in the body is never shown (round 40).
  if (content !== undefined && /\p{L}/u.test(content) && neverShownContent.test(tagName) && !(inSvg && /^title$/i.test(tagName))) return { how: `the <${tagName}> element, whose ${/^(?:canvas|video|audio|object|iframe|progress|meter|rp)$/i.test(tagName) ? 'text a browser shows only when it cannot show the element itself' : 'content a browser does not show as text'}`, shownToSightedReaders: false };
  // SVG's presentation attributes of no size or opacity (`<text font-size="0">`, `fillOpacity="0"` on text without a stroke).
  for (const name of ['opacity', 'font-size', 'fontsize', 'fill-opacity', 'fillopacity']) {
    const value = attributes.get(name);
    if (typeof value !== 'string' || !/^\s*[+-]?0*(?:\.0*)?(?:px|%)?\s*$/.test(decodeEntities(value))) continue;
    if (/fill/.test(name) && (!/^(?:text|tspan|textpath)$/i.test(tagName) || attributes.has('stroke'))) continue;
    return { how: `${name}="${value.trim()}"`, shownToSightedReaders: false };
  }
  // Canary round 42: SVG text painted with no fill and no stroke (`fill="none"`, `transparent`) has no ink.
  // Canary round 43: also a colour of no opacity (`#fff0`, `rgba(0,0,0,0)`), as CSS's `color` is read.
  const fill = attributes.get('fill');
  const isSvgText = /^(?:text|tspan|textpath)$/i.test(tagName);
  const fillColour = typeof fill === 'string' ? decodeEntities(fill).trim().toLowerCase().replace(/\s+/g, '') : '';
  if (isSvgText && typeof fill === 'string' && (/^(?:none|transparent)$/.test(fillColour) || isUnseenColour(fillColour)) && !attributes.has('stroke')) {
    return { how: `fill="${fill.trim()}" without a stroke, which draws its text with no ink`, shownToSightedReaders: false };
  }
  // Canary round 43: SVG text clipped or masked by its own attribute (`clip-path="url(#e)"` of an
  // empty clip path): what is left of it depends on a shape the check does not draw, as CSS's mask.
  for (const name of ['clip-path', 'clippath', 'mask']) {
    const value = attributes.get(name);
    if (isSvgText && value !== undefined && !(typeof value === 'string' && /^\s*none\s*$/i.test(value))) return { how: `${name === 'mask' ? 'mask' : 'clip-path'}="${typeof value === 'string' ? value.trim() : '…'}", which may clip or mask away all of its text`, shownToSightedReaders: false };
  }
  // Canary round 42: a drawing of no width or height shows nothing of what it holds.
  if (tagName.toLowerCase() === 'svg') {
    for (const name of ['width', 'height']) {
      const value = attributes.get(name);
      if (typeof value === 'string' && /^\s*[+-]?0*(?:\.0*)?(?:px|%|em|rem)?\s*$/.test(decodeEntities(value))) return { how: `${name}="${value.trim()}", a drawing of no size`, shownToSightedReaders: false };
    }
  }
  // Canary round 40: SVG's conditional processing (`<switch>` draws the first child whose
  // `systemLanguage` or required features match the reader's browser): the others' words are drawn
  // for no reader, or for some, and published for all.
  for (const name of ['systemlanguage', 'requiredextensions', 'requiredfeatures']) {
    if (attributes.has(name)) return { how: `the ${name === 'systemlanguage' ? 'systemLanguage' : name === 'requiredextensions' ? 'requiredExtensions' : 'requiredFeatures'} attribute, which draws the element only for readers whose browser matches it (in a <switch>, at most one child is drawn)`, shownToSightedReaders: false };
  }
  // Canary round 40: SVG text placed a thousand units or more off its drawing (`<text x="-9999">`),
  // like the style that moves text off the page.
  if (/^(?:text|tspan|textpath|foreignobject)$/i.test(tagName)) {
    for (const name of ['x', 'y', 'dx', 'dy']) {
      const value = attributes.get(name);
      if (typeof value === 'string' && /^\s*-\d{4,}/.test(decodeEntities(value))) return { how: `${name}="${value.trim()}", which places its text off the drawing`, shownToSightedReaders: false };
    }
  }
  // A transform attribute scaling anything to nothing, or moving text that far (a group's offset,
  // as editors write it, moves its shapes back into view and is left).
  const svgTransform = attributes.get('transform');
  if (typeof svgTransform === 'string') {
    const transform = decodeEntities(svgTransform).toLowerCase();
    if (/scale[xy]?\(\s*0*(?:\.0*)?\s*[,)\s]/.test(transform) || (/^(?:text|tspan|textpath|foreignobject)$/i.test(tagName) && offCanvasTransform(transform))) return { how: `transform="${svgTransform.trim()}", which moves it off the drawing or scales it to nothing`, shownToSightedReaders: false };
  }
  if (tagName.toLowerCase() === 'template') return { how: 'the <template> element, whose content a browser never shows', shownToSightedReaders: false };
  // Canary round 42: a popover is shown only when a button or a script opens it, as a closed <dialog>.
  if (attributes.has('popover')) return { how: 'the popover attribute, which shows the element only when a button or script opens it', shownToSightedReaders: false };
  // A <dialog> is shown only when opened by a script or written `open` (bad input round 13).
  if (tagName.toLowerCase() === 'dialog' && !attributes.has('open')) return { how: 'the <dialog> element without open, which a browser does not show', shownToSightedReaders: false };
  // Canary round 37: SVG's <desc> and <metadata> and MathML's <annotation> describe a drawing or a
  // formula for tools; no browser draws their text, and the page published it.
  if (/^(?:desc|metadata|annotation|annotation-xml)$/i.test(tagName)) return { how: `the <${tagName}> element, whose text a browser never draws (it describes a drawing or formula for tools)`, shownToSightedReaders: false };
  // SVG's presentation attributes hide as the style does (`<text display="none">`, canary round 37).
  for (const [name, hides] of [['display', /^\s*none\s*$/i], ['visibility', /^\s*(?:hidden|collapse)\s*$/i]] as const) {
    const value = attributes.get(name);
    if (typeof value === 'string' && hides.test(decodeEntities(value))) return { how: `${name}="${value.trim()}"`, shownToSightedReaders: false };
  }
  // Shown only where scripts are off (bad input round 14): nearly every reader never sees it.
  if (tagName.toLowerCase() === 'noscript') return { how: 'the <noscript> element, whose content a browser shows only with scripts turned off (nearly no reader)', shownToSightedReaders: false };
  // `<font color="#fff">`: white on the public site's white page (bad input round 14).
  const fontColour = attributes.get('color');
  if (tagName.toLowerCase() === 'font' && typeof fontColour === 'string' && isPageBackgroundColour(decodeEntities(fontColour))) {
    return { how: `color="${fontColour.trim()}", the colour of the page's background, so its text cannot be seen`, shownToSightedReaders: false };
  }
  const hidden = attributes.get('hidden');
  if (hidden !== undefined && !(typeof hidden === 'object' && /^\s*(?:false|null|undefined)\s*$/.test(hidden.expression))) {
    return { how: 'the hidden attribute', shownToSightedReaders: false };
  }
  const type = attributes.get('type');
  if (tagName.toLowerCase() === 'input' && typeof type === 'string' && type.trim().toLowerCase() === 'hidden') {
    return { how: 'type="hidden", whose value a browser never shows', shownToSightedReaders: false };
  }
  const style = attributes.get('style');
  if (style !== undefined && style !== true) {
    const css = cssAsRead(typeof style === 'string' ? decodeEntities(style) : jsStyleAsCss(style.expression));
    const declaration = hidingDeclaration.exec(css) ?? invisibleBoxDeclaration.exec(css);
    if (declaration) return { how: `the style "${declaration[1].replace(/\s*;$/, '').replace(/\s+/g, ' ').trim()}"`, shownToSightedReaders: false };
    const collapsed = collapsedBox(css);
    if (collapsed) return { how: `the style "${collapsed}"`, shownToSightedReaders: false };
    const unseenColour = textColourLikeBackground(css);
    if (unseenColour) return { how: `the style "${unseenColour}"`, shownToSightedReaders: false };
  }
  const classes = attributes.get('class') ?? attributes.get('classname');
  if (classes !== undefined && classes !== true) {
    const names = (typeof classes === 'string' ? decodeEntities(classes) : classes.expression.replace(/["'`{}]/g, ' ')).split(/\s+/);
    const hiding = names.find((name) => hidingClass.test(name));
    if (hiding) {
      const screenReaders = /sr-only|visually|screen-?reader/i.test(hiding);
      return { how: `the class "${hiding}"${screenReaders ? ', which shows its text to screen readers only' : ''}`, shownToSightedReaders: false };
    }
    // Since the fifteenth probe round the public build fails closed on classes: a class outside
    // the short list may be one a style sheet hides (`offscreen`, `a11y-hidden`, `hidden-xs`).
    const unlisted = unlistedClass(names);
    if (unlisted) return { how: unlistedClassReason(unlisted), shownToSightedReaders: false, unlistedClass: unlisted };
  }
  const ariaHidden = attributes.get('aria-hidden') ?? attributes.get('ariahidden');
  if (ariaHidden !== undefined) {
    const value = ariaHidden === true ? 'true' : typeof ariaHidden === 'string' ? ariaHidden : ariaHidden.expression.replace(/^\s*["'`]?|["'`]?\s*$/g, '');
    if (value.trim().toLowerCase() === 'true' || value.trim() === '') {
      return { how: 'aria-hidden="true", which hides it from screen readers only', shownToSightedReaders: true };
    }
  }
  return undefined;
}

/**
 * CSS as a browser reads it (canary round 40): comments removed (a comment between `display:` and `none`) and escapes
 * decoded (`dis\play:none`, `\64 isplay`), so the patterns below see the declaration.
 */
function cssAsRead(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ')
    .replace(/\\([0-9a-f]{1,6})\s?|\\([^\n0-9a-f])/gi, (_, code: string | undefined, character: string | undefined) => (code ? String.fromCodePoint(Math.min(Number.parseInt(code, 16), 0x10ffff) || 0xfffd) : character!));
}

/** A transform that moves text a thousand units or more away, or scales it to nothing (`translate(-9999)`, `scale(0)`). */
function offCanvasTransform(transform: string): boolean {
  // A scale under a tenth draws the letters too small to read (canary round 42: `scale(.001)`).
  // Canary round 44: also a matrix or 3D scale of a tenth or less on an axis (`matrix(0, 0, 0, 0, 0, 0)`, `scale3d(0, 0, 1)`).
  return /translate[xyz3d]*\(\s*-?\d{4,}|translate[xyz3d]*\([^)]*[,\s]\s*-?\d{4,}/.test(transform) || /scale[xyz]?\(\s*(?:0*\.0\d*|0*(?:\.0*)?)\s*[,)\s]/.test(transform) || transformOf(transform).scale < 0.1;
}

/** The value of the last `name:` declaration of `css` (lower case, spaces folded), or undefined. */
function declared(css: string, name: RegExp): string | undefined {
  let value: string | undefined;
  for (const match of css.matchAll(new RegExp(`(?:^|[;{\\s])(?:${name.source})\\s*:\\s*([^;]+)`, 'gi'))) value = match[1].trim().toLowerCase().replace(/\s*!important$/, '').replace(/\s+/g, ' ');
  return value;
}

/** A colour written as its six hex digits when it is a plain one (`#fff`, `white`, `rgb(255, 255, 255)`), else as written. */
function normalColour(colour: string): string {
  const value = colour.trim().toLowerCase().replace(/\s+/g, '');
  const named: Record<string, string> = { white: '#ffffff', black: '#000000' };
  // hsl(0 0% 100%), hsl(0, 0%, 100%): any hue at full lightness is white (round 15).
  if (/^hsla?\(\s*-?[\d.]+(?:deg)?\s*[,\s]\s*[\d.]+%\s*[,\s]\s*100%\s*(?:[,/]\s*(?:1|1\.0*|100%)\s*)?\)$/.test(colour.trim().toLowerCase())) return '#ffffff';
  if (named[value]) return named[value];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])(?:f)?$/.exec(value);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  const long = /^#([0-9a-f]{6})(?:ff)?$/.exec(value);
  if (long) return `#${long[1]}`;
  const rgb = /^rgba?\((\d{1,3}),(\d{1,3}),(\d{1,3})(?:,(?:1|1\.0*|100%))?\)$/.exec(value);
  if (rgb) return `#${rgb.slice(1, 4).map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0')).join('')}`;
  if (/^hsla?\(\d+(?:deg)?,\d+%,100%(?:,(?:1|100%))?\)$/.test(value)) return '#ffffff';
  return value;
}

/** A colour of no opacity (`rgba(0,0,0,0)`, `#0000`). */
function isUnseenColour(colour: string): boolean {
  return /^(?:rgba|hsla)\(.*,\s*0*(?:\.0*)?%?\s*\)$|^(?:rgb|hsl)\(.*\/\s*0*(?:\.0*)?%?\s*\)$|^#[0-9a-f]{3}0$|^#[0-9a-f]{6}00$/.test(colour);
}

/**
 * True for the public page's background colour (white; `#fefefe` and the like too, which no eye
 * tells from it): text so coloured is on the page but unseen (bad input round 14).
 */
function isPageBackgroundColour(colour: string): boolean {
  // Canary round 40: the system colour of the page's background (`Canvas`) and the site's own
  // background variables (`var(--bg)`, `var(--bg-soft)`, src/styles/global.css) are its colour in
  // either scheme.
  if (/^\s*(?:canvas|var\(\s*--bg(?:-[\w-]+)?\s*(?:,[^)]*)?\))\s*$/i.test(colour)) return true;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(normalColour(colour));
  return hex !== null && hex.slice(1).every((part) => Number.parseInt(part, 16) >= 0xf8);
}

/**
 * The declaration that colours text like its background (`color: white`, or `color` equal to the
 * same style's `background`), as written, or undefined. Text so written is not seen by readers of
 * the public page, while its source publishes it, as `color: transparent` (round 13).
 */
function textColourLikeBackground(css: string): string | undefined {
  // A font too small to read (under 4 px) or all but transparent (opacity under 0.1), and a colour
  // of no opacity (`rgba(0,0,0,0)`, `#0000`): on the page, unseen, as `color: transparent` is.
  const size = declared(css, /font-size/);
  if (size && tinyFontSize(size)) return `font-size: ${size}`;
  const opacity = declared(css, /opacity/);
  // Canary round 44: a negative opacity is 0 (CSS clamps it).
  if (opacity && /^(?:0*\.0\d*|[0-9](?:\.\d+)?%|-\d*\.?\d+%?)$/.test(opacity)) return `opacity: ${opacity}`;
  // Canary round 40: `-webkit-text-fill-color` paints the letters over `color`: a transparent or
  // background fill hides them whatever the colour says.
  const fill = declared(css, /-webkit-text-fill-color/);
  if (fill && (/^transparent$/.test(fill) || isUnseenColour(fill) || isPageBackgroundColour(fill))) return `-webkit-text-fill-color: ${fill}`;
  const colour = declared(css, /color/);
  if (!colour) return undefined;
  if (isUnseenColour(colour)) return `color: ${colour}`;
  const background = declared(css, /background(?:-color)?/);
  if (background !== undefined) return normalColour(background) === normalColour(colour) ? `color: ${colour}; background: ${background}` : undefined;
  return isPageBackgroundColour(colour) ? `color: ${colour}` : undefined;
}

/** A font size too small to read: under 4 px, or under a tenth of an em (`0.01px`, `0.05em`; 0 itself is hidingDeclaration's). */
function tinyFontSize(size: string): boolean {
  return /^(?:0*\.\d+|[0-3](?:\.\d+)?)px$|^0*\.0\d*(?:em|rem)$|^[+-]?0*(?:\.0*)?(?:px|em|rem|pt|%)?$/.test(size);
}

/**
 * Bad input round 15: more ways a style shows nothing of the text it holds, as written: no line
 * height with the overflow hidden (`line-height: 0; overflow: hidden`), a box of a pixel or less
 * with its overflow hidden or clipped to it (`clip: rect(1px, 1px, 1px, 1px)`: the common
 * "sr-only" recipe), a move of a thousand pixels (`transform: translate(-9999px)`), a scale or
 * zoom of nothing (`scale: 0`, `zoom: 0.01`, `transform: scaleX(0)`), `content-visibility:
 * hidden`, `filter: opacity(0)`, text indented out of its box (`text-indent: 100%` with the
 * overflow hidden) and letters drawn over one another (`letter-spacing: -1000px`).
 */
function collapsedBox(css: string): string | undefined {
  const overflowHidden = /^(?:hidden|clip)$/.test(declared(css, /overflow(?:-[xy])?/) ?? '');
  const zero = (value: string | undefined) => value !== undefined && /^[+-]?0*(?:\.0*)?(?:px|em|rem|%)?$/.test(value);
  const tiny = (value: string | undefined) => value !== undefined && (zero(value) || /^(?:0*\.\d+|1)px$/.test(value));
  const lineHeight = declared(css, /line-height/);
  if (zero(lineHeight) && overflowHidden) return `line-height: ${lineHeight}; overflow: hidden`;
  const [width, height] = [declared(css, /(?:max-)?width/), declared(css, /(?:max-)?height/)];
  if (tiny(width) && tiny(height) && (overflowHidden || declared(css, /clip(?:-path)?/))) return `width: ${width}; height: ${height}; overflow: hidden`;
  const clip = /^rect\(\s*(-?[\d.]+)(?:px)?[\s,]+(-?[\d.]+)(?:px)?[\s,]+(-?[\d.]+)(?:px)?[\s,]+(-?[\d.]+)(?:px)?\s*\)$/.exec(declared(css, /clip/) ?? '');
  if (clip && Number(clip[3]) - Number(clip[1]) <= 1 && Number(clip[2]) - Number(clip[4]) <= 1) return `clip: ${declared(css, /clip/)}`;
  const transform = declared(css, /transform/);
  if (transform && offCanvasTransform(transform)) return `transform: ${transform}`;
  const scale = declared(css, /scale/);
  if (scale && /^(?:0*\.0\d*|0*(?:\.0*)?|\d(?:\.\d+)?%)(?:\s|$)/.test(scale)) return `scale: ${scale}`;
  const zoom = declared(css, /zoom/);
  if (zoom && /^(?:0*(?:\.0\d*)?|0*\.0*|[0-9](?:\.\d+)?%)$/.test(zoom)) return `zoom: ${zoom}`;
  // Canary round 40: a clipping circle or ellipse of no radius shows nothing of the box.
  const clipPath = declared(css, /clip-path/);
  if (clipPath && /^(?:circle|ellipse)\(\s*0*(?:\.0*)?(?:px|%|em|rem)?(?:\s+0*(?:\.0*)?(?:px|%|em|rem)?)?\s*(?:at\b[^)]*)?\)$/.test(clipPath)) return `clip-path: ${clipPath}`;
  // Canary round 44: an inset of a full width or height (`inset(0 100% 0 0)`) and a polygon of no area clip everything.
  if (clipPath && clipsEverything(clipPath)) return `clip-path: ${clipPath}`;
  const visibility = declared(css, /content-visibility/);
  if (visibility === 'hidden') return 'content-visibility: hidden';
  const filter = declared(css, /filter/);
  if (filter && /opacity\(\s*(?:0*(?:\.0\d*)?|[0-9](?:\.\d+)?%)\s*\)/.test(filter)) return `filter: ${filter}`;
  const indent = declared(css, /text-indent/);
  if (indent && overflowHidden && /^(?:[1-9]\d{2,}(?:\.\d+)?%|\d{4,}(?:px|em)?)$/.test(indent)) return `text-indent: ${indent}; overflow: hidden`;
  // Letters pulled back half their width or more are drawn over one another (canary round 42: -1em).
  const spacing = /^-(\d*\.?\d+)(px|r?em)$/.exec(declared(css, /letter-spacing/) ?? '');
  if (spacing && Number(spacing[1]) >= (spacing[2] === 'px' ? 8 : 0.5)) return `letter-spacing: ${spacing[0]}`;
  // Canary round 42: the font shorthand's size (`font: 0/0 a`, the old image-replacement recipe).
  const font = declared(css, /font/);
  const fontSize = font && (/(?:^|\s)(\S+)\s*\//.exec(font)?.[1] ?? /(?:^|\s)(\d*\.?\d+(?:px|r?em|pt|%)|0)(?=\s|$)/.exec(font)?.[1]);
  if (fontSize && tinyFontSize(fontSize)) return `font: ${font}`;
  // Canary round 42: a mask may hide any part of the text (a gradient of transparent stops); the
  // public build cannot tell which, so any mask but none is read as hiding.
  const mask = declared(css, /(?:-webkit-)?mask(?:-image)?/);
  if (mask && mask !== 'none') return `mask: ${mask}`;
  return undefined;
}

/** Whether a `clip-path` inset or polygon leaves nothing of the box (`inset(0 100% 0 0)`, `polygon(0 0, 0 0, 0 0)`). */
function clipsEverything(clipPath: string): boolean {
  const inset = /^inset\(([^)]*?)(?:\s+round\b[^)]*)?\)$/.exec(clipPath);
  if (inset) {
    const [top, right = top, bottom = top, left = right] = inset[1].trim().split(/\s+/).map((v) => (/^-?[\d.]+%$|^0$/.test(v) ? Number.parseFloat(v) : Number.NaN));
    return top + bottom >= 100 || left + right >= 100;
  }
  const polygon = /^polygon\((?:\s*(?:nonzero|evenodd)\s*,)?([^)]*)\)$/.exec(clipPath);
  if (!polygon) return false;
  const points = polygon[1].split(',').map((point) => point.trim().split(/\s+/).map((v) => Number.parseFloat(v)));
  if (points.some((point) => point.length !== 2 || point.some((v) => !Number.isFinite(v)))) return false;
  // The shoelace formula: twice the polygon's area, in the units written (all % or all px).
  const area = points.reduce((sum, [x, y], i) => { const [nx, ny] = points[(i + 1) % points.length]; return sum + x * ny - nx * y; }, 0);
  return area === 0;
}

/** A React-style style object (`{ display: 'none' }`) written as CSS (`display: none`), enough for {@link hidingDeclaration}. */
function jsStyleAsCss(expression: string): string {
  return expression
    .replace(/[{}]/g, ';')
    .replace(/,/g, ';')
    .replace(/["'`]/g, '')
    // A vendor prefix is written capitalised in a style object (`WebkitTextFillColor`, canary round 40).
    .replace(/\b(Webkit|Moz|ms)(?=[A-Z])/g, (prefix: string) => `-${prefix.toLowerCase()}`)
    .replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a}-${b.toLowerCase()}`)
    .replace(/fontSize/g, 'font-size')
    .replace(/backgroundColor/g, 'background-color')
    .replace(/clipPath/g, 'clip-path')
    .replace(/textIndent/g, 'text-indent')
    .replace(/marginLeft/g, 'margin-left')
    .replace(/maxHeight/g, 'max-height')
    .replace(/maxWidth/g, 'max-width');
}

/** Elements whose content is not shown as text where it is written (hidingOf, canary round 39). */
const neverShownContent = /^(?:canvas|video|audio|object|iframe|noembed|noframes|datalist|defs|symbol|clippath|mask|pattern|marker|rp|progress|meter|title|mphantom)$/i;

/** Whether an element's content is not shown as text where it is written (`<mask>`, `<symbol>`, `<canvas>`…). */
export const holdsUnshownContent = (tagName: string): boolean => neverShownContent.test(tagName);

/** Start tags in a piece of raw HTML (a Markdown `html` node), with their offsets. */
const startTag = /<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The words of a piece of HTML: its text, and the values and labels of its `<option>`s (a <datalist>'s). */
function elementWordsInHtml(html: string): string {
  // Decoded once its tags are read (canary round 44): `<canvas>&#122;&#122;…</canvas>` holds no letter in its bytes, and words on the page.
  return decodeEntities(html.replace(/<[^>]*>/g, (tag) => (/^<option\b/i.test(tag) ? [...tag.matchAll(/\s(?:value|label)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi)].map((m) => ` ${m[1] ?? m[2] ?? m[3]} `).join(' ') : ' ')));
}

/**
 * The first start tag of `html` (comments removed) that hides its content, with its offset in `html`;
 * `following` is the text after `html` in the body, `preceding` the text before it (the drawing an
 * inline `<text>` node of a Markdown paragraph is in).
 */
export function findHiddenHtmlTag(html: string, following = '', preceding = ''): (HiddenHtml & { index: number }) | undefined {
  const withoutComments = html.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ' '));
  for (const tag of withoutComments.matchAll(startTag)) {
    const attributes = new Map<string, string | true>();
    for (const a of tag[2].matchAll(attribute)) attributes.set(a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? true);
    // The element's content up to its end tag (or the end of `html`), for the elements whose content is not shown.
    // An inline tag's content is not in its node (Markdown makes each tag of a paragraph a node of
    // its own): it is read on in `following`, the text after the node.
    const after = withoutComments.slice(tag.index + tag[0].length) + following;
    const close = neverShownContent.test(tag[1]) ? new RegExp(`</${tag[1]}\\s*>`, 'i').exec(after) : null;
    const content = neverShownContent.test(tag[1]) ? elementWordsInHtml(close ? after.slice(0, close.index) : after) : undefined;
    const before = preceding + withoutComments.slice(0, tag.index);
    const inSvg = (before.match(/<svg\b/gi)?.length ?? 0) > (before.match(/<\/svg\s*>/gi)?.length ?? 0);
    const hiding = hidingOf(tag[1], attributes, content, inSvg) ?? (inSvg ? textOutsideDrawing(tag[1], attributes, before, after) : undefined);
    if (hiding) return { ...hiding, tag: shortTag(tag[0]), index: tag.index };
  }
  return undefined;
}

/**
 * Canary round 44: an end tag a browser drops with all it holds: one with attributes or words after
 * its name (`</span title="…">`), or of an element no HTML has, never opened before it (`</ask-the-dba>`): its
 * words are in the page source, never on the page. `preceding` is the HTML before `html`; the
 * offset is in `html`.
 */
export function findStrayEndTag(html: string, preceding = ''): { index: number; tag: string; how: string } | undefined {
  const withoutComments = html.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ' '));
  for (const tag of withoutComments.matchAll(/<\/([A-Za-z][\w:.-]*)([^>]*)>/g)) {
    if (/\S/.test(tag[2])) return { index: tag.index, tag: tag[0], how: 'words after the name of an end tag, which a browser drops' };
    const before = preceding + withoutComments.slice(0, tag.index);
    // `</br>` (read as `<br>`) and `</p>` (an empty paragraph) name no one: only a name no HTML element has.
    if (!htmlTag.test(`</${tag[1]}>`) && !new RegExp(`<${tag[1].replace(/[.]/g, '\\.')}(?=[\\s/>])`, 'i').test(before)) return { index: tag.index, tag: tag[0], how: 'an end tag of an element no HTML has and none opened before it, which a browser drops' };
  }
  return undefined;
}

/**
 * Canary round 42: SVG text placed past the right edge or a full height below the bottom of its
 * drawing's viewBox (`<text x="500">` in `viewBox="0 0 10 10"`), which clips it: none of it is
 * drawn, however few units off it is (round 40's rule asks for a thousand). `before` is the HTML
 * before the element; the drawing is the last `<svg>` opened in it; `text` the HTML after its tag.
 * Since canary round 43 also read for an `.mdx` post's JSX text elements (strip-internal.ts), with
 * the source before the element.
 */
export function textOutsideDrawing(tagName: string, attributes: ReadonlyMap<string, string | true>, before: string, text: string): Omit<HiddenHtml, 'tag'> | undefined {
  if (!/^(?:text|tspan|textpath)$/i.test(tagName)) return undefined;
  const drawing = [...before.matchAll(/<svg\b[^>]*>/gi)].at(-1)?.[0] ?? '';
  const box = /\sviewbox\s*=\s*["']\s*(-?[\d.]+)[\s,]+(-?[\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*["']/i.exec(drawing)?.slice(1).map(Number);
  if (!box || box.some((n) => !Number.isFinite(n))) return undefined;
  const [minX, minY, width, height] = box;
  // The first of a list (`x="5 10 15"`) places the first letter; dx and dy move it on (canary round 43).
  const at = (name: string) => Number.parseFloat(decodeEntities(String(attributes.get(name) ?? '')).trim().split(/[\s,]+/)[0]);
  const offset = (name: string) => (Number.isFinite(at(name)) ? at(name) : 0);
  // An attribute not written is 0 (SVG's initial value).
  const [x, y] = [offset('x') + offset('dx'), offset('y') + offset('dy')];
  // Canary round 43: also left of the drawing or above it, by more than a full width or height and
  // more than its words can span (each letter at most an em and a half), so a group's translation
  // (a chart's axis labels at x="-9") does not read as hidden.
  const fontSize = Number.parseFloat(String(attributes.get('font-size') ?? attributes.get('fontsize') ?? '')) || 16;
  const span = [...(text.split('<')[0] ?? '')].length * fontSize * 1.5;
  if (x >= minX + width || x + span <= minX - width || y >= minY + 2 * height || y + fontSize <= minY - height) {
    return { how: `a place outside its drawing's viewBox (${box.join(' ')}), which clips it`, shownToSightedReaders: false };
  }
  return undefined;
}

/** A tag for a message: on one line, at most 80 characters. */
export function shortTag(tag: string): string {
  const line = tag.replace(/\s+/g, ' ');
  const shown = quoteSnippet(line, 79);
  return shown.endsWith('…') ? `${shown}>` : shown;
}

/** The refusal for hidden HTML at `where` (`file:line`) of a public post. */
export function hiddenHtmlMessage(where: string, found: HiddenHtml, isMdx: boolean): string {
  if (found.unlistedClass !== undefined) {
    const wrap = isMdx ? 'wrap internal-only text in <Internal>' : 'move internal-only text into <Internal> (rename the file to .mdx: .md posts cannot hold components)';
    return `${where}: ${found.tag} in a public post uses ${found.how}. Fix: remove the class "${found.unlistedClass}" (or use a listed one) if its text is meant for customers, or ${wrap} so the public site cuts it.`;
  }
  const seen = found.shownToSightedReaders
    ? 'every sighted customer still sees its text, and it is published in the page source'
    : 'a browser does not show its text, but the public site publishes it in the page source, where any customer can read it (View source, search engines, copies of the page)';
  const fix = isMdx
    ? 'wrap internal-only text in <Internal> so the public site cuts it'
    : 'move internal-only text into <Internal> (rename the file to .mdx: .md posts cannot hold components) so the public site cuts it';
  return `${where}: ${found.tag} in a public post is hidden by ${found.how}: ${seen}. Fix: ${fix}, or remove the hiding so the text is shown as meant for customers (use <details> for text shown on a click).`;
}
