/**
 * Canary round 44: adversarial probes of the whole public build, none tried in rounds 32-43
 * (test/support/canary-round3{2,4,6,7,8,9}-probes.ts, canary-round4{0,1,2,3}-probes.ts). Each probe is
 * one postmortem of its own carrying a unique marker `zzkNNx` (or its own `leak` text) where text must
 * stay internal or where no reader sees it; it is blocked when no built file holds it (as written, as a
 * reader reads it, or inside a base64 payload: canary-round44.test.ts), refused when the checks before
 * Astro or the build stop its postmortem naming the file, and it leaks when a built file holds it.
 */
import { canaryProbeKit, pngWithChunk, publicTitleLine, replaceOnce, type CanaryProbe } from './canary-probe-kit.ts';

export type { CanaryProbe } from './canary-probe-kit.ts';
export const { canaryMarker, aliveMarker, probeFileName } = canaryProbeKit('zzk', 'r44');
const { bodyProbe, internalOnlyPost, sourceProbe } = canaryProbeKit('zzk', 'r44');
/** The text a probe must keep out of every built file. */
export const leakText = (probe: CanaryProbe) => probe.leak ?? canaryMarker(probe.n);
/** The internal-only post the id probes name (its id holds marker 90). */
export const internalOnlyId = '2025-03-02-zzk90x-internal-only';

/** Words of the probe: its marker and a phrase, as the author of hidden text writes them. */
const words = (m: string) => `${m} the runbook`;
/** Every character of `text` as a decimal character reference: no letter is left in the bytes. */
const refs = (text: string) => [...text].map((c) => `&#${c.codePointAt(0)};`).join('');
/** Every character of `text` as a hexadecimal character reference (`&#x7a;`: letters only a-f). */
const hexRefs = (text: string) => [...text].map((c) => `&#x${c.codePointAt(0)!.toString(16)};`).join('');

/**
 * Attribute values and hidden elements' text written as character references only: a browser and
 * the search index decode them, a check reading the bytes for a letter sees none.
 */
export const referenceProbes: CanaryProbe[] = [
  bodyProbe(1, 'a data- attribute of decimal references only (.md)', (m) => `<span data-note="${refs(words(m))}">We rolled back.</span>`, '.md'),
  bodyProbe(2, 'an id of decimal references only (.md)', (m) => `<span id="${refs(m)}">We rolled back.</span>`, '.md'),
  bodyProbe(3, 'an <a name> of decimal references only (.md)', (m) => `<a name="${refs(m)}"></a>We rolled back.`, '.md'),
  bodyProbe(4, 'a <time datetime> of decimal references only (.md)', (m) => `<time datetime="${refs(words(m))}">ten minutes</time> later we rolled back.`, '.md'),
  bodyProbe(5, 'a <data value> of decimal references only (.md)', (m) => `<data value="${refs(words(m))}">Eleven</data> requests failed.`, '.md'),
  bodyProbe(6, 'an aria-label on a <span> of decimal references only (.md)', (m) => `<span aria-label="${refs(words(m))}">We rolled back.</span>`, '.md'),
  bodyProbe(7, 'a <details name> of decimal references only (.md)', (m) => `<details name="${refs(m)}"><summary>More</summary>We rolled back.</details>`, '.md'),
  bodyProbe(8, 'a class of decimal references only (.md)', (m) => `<span class="${refs(m)}">We rolled back.</span>`, '.md'),
  bodyProbe(9, 'a <canvas> fallback of decimal references only (.md)', (m) => `<canvas width="10" height="10">${refs(words(m))}</canvas>`, '.md'),
  bodyProbe(10, 'a <video> fallback of decimal references only (.md)', (m) => `<video width="10" height="10">${refs(words(m))}</video>`, '.md'),
  bodyProbe(11, 'an <audio> fallback of decimal references only (.md)', (m) => `<audio>${refs(words(m))}</audio>`, '.md'),
  bodyProbe(12, 'a <noembed> of decimal references only (.md)', (m) => `<noembed>${refs(words(m))}</noembed>`, '.md'),
  bodyProbe(13, 'a <datalist> option of decimal references only (.md)', (m) => `<datalist id="d"><option>${refs(words(m))}</option></datalist>`, '.md'),
  bodyProbe(14, 'inline SVG <defs> text of decimal references only (.md)', (m) => `<svg width="100" height="20"><defs><text y="15">${refs(words(m))}</text></defs></svg>`, '.md'),
  bodyProbe(15, 'a <progress> fallback of decimal references only (.md)', (m) => `<progress value="1" max="2">${refs(words(m))}</progress>`, '.md'),
  bodyProbe(16, 'a <ruby> <rp> of decimal references only (.md)', (m) => `<ruby>a<rp>${refs(words(m))}</rp><rt>b</rt></ruby>`, '.md'),
  bodyProbe(17, 'a MathML <mphantom> of decimal references only (.md)', (m) => `<math><mphantom><mi>${refs(words(m))}</mi></mphantom></math>`, '.md'),
  bodyProbe(18, 'a <noframes> of decimal references only (.md)', (m) => `<noframes>${refs(words(m))}</noframes>`, '.md'),
  bodyProbe(19, 'a <meter> fallback of decimal references only (.md)', (m) => `<meter value="1" max="2">${refs(words(m))}</meter>`, '.md'),
  bodyProbe(20, 'inline SVG <symbol> text of decimal references only (.md)', (m) => `<svg width="100" height="20"><symbol id="s"><text y="15">${refs(words(m))}</text></symbol></svg>`, '.md'),
  bodyProbe(21, 'a data- attribute of decimal references only (.mdx)', (m) => `<span data-note="${refs(words(m))}">We rolled back.</span>`),
  bodyProbe(22, 'an id of decimal references only (.mdx)', (m) => `<span id="${refs(m)}">We rolled back.</span>`),
  bodyProbe(23, 'a <canvas> fallback of decimal references only (.mdx)', (m) => `<canvas width="10" height="10">${refs(words(m))}</canvas>`),
  bodyProbe(24, 'a <datalist> option of decimal references only (.mdx)', (m) => `<datalist id="d"><option>${refs(words(m))}</option></datalist>`),
  bodyProbe(25, 'a data- attribute of hexadecimal references only (.md)', (m) => `<span data-note="${hexRefs(words(m))}">We rolled back.</span>`, '.md'),
  bodyProbe(26, 'a <video> fallback of hexadecimal references only (.mdx)', (m) => `<video width="10" height="10">${hexRefs(words(m))}</video>`),
];

/** Words in the names of attributes and elements, which no browser shows. */
export const nameProbes: CanaryProbe[] = [
  bodyProbe(27, 'an attribute whose name is words (.md)', (m) => `<span ${m}-the-runbook>We rolled back.</span>`, '.md'),
  bodyProbe(28, 'a data- attribute whose name is words (.md)', (m) => `<span data-${m}-the-runbook="1">We rolled back.</span>`, '.md'),
  bodyProbe(29, 'a data- attribute whose name is words (.mdx)', (m) => `<span data-${m}-the-runbook="1">We rolled back.</span>`),
  bodyProbe(30, 'an aria- attribute whose name is words (.mdx)', (m) => `<span aria-${m}-runbook="true">We rolled back.</span>`),
  bodyProbe(31, 'a custom element whose name is words (.md)', (m) => `<${m}-the-runbook>We rolled back.</${m}-the-runbook>`, '.md'),
  bodyProbe(32, 'a custom element whose name is words (.mdx)', (m) => `<${m}-the-runbook>We rolled back.</${m}-the-runbook>`),
  // In an HTML block: in a paragraph Markdown shows such a tag as text (`&lt;/…&gt;`), on the page.
  bodyProbe(33, 'an end tag of no element holding words, in an HTML block (.md)', (m) => `<div>\nWe rolled back.</${m} the runbook>\n</div>`, '.md'),
  bodyProbe(34, 'an end tag with attributes holding words, in an HTML block (.md)', (m) => `<div>\n<span>We rolled back.</span title="${words(m)}">\n</div>`, '.md'),
];

/** Style declarations whose words are never shown, and styles that hide text in ways no round listed. */
const styled = (n: number, kind: string, style: string, ext?: '.md'): CanaryProbe => bodyProbe(n, kind, (m) => `<span style="${style.replace('WORDS', `${m}-the-runbook`)}">${style.includes('WORDS') ? 'We rolled back.' : words(m)}</span>`, ext);
export const styleProbes: CanaryProbe[] = [
  styled(35, 'an unquoted custom property holding words (.md)', '--note: WORDS', '.md'),
  styled(36, 'an unquoted custom property holding words (.mdx)', '--note: WORDS'),
  styled(37, 'an animation-name of words (.md)', 'animation-name: WORDS', '.md'),
  styled(38, 'a counter-reset of words (.md)', 'counter-reset: WORDS', '.md'),
  styled(39, 'a view-transition-name of words (.md)', 'view-transition-name: WORDS', '.md'),
  styled(40, 'a grid-area of words (.md)', 'grid-area: WORDS', '.md'),
  styled(41, 'a background-image of a public path of words (.md)', 'background-image: url(/WORDS.png)', '.md'),
  styled(42, 'content-visibility: hidden (.md)', 'content-visibility: hidden', '.md'),
  styled(43, 'zoom: 0.001 (.md)', 'zoom: 0.001', '.md'),
  styled(44, 'filter: opacity(0) (.md)', 'filter: opacity(0)', '.md'),
  styled(45, 'a negative opacity (.md)', 'opacity: -1', '.md'),
  styled(46, 'a font size of a hundredth of a pixel (.md)', 'font-size: 0.01px', '.md'),
  styled(47, 'transform: matrix of zeros (.md)', 'display: inline-block; transform: matrix(0, 0, 0, 0, 0, 0)', '.md'),
  styled(48, 'transform: scale3d(0, 0, 1) (.md)', 'display: inline-block; transform: scale3d(0, 0, 1)', '.md'),
  styled(49, 'max-height 0 with overflow: clip (.md)', 'display: block; max-height: 0; overflow: clip', '.md'),
  styled(50, 'block-size 0 with overflow hidden (.md)', 'display: block; block-size: 0; overflow: hidden', '.md'),
  styled(51, 'text-indent 100% with no wrap and overflow hidden (.md)', 'display: block; text-indent: 100%; white-space: nowrap; overflow: hidden', '.md'),
  styled(52, 'clip-path: polygon of one point (.md)', 'clip-path: polygon(0 0, 0 0, 0 0)', '.md'),
  styled(53, 'clip-path: inset(0 100% 0 0) (.md)', 'clip-path: inset(0 100% 0 0)', '.md'),
  styled(54, 'content-visibility: hidden (.mdx)', 'content-visibility: hidden'),
  styled(55, 'filter: opacity(0) (.mdx)', 'filter: opacity(0)'),
  styled(56, 'clip: rect(1px, 1px, 1px, 1px), the older visually-hidden recipe (.md)', 'position: absolute; clip: rect(1px, 1px, 1px, 1px)', '.md'),
];

/** Inline SVG text drawn nowhere, in ways no round listed. */
const inlineSvg = (n: number, kind: string, inner: (m: string) => string, ext?: '.md'): CanaryProbe => bodyProbe(n, kind, (m) => `<svg width="100" height="20" viewBox="0 0 100 20">${inner(words(m))}</svg>`, ext);
export const inlineSvgProbes: CanaryProbe[] = [
  inlineSvg(57, 'inline SVG text of fill="none" stroke="none" (.md)', (w) => `<text y="15" fill="none" stroke="none">${w}</text>`, '.md'),
  inlineSvg(58, 'inline SVG text of style="fill: none" (.md)', (w) => `<text y="15" style="fill: none">${w}</text>`, '.md'),
  inlineSvg(59, 'inline SVG text of textLength="0" (.md)', (w) => `<text y="15" textLength="0" lengthAdjust="spacingAndGlyphs">${w}</text>`, '.md'),
  inlineSvg(60, 'inline SVG text of font-size="0.01" (.md)', (w) => `<text y="15" font-size="0.01">${w}</text>`, '.md'),
  inlineSvg(61, 'inline SVG text under a matrix of zeros (.md)', (w) => `<text y="15" transform="matrix(0 0 0 0 0 0)">${w}</text>`, '.md'),
  inlineSvg(62, 'inline SVG text in a group translated far left (.md)', (w) => `<g transform="translate(-99999 0)"><text y="15">${w}</text></g>`, '.md'),
  inlineSvg(63, 'inline SVG text in a group translated far up (.mdx)', (w) => `<g transform="translate(0 -99999)"><text y="15">${w}</text></g>`),
  inlineSvg(64, 'inline SVG text in a group clipped by an empty clip path (.md)', (w) => `<clipPath id="e"></clipPath><g clip-path="url(#e)"><text y="15">${w}</text></g>`, '.md'),
  inlineSvg(65, 'inline SVG text inside a <linearGradient> (.md)', (w) => `<linearGradient id="g"><text y="15">${w}</text></linearGradient>`, '.md'),
  inlineSvg(66, 'inline SVG text of no fill and a stroke of opacity 0 (.md)', (w) => `<text y="15" fill="none" stroke="#000" stroke-opacity="0">${w}</text>`, '.md'),
  inlineSvg(67, 'inline SVG text in a nested <svg> far left (.md)', (w) => `<svg x="-99999"><text y="15">${w}</text></svg>`, '.md'),
  inlineSvg(68, 'inline SVG text under transform="scale(0.001)" (.mdx)', (w) => `<text y="15" transform="scale(0.001)">${w}</text>`),
];

const svgFile = (inner: string, attributes = '') => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10" viewBox="0 0 10 10"${attributes}>${inner}<circle cx="5" cy="5" r="4"/></svg>`);
/** A public body showing the image `file` (the probe's asset). */
const imageProbe = (n: number, kind: string, file: string, bytes: Uint8Array, ext?: '.md'): CanaryProbe => ({
  ...bodyProbe(n, kind, () => `![The error rate](./${file})`, ext),
  assets: { [file]: bytes },
});
const svgProbe = (n: number, kind: string, inner: (w: string) => string, tail = ''): CanaryProbe =>
  imageProbe(n, kind, `r44-${n}.svg`, Buffer.concat([svgFile(inner(words(canaryMarker(n)))), Buffer.from(tail.replace('WORDS', words(canaryMarker(n))))]));
/** A 1x1 GIF with a comment extension holding `comment`. */
const gifWithComment = (comment: string) => {
  const gif = Buffer.from('47494638396101000100800000000000ffffff2c00000000010001000002024401003b', 'hex');
  const text = Buffer.from(comment, 'latin1');
  return Uint8Array.from(Buffer.concat([gif.subarray(0, 19), Buffer.from([0x21, 0xfe, text.length]), text, Buffer.from([0]), gif.subarray(19)]));
};
/** SVG files (copied into the site as they are) and images whose bytes hold words no reader sees. */
export const imageFileProbes: CanaryProbe[] = [
  svgProbe(69, 'an SVG file with text of fill="none" stroke="none"', (w) => `<text y="8" fill="none" stroke="none">${w}</text>`),
  svgProbe(70, 'an SVG file with text of style="fill: none"', (w) => `<text y="8" style="fill: none">${w}</text>`),
  svgProbe(71, 'an SVG file with text of font-size="0.01"', (w) => `<text y="8" font-size="0.01">${w}</text>`),
  svgProbe(72, 'an SVG file with text under a matrix of zeros', (w) => `<text y="8" transform="matrix(0 0 0 0 0 0)">${w}</text>`),
  svgProbe(73, 'an SVG file with text in a group translated far left', (w) => `<g transform="translate(-99999 0)"><text y="8">${w}</text></g>`),
  svgProbe(74, 'an SVG file with text in a group clipped by an empty clip path', (w) => `<clipPath id="e"></clipPath><g clip-path="url(#e)"><text y="8">${w}</text></g>`),
  svgProbe(75, 'an SVG file with text inside a <linearGradient>', (w) => `<linearGradient id="g"><text y="8">${w}</text></linearGradient>`),
  svgProbe(76, 'an SVG file with text of no fill and a stroke of opacity 0', (w) => `<text y="8" fill="none" stroke="#000" stroke-opacity="0">${w}</text>`),
  svgProbe(77, 'an SVG file with text after its root element', () => '', '\nWORDS'),
  svgProbe(78, 'an SVG file embedding, in base64, an SVG whose <desc> holds words', (w) => `<image width="10" height="10" href="data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><desc>${w}</desc><rect width="5" height="5"/></svg>`).toString('base64')}"/>`),
  svgProbe(79, 'an SVG file with a hidden HTML <div> in a <foreignObject>', (w) => `<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml" hidden="">${w}</div></foreignObject>`),
  svgProbe(80, 'an SVG file with text in a nested <svg> far left', (w) => `<svg x="-99999"><text y="8">${w}</text></svg>`),
  svgProbe(81, 'an SVG file with text of style="opacity: 0"', (w) => `<text y="8" style="opacity: 0">${w}</text>`),
  svgProbe(82, 'an SVG file with text in a group scaled to a thousandth', (w) => `<g transform="scale(0.001)"><text y="8">${w}</text></g>`),
  imageProbe(83, 'a GIF with a comment extension holding words', 'r44-83.gif', gifWithComment(words(canaryMarker(83)))),
  imageProbe(84, 'a PNG with a tEXt chunk naming its author', 'r44-84.png', pngWithChunk('tEXt', Buffer.from(`Author\0${words(canaryMarker(84))}`, 'latin1'))),
  imageProbe(85, 'a PNG with an eXIf chunk holding words', 'r44-85.png', pngWithChunk('eXIf', Buffer.from(`MM\0*\0\0\0\b${words(canaryMarker(85))}`, 'latin1'))),
  bodyProbe(86, 'an image srcset candidate of a local file named in words (.md)', (m) => `<img src="https://status.example.com/g.png" srcset="./${m}-the-runbook.png 2x" alt="The error rate" />`, '.md'),
  bodyProbe(87, 'a <picture> <source srcset> of a public path named in words (.md)', (m) => `<picture><source srcset="/${m}-the-runbook.webp" type="image/webp" /><img src="https://status.example.com/g.png" alt="The error rate" /></picture>`, '.md'),
];

/** The id of the internal-only post spelt as a reader still reads it, or in a link the rewriter keeps. */
const hiddenId = (n: number, kind: string, body: string, ext?: '.md'): CanaryProbe => ({ ...bodyProbe(n, kind, () => body, ext), leak: canaryMarker(90) });
const [year, month, day] = internalOnlyId.split('-');
const idTail = internalOnlyId.slice(11);
export const hiddenIdProbes: CanaryProbe[] = [
  hiddenId(88, 'the internal-only post\'s id with its first digit a character reference, in text', `See &#50;${internalOnlyId.slice(1)} for the earlier incident.`),
  hiddenId(89, 'the internal-only post\'s id split by a soft hyphen, in text', `See ${internalOnlyId.replace('-internal', '-inter\u00ADnal')} for the earlier incident.`),
  hiddenId(91, 'the internal-only post\'s id split by a zero-width space, in text', `See ${internalOnlyId.replace('x-', 'x\u200B-')} for the earlier incident.`),
  hiddenId(92, 'the internal-only post\'s id with Unicode hyphens, in text (.md)', `See ${internalOnlyId.replaceAll('-', '\u2010')} for the earlier incident.`, '.md'),
  hiddenId(93, 'the internal-only post\'s id with full-width digits, in text', `See ${year.replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)))}-${month}-${day}-${idTail} for the earlier incident.`),
  hiddenId(94, 'the internal-only post\'s id in capitals with &#45; for each hyphen, in text', `See ${internalOnlyId.toUpperCase().replaceAll('-', '&#45;')} for the earlier incident.`),
  hiddenId(95, 'a link to a year page whose fragment is the internal-only post\'s id', `See [earlier](/history/2025/#${internalOnlyId}).`),
  hiddenId(96, 'a link to the home page whose query names the internal-only post\'s id', `See [earlier](/?from=${internalOnlyId}).`),
  hiddenId(97, 'a link to the public feed whose fragment is the internal-only post\'s id', `See [earlier](https://status.acme.example/feed.xml#${internalOnlyId}).`),
  hiddenId(98, 'an <a href> to a year page whose fragment is the internal-only post\'s id (.md)', `<a href="/history/2025/#${internalOnlyId}">earlier</a>`, '.md'),
  hiddenId(99, 'a reference definition to the home page whose query names the internal-only post\'s id', `See [earlier][e].\n\n[e]: /?q=${internalOnlyId}`),
  hiddenId(100, 'a link to the home page whose fragment is the internal-only post\'s id', `See [earlier](/#${internalOnlyId}).`),
  {
    ...sourceProbe(101, 'the internal-only post\'s id split by a soft hyphen in the public summary', (s) => replaceOnce(s, '  summary: Checkout failed for some customers.\n---', `  summary: Checkout failed, as in ${internalOnlyId.replace('-internal', '-inter\u00ADnal')}.\n---`)),
    leak: canaryMarker(90),
  },
  {
    ...sourceProbe(102, 'the internal-only post\'s id split by a zero-width space in a public timeline event', (s) => replaceOnce(s, 'timeline: []', `timeline:\n  - at: 2025-03-01T10:05:00Z\n    event: Same as ${internalOnlyId.replace('x-', 'x\u200B-')}.\n    kind: communication\n    public: true`)),
    leak: canaryMarker(90),
  },
];

/** `</Internal>` written inside an `<Internal>` block where it is not a tag: code, comments, attributes. */
const closingInside = (n: number, kind: string, inside: (m: string) => string, ext?: '.md'): CanaryProbe => bodyProbe(n, kind, (m) => `<Internal>\n\n${inside(m)}\n\n</Internal>\n\nWe rolled back.`, ext);
export const closingTagProbes: CanaryProbe[] = [
  closingInside(103, 'a code span holding </Internal> inside an <Internal> block (.mdx)', (m) => `Run \`</Internal>\` then ${words(m)}.`),
  closingInside(104, 'a code span holding </Internal> inside an <Internal> block (.md)', (m) => `Run \`</Internal>\` then ${words(m)}.`, '.md'),
  bodyProbe(105, 'an inline <Internal> holding a code span of </Internal> (.mdx)', (m) => `We rolled back<Internal> (see \`</Internal>\` ${words(m)})</Internal>.`),
  closingInside(106, 'a tilde fence holding a backtick fence and </Internal> inside an <Internal> block', (m) => `~~~~\n\`\`\`\n</Internal>\n\`\`\`\n~~~~\n\n${words(m)}`),
  closingInside(107, 'an HTML comment holding </Internal> inside an <Internal> block (.md)', (m) => `<!-- </Internal> -->\n\n${words(m)}`, '.md'),
  closingInside(108, 'a JSX attribute holding </Internal> inside an <Internal> block (.mdx)', (m) => `<abbr title="</Internal>">${words(m)}</abbr>`),
  closingInside(109, 'an indented code line of </Internal> inside an <Internal> block (.md)', (m) => `Notes:\n\n    </Internal>\n\n${words(m)}`, '.md'),
  closingInside(110, 'a link title of </Internal> inside an <Internal> block (.mdx)', (m) => `[the graph](https://status.example.com/ "</Internal>") ${words(m)}`),
  closingInside(111, 'a table cell holding `</Internal>` inside an <Internal> block (.mdx)', (m) => `| tag | note |\n| --- | --- |\n| \`</Internal>\` | ${words(m)} |`),
];

/** The components inside other markup, and their attributes. */
export const componentProbes: CanaryProbe[] = [
  bodyProbe(112, 'an attribute of words on <PublicOnly>', (m) => `<PublicOnly note="${words(m)}">We rolled back.</PublicOnly>`),
  bodyProbe(113, 'an inline <Internal> in <PublicOnly> in a list item in a blockquote', (m) => `> - <PublicOnly>We rolled back <Internal>${words(m)}</Internal> at once.</PublicOnly>`),
  bodyProbe(114, 'an <Internal> inside a <details> inside <PublicOnly> (.md)', (m) => `<PublicOnly>\n\n<details><summary>More</summary>\n\n<Internal>\n\n${words(m)}\n\n</Internal>\n\n</details>\n\n</PublicOnly>`, '.md'),
  bodyProbe(115, 'an inline <Internal> among the children of a raw <a>', (m) => `<a href="https://status.example.com/">Status <Internal>${words(m)}</Internal></a>`),
  bodyProbe(116, 'an inline <Internal> in a <span title> in <PublicOnly>', (m) => `<PublicOnly><span title="status">Status <Internal>${words(m)}</Internal></span></PublicOnly>`),
  bodyProbe(117, 'a style sheet inside inline SVG hiding its text (.md)', (m) => `<svg width="100" height="20"><style>text { display: none }</style><text y="15">${words(m)}</text></svg>`, '.md'),
  bodyProbe(118, 'an unused export of words (.mdx)', (m) => `export const note = '${words(m)}';\n\nWe rolled back.`),
  bodyProbe(119, 'an export const frontmatter of words (.mdx)', (m) => `export const frontmatter = { title: '${words(m)}' };\n\nWe rolled back.`),
];

/** Frontmatter written twice: the public wording given again by a key YAML may take or refuse. */
export const frontmatterProbes: CanaryProbe[] = [
  sourceProbe(120, 'a second public: mapping whose title holds words', (s, m) => replaceOnce(s, 'related: []', `related: []\npublic:\n  title: ${words(m)}\n  summary: x`)),
  sourceProbe(121, 'the public title given twice in a flow mapping', (s, m) => replaceOnce(s, 'public:\n  title: Checkout errors\n  summary: Checkout failed for some customers.', `public: { title: Checkout errors, summary: Checkout failed for some customers., title: ${words(m)} }`)),
  sourceProbe(122, 'the public title in a YAML comment after an internal title', (s, m) => replaceOnce(s, publicTitleLine, `${publicTitleLine} # ${words(m)}`)),
];

const listed = [...referenceProbes, ...nameProbes, ...styleProbes, ...inlineSvgProbes, ...imageFileProbes, ...hiddenIdProbes, ...closingTagProbes, ...componentProbes, ...frontmatterProbes];
/**
 * A probe numbered 100 or more is named `<date>-r44-more-<n>`: `…-probe-101` would hold `…-probe-10`,
 * the id of another probe post, which the guard refuses in a public post's file name when that post is
 * not shown (round 43).
 */
for (const probe of listed) if (probe.n >= 100) probe.fileName = `2025-03-01-r44-more-${probe.n}${probe.ext ?? '.mdx'}`;

/** The posts no page may show: the internal-only post the id probes name. */
export const hiddenPosts: CanaryProbe[] = [internalOnlyPost(internalOnlyId)];

export const allProbes: CanaryProbe[] = [...listed, hiddenPosts[0]];
