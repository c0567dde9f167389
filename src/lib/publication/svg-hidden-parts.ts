import { findHiddenHtmlTag, holdsUnshownContent, shortTag } from '../hidden-html.ts';
import { quoteSnippet } from '../quoted-snippet.ts';
import { drawingAt, findHiddenSvgText, styleSheetsOf } from '../svg-drawn-text.ts';
import { findImageMetadata } from './image-metadata.ts';

/** A part of an SVG file that ships with it and that no reader of the post sees. */
export interface SvgHiddenPart {
  /** What it is, for the message: `an XML comment`, `a <desc> element`, `the attribute sodipodi:docname`. */
  what: string;
  /** Its text (or the tag, for an element hidden by its attributes), on one line, at most 80 characters. */
  text: string;
  /** Its line in the file. */
  line: number;
}

/** Prefixes an SVG draws with: the links (`xlink:href`), `xml:space` and the namespace declarations themselves. */
const drawingPrefixes = new Set(['xlink', 'xml', 'xmlns']);
/**
 * Canary round 43: of the XLink attributes only the link is followed; `xlink:title` (a label no
 * browser shows for an image), `xlink:role`, `xlink:arcrole` hold words no reader sees.
 */
const unseenXlinkAttribute = /^xlink:(?!href$)/i;
const oneLine = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return quoteSnippet(line, 80);
};

/**
 * Canary round 38: the parts of an SVG image a public post shows that a reader never sees, though
 * the file is published as it is (`/_astro/<name>.<hash>.svg`): comments, `<title>` (a tooltip
 * only when the drawing is inline; never for an `<img>`), `<desc>` and `<metadata>`, an element
 * hidden by its attributes or style (`display="none"`, `opacity: 0`; an SVG's classes are its own
 * style sheet's, not the site's, and are left), and the elements and attributes of an editor's
 * own namespace (Inkscape's `sodipodi:docname` and `inkscape:export-filename` hold the file's name
 * and a path of the machine that drew it); since canary round 42 also processing instructions,
 * comments of a `<style>` sheet and `data-` attributes holding words; since canary round 43 the
 * content of containers that draw nothing themselves, text outside the drawing's viewBox, filled
 * with a colour of no opacity or clipped by its own attribute, and XLink's attributes but the link. Each published internal words in round 38's probes;
 * an optimiser such as svgo removes all of them.
 */
export function svgHiddenParts(svg: string): SvgHiddenPart[] {
  const parts: SvgHiddenPart[] = [];
  const lineAt = (index: number) => svg.slice(0, index).split('\n').length;
  for (const comment of svg.matchAll(/<!--([\s\S]*?)(?:-->|$)/g)) parts.push({ what: 'an XML comment', text: oneLine(comment[1]), line: lineAt(comment.index) });
  // Canary round 42: a processing instruction (not the XML declaration) and a comment of a
  // <style> sheet (also inside CDATA) are never drawn, and shipped with the file.
  for (const instruction of svg.matchAll(/<\?(?!xml[\s?])([\s\S]*?)(?:\?>|$)/gi)) parts.push({ what: 'a processing instruction', text: oneLine(instruction[1]), line: lineAt(instruction.index) });
  for (const { text: sheet, start } of styleSheetsOf(svg)) {
    for (const comment of sheet.matchAll(/\/\*([\s\S]*?)(?:\*\/|$)/g)) if (/\p{L}/u.test(comment[1])) parts.push({ what: 'a comment of its style sheet', text: oneLine(comment[1]), line: lineAt(start + comment.index) });
    // Canary round 44: a rule that hides what it selects (`text { display: none }`): which elements
    // it selects is the sheet's to say, not this check's, so any such rule is one.
    const rules = sheet.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, (comment) => comment.replace(/[^\n]/g, ' '));
    for (const rule of rules.matchAll(/[^{}]*\{[^{}]*?(?<=[;{\s])(display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0*(?:\.0*)?%?\s*(?:!important\s*)?(?=[;}])|font-size\s*:\s*0*(?:\.0*)?(?:px|em|rem|pt|%)?\s*(?:!important\s*)?(?=[;}]))[^{}]*\}/g)) {
      parts.push({ what: `a rule of its style sheet that hides what it selects (${rule[1].trim()})`, text: oneLine(rule[0]), line: lineAt(start + rule.index + rule[0].length - rule[0].trimStart().length) });
    }
  }
  // Comments blanked (their offsets kept), so a tag written inside one is not read twice.
  const markup = svg.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ' '));
  // Canary round 43: each tag is read in its drawing (the root `<svg>` tag, for text outside its
  // viewBox) with what follows it: a container that draws nothing itself (`<mask>`, `<symbol>`,
  // `<clipPath>`, `<pattern>`) up to its end, a text element its first words.
  const drawing = /<svg\b[^>]*>/i.exec(markup);
  for (const element of markup.matchAll(/<(title|desc|metadata)\b[^>]*>([\s\S]*?)(?:<\/\1\s*>|$)/gi)) {
    // An empty one ships nothing (adoption round 52: Excalidraw writes `<metadata></metadata>`).
    if (!element[2].trim()) continue;
    parts.push({ what: `a <${element[1]}> element`, text: oneLine(element[2].replace(/<[^>]*>/g, ' ')), line: lineAt(element.index) });
  }
  for (const tag of markup.matchAll(/<([A-Za-z][\w.-]*)(?::([\w.-]+))?((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)) {
    if (tag[2] !== undefined && !drawingPrefixes.has(tag[1].toLowerCase())) parts.push({ what: `the element <${tag[1]}:${tag[2]}> of an editor's own namespace`, text: oneLine(tag[0]), line: lineAt(tag.index) });
    for (const attribute of tag[3].matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      // Canary round 42: a data- attribute (Illustrator's `data-name`, a layer's name) is never drawn.
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      if ((/^data-/i.test(attribute[1]) || unseenXlinkAttribute.test(attribute[1])) && /\p{L}/u.test(value)) parts.push({ what: `the attribute ${attribute[1]}, which is never drawn`, text: oneLine(value), line: lineAt(tag.index) });
      const prefix = /^([^:]+):./.exec(attribute[1])?.[1];
      if (prefix === undefined || drawingPrefixes.has(prefix.toLowerCase())) continue;
      parts.push({ what: `the attribute ${attribute[1]} of an editor's own namespace`, text: oneLine(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''), line: lineAt(tag.index) });
    }
    // Presentation attributes that draw nothing of an element (`opacity="0"`, `font-size="0"`).
    // The value is a zero between its own quotes (adoption round 52: with the quote optional and
    // every digit too, `font-size="12px"` and `opacity="0.5"` matched an empty value before the
    // quote, and a drawing's every label held its post).
    const unseen = /\s((?:fill-|stroke-)?opacity|font-size)\s*=\s*(["']?)\s*[+-]?(?:0+(?:\.0*)?|\.0+)(?:px|em|rem|pt|%)?\s*\2(?=[\s/>])/i.exec(tag[0]);
    if (unseen && !/^(?:fill-|stroke-)/i.test(unseen[1])) parts.push({ what: `an element drawn with ${unseen[1]}="0"`, text: oneLine(tag[0]), line: lineAt(tag.index) });
    // Element by element: findHiddenHtmlTag reads the first start tag of what it is given.
    const end = tag.index + tag[0].length;
    const following = holdsUnshownContent(tag[1]) ? markup.slice(end) : /^(?:text|tspan|textpath)$/i.test(tag[1]) ? markup.slice(end, end + 4096) : '';
    const hidden = findHiddenHtmlTag(tag[0], following, drawing && drawing.index < tag.index ? drawing[0] : '');
    if (hidden && !unseen && hidden.unlistedClass === undefined && !hidden.shownToSightedReaders && !/^<(?:desc|metadata)\b/i.test(tag[0])) {
      parts.push({ what: `an element hidden by ${hidden.how}`, text: hidden.tag, line: lineAt(tag.index) });
    }
  }
  // Canary round 44: text its ancestors leave undrawn (a group's transform, clip path or fill, an
  // element that draws no text), words before or after the root element (no browser draws them),
  // and an SVG image embedded as a data: URI, read as a file of its own.
  const undrawn = findHiddenSvgText(markup);
  // A sheet's hiding rule said already is not said again for the text it hides (canary round 45
  // reads the sheet's rules on each element).
  const sheetRuleSaid = parts.some((part) => part.what.startsWith('a rule of its style sheet'));
  if (undrawn && !sheetRuleSaid && !parts.some((part) => part.line === lineAt(undrawn.index) && (part.text === oneLine(undrawn.tag) || part.text === shortTag(undrawn.tag)))) parts.push({ what: `text hidden by ${undrawn.how}`, text: oneLine(undrawn.tag), line: lineAt(undrawn.index) });
  const root = drawing ? drawing.index + drawingAt(markup, drawing.index).length : undefined;
  for (const [from, to] of [[0, drawing?.index ?? markup.length], [root ?? markup.length, markup.length]] as const) {
    const outside = markup.slice(from, to).replace(/<\?[\s\S]*?(?:\?>|$)|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>/gi, ' ');
    if (/\p{L}/u.test(outside)) parts.push({ what: 'words outside the drawing\'s root element, which no browser draws', text: oneLine(outside), line: lineAt(from) });
  }
  for (const embedded of markup.matchAll(/data:image\/svg\+xml(;base64)?(?:;[^,"']*)?,([^"'\s)]+)/gi)) {
    const inner = embedded[1] ? Buffer.from(embedded[2], 'base64').toString('utf8') : decodedDataUri(embedded[2]);
    for (const part of svgHiddenParts(inner)) parts.push({ ...part, what: `in an SVG image embedded as a data: URI, ${part.what}`, line: lineAt(embedded.index) });
  }
  // Canary round 45: a raster image embedded as a data: URI ships with the file byte for byte
  // (Astro re-encodes the images a post shows, not the images inside an SVG it copies): its
  // author, comment or editor's paths are published as a PNG or JPEG file's would be.
  // Editors write a long payload over several lines (or with `&#10;`): read to the closing quote.
  for (const embedded of markup.matchAll(/data:image\/(png|jpe?g|gif|webp)(;base64)?(?:;[^,"']*)?,([^"')]+)/gi)) {
    const bytes = embedded[2] ? Buffer.from(embedded[3].replace(/\s+|&#x?[\da-f]+;/gi, ''), 'base64') : Buffer.from(decodedDataUri(embedded[3].trim()), 'latin1');
    for (const metadata of findImageMetadata(bytes)) {
      parts.push({ what: `in a ${embedded[1].toUpperCase().replace('JPG', 'JPEG')} image embedded as a data: URI, its metadata (${metadata.where})`, text: oneLine(metadata.text), line: lineAt(embedded.index) });
    }
  }
  return parts.sort((a, b) => a.line - b.line);
}

/** A data: URI's percent-encoded payload, decoded (as written when it is not). */
function decodedDataUri(payload: string): string {
  try {
    return decodeURIComponent(payload);
  } catch {
    return payload;
  }
}
