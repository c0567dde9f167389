/**
 * Canary round 43: adversarial probes of the whole public build, none tried in rounds 32-42
 * (test/support/canary-round3{2,4,6,7,8,9}-probes.ts, canary-round4{0,1,2}-probes.ts). Each probe is
 * one postmortem of its own carrying a unique marker `zqkNNx` (or its own `leak` text) where text must
 * stay internal or where no reader sees it; it is blocked when no built file holds it (as written, or
 * as a reader would read it: test/support/readable-text.ts), refused when the checks before Astro or
 * the build stop its postmortem naming the file, and it leaks when a built file holds it.
 */
import { deflateSync } from 'node:zlib';
import { canaryProbeKit, pngWithChunk, publicTitleLine, replaceOnce, type CanaryProbe } from './canary-probe-kit.ts';
import { publicProbePost } from './public-probe-post.ts';

export type { CanaryProbe } from './canary-probe-kit.ts';
export const { canaryMarker, aliveMarker, probeFileName } = canaryProbeKit('zqk', 'r43');
const { alive, bodyProbe, internalOnlyPost, sourceProbe } = canaryProbeKit('zqk', 'r43');
/** The text a probe must keep out of every built file. */
export const leakText = (probe: CanaryProbe) => probe.leak ?? canaryMarker(probe.n);
/** The internal-only post the link probes point at (its id holds marker 90). */
export const internalOnlyId = '2025-03-02-zqk90x-internal-only';
/** An internal host, and the form of it the expression probes build from parts (their leak). */
const host = 'grafana.acme.corp';
const builtHost = (n: number) => `${host}/${canaryMarker(n)}`;

const withTitle = (s: string, title: string) => replaceOnce(s, publicTitleLine, `  title: ${title}`);
/** An action item whose title holds the marker, with `flag` written as its `public:` line. */
const withAction = (s: string, title: string, flag: string) =>
  replaceOnce(s, 'actionItems: []', `actionItems:\n  - id: AI-1\n    title: ${title}\n    owner: checkout\n    due: 2025-04-01\n    priority: P1\n    type: detect\n    status: open\n    verification: The alert fires in staging.\n    ${flag}`);
/** A timeline entry whose words hold the marker, with `flag` written as its `public:` line. */
const withEvent = (s: string, event: string, flag: string) =>
  replaceOnce(s, 'timeline: []', `timeline:\n  - at: 2025-03-01T10:05:00Z\n    event: ${event}\n    kind: communication\n    ${flag}`);

/**
 * `visibility` written as the author meant "internal" in a way the schema's two words do not read:
 * the public wording holds the marker, so a post taken as public shows it.
 */
const visibilityProbe = (n: number, kind: string, written: string): CanaryProbe =>
  sourceProbe(n, `visibility written as ${kind}`, (s, m) => withTitle(replaceOnce(s, 'visibility: public', written), `Checkout errors ${m}`));
export const visibilityProbes: CanaryProbe[] = [
  visibilityProbe(1, '"Internal" (capital)', 'visibility: Internal'),
  visibilityProbe(2, '"INTERNAL"', 'visibility: INTERNAL'),
  visibilityProbe(3, 'a quoted "internal " with a trailing space', 'visibility: "internal "'),
  visibilityProbe(4, '"private"', 'visibility: private'),
  visibilityProbe(5, 'the string "false"', 'visibility: "false"'),
  visibilityProbe(6, 'the boolean false', 'visibility: false'),
  visibilityProbe(7, 'the word no', 'visibility: no'),
  visibilityProbe(8, 'null (~)', 'visibility: ~'),
  visibilityProbe(9, 'an empty string', 'visibility: ""'),
  visibilityProbe(10, 'a list [internal]', 'visibility: [internal]'),
  visibilityProbe(11, 'a !!str tag on internal (valid: an internal post)', 'visibility: !!str internal'),
  visibilityProbe(12, 'the key in other letter case (Visibility: internal)', 'Visibility: internal'),
  visibilityProbe(13, 'internal followed by a zero-width space', 'visibility: "internal\u200B"'),
  visibilityProbe(14, 'full-width letters', 'visibility: ｉｎｔｅｒｎａｌ'),
  visibilityProbe(15, 'a block scalar of internal (valid: an internal post)', 'visibility: >-\n  internal'),
];

/** A list item's `public:` written as a string, in another casing, or as YAML 1.1's words for false. */
export const publicFlagProbes: CanaryProbe[] = [
  sourceProbe(16, 'an action item with public: "false"', (s, m) => withAction(s, `${m} page the dba`, 'public: "false"')),
  sourceProbe(17, 'an action item with public: "no"', (s, m) => withAction(s, `${m} page the dba`, 'public: "no"')),
  sourceProbe(18, 'an action item with public: no (YAML 1.1 false)', (s, m) => withAction(s, `${m} page the dba`, 'public: no')),
  sourceProbe(19, 'an action item with public: False', (s, m) => withAction(s, `${m} page the dba`, 'public: False')),
  sourceProbe(20, 'an action item with public: FALSE', (s, m) => withAction(s, `${m} page the dba`, 'public: FALSE')),
  sourceProbe(21, 'an action item with public: 0', (s, m) => withAction(s, `${m} page the dba`, 'public: 0')),
  sourceProbe(22, 'an action item with public: off', (s, m) => withAction(s, `${m} page the dba`, 'public: off')),
  sourceProbe(23, 'an action item with public: "internal"', (s, m) => withAction(s, `${m} page the dba`, 'public: "internal"')),
  sourceProbe(24, 'an action item with Public: false (other casing)', (s, m) => withAction(s, `${m} page the dba`, 'Public: false')),
  sourceProbe(25, 'a timeline entry with public: "false"', (s, m) => withEvent(s, `${m} paged the dba`, 'public: "false"')),
  sourceProbe(26, 'a timeline entry with public: n', (s, m) => withEvent(s, `${m} paged the dba`, 'public: n')),
  sourceProbe(27, 'a timeline entry with public: ""', (s, m) => withEvent(s, `${m} paged the dba`, 'public: ""')),
  sourceProbe(28, 'a timeline entry with public: null', (s, m) => withEvent(s, `${m} paged the dba`, 'public: null')),
  sourceProbe(29, 'a timeline entry with public: !!str true', (s, m) => withEvent(s, `${m} paged the dba`, 'public: !!str true')),
  sourceProbe(30, 'public.include written as one string', (s, m) => replaceOnce(replaceOnce(s, 'related: []', `related: []\ncontributors:\n  - ${m} the dba's pool setting`), '  summary: Checkout failed for some customers.\n---', '  summary: Checkout failed for some customers.\n  include: "contributors"\n---')),
];

/** An internal-only post (no page may show it) with `edit` applied to its source. */
const internalPost = (n: number, kind: string, edit: (source: string, marker: string) => string, leak?: string): CanaryProbe => ({
  ...sourceProbe(n, kind, (s, m) => edit(withTitle(replaceOnce(s, 'visibility: public', 'visibility: internal'), `Checkout errors ${m}`), m), leak),
});
/** The source with every day of the probe post moved to `day`. */
const onDay = (s: string, day: string) => s.replaceAll('2025-03-01', day);

/** Internal-only posts that could move what the public pages count, date or list. */
export const aggregateProbes: CanaryProbe[] = [
  internalPost(31, 'an internal-only post in a year no public post has (a year page, the home\'s year links)', (s) => onDay(s, '2019-06-04'), 'history/2019'),
  internalPost(32, 'an internal-only post newer than every public one (a "last updated" day, ISO)', (s) => onDay(s, '2026-11-19'), '2026-11-19'),
  internalPost(33, 'an internal-only post newer than every public one (a "last updated" day, as shown)', (s) => onDay(s, '2026-11-18'), '18 Nov 2026'),
  internalPost(34, 'an internal-only post of a service only it names, with a public name', (s) => replaceOnce(s, 'services: [checkout-api]', 'services: [zqk34x-ledger]')),
  internalPost(35, 'an internal-only post of a tag only it names', (s) => replaceOnce(s, 'tags: [config]', 'tags: [zqk35x-tag]')),
  internalPost(36, 'an internal-only post of a trigger only it names', (s) => replaceOnce(s, 'trigger: configuration', 'trigger: zqk36x-trigger')),
  internalPost(37, 'an internal-only post of a team only it names', (s) => replaceOnce(s, 'teams: [checkout]', 'teams: [zqk37x-team]')),
  sourceProbe(38, 'a post marked public whose status is in review', (s, m) => withTitle(replaceOnce(s, 'status: published', 'status: in-review'), `Checkout errors ${m}`)),
];

/** Links to the internal-only post by addresses no round tried. */
const hiddenLink = (n: number, kind: string, body: string, ext?: '.md'): CanaryProbe => ({ ...bodyProbe(n, kind, () => body, ext), leak: canaryMarker(90) });
export const hiddenLinkProbes: CanaryProbe[] = [
  hiddenLink(39, 'a link to the internal site\'s path of the internal-only post', `See [earlier](/postmortems/${internalOnlyId}/).`),
  hiddenLink(40, 'a relative link to the internal-only post\'s file', `See [earlier](./${internalOnlyId}.mdx).`),
  hiddenLink(41, 'a link to the internal-only post\'s id in capitals', `See [earlier](/incidents/${internalOnlyId.toUpperCase()}/).`),
  hiddenLink(42, 'a link to the internal-only post\'s index.html', `See [earlier](/incidents/${internalOnlyId}/index.html).`),
  hiddenLink(43, 'a link to the internal-only post at the public site\'s own address', `See [earlier](https://status.acme.example/incidents/${internalOnlyId}/).`),
  hiddenLink(44, 'a protocol-relative link to the internal-only post at the public site\'s host', `See [earlier](//status.acme.example/incidents/${internalOnlyId}/).`),
  hiddenLink(45, 'a link to the internal-only post\'s id with its first digit mistyped as a percent escape (%30)', `See [earlier](/incidents/%3${internalOnlyId.slice(1)}/).`),
  hiddenLink(121, 'a link to the internal-only post with its first digit percent-encoded (%32)', `See [earlier](/incidents/%32${internalOnlyId.slice(1)}/).`),
  hiddenLink(46, 'an <a href> to the internal-only post with a fragment in a .md post', `<a href="/incidents/${internalOnlyId}/#timeline">earlier</a>`, '.md'),
  hiddenLink(47, 'a <link rel="alternate"> to the internal-only post', `<link rel="alternate" href="/incidents/${internalOnlyId}/" />\n\nWe rolled back.`),
  hiddenLink(94, 'a link to the public search for the internal-only post\'s id', `See [earlier](/search/?q=${internalOnlyId}).`),
  hiddenLink(95, 'a link to the internal-only post without its trailing slash', `See [earlier](/incidents/${internalOnlyId}).`),
  hiddenLink(96, 'a link to the internal-only post through a dot segment', `See [earlier](/incidents/./${internalOnlyId}/).`),
  hiddenLink(97, 'a link to the internal-only post through a doubled slash', `See [earlier](/incidents//${internalOnlyId}/).`),
  hiddenLink(98, 'a link to the internal-only post at the public host in capitals with its port', `See [earlier](HTTPS://STATUS.ACME.EXAMPLE:443/incidents/${internalOnlyId}/).`),
  hiddenLink(99, 'a link to the internal-only post through a year page and ..', `See [earlier](/history/2025/../../incidents/${internalOnlyId}/).`),
];

/** MDX expressions that build an internal host, or read the internal frontmatter, at render time. */
export const expressionProbes: CanaryProbe[] = [
  { ...bodyProbe(48, 'an internal host joined from parts in an expression', () => `See {['https://grafana', 'acme', 'corp/${canaryMarker(48)}'].join('.')}.`), leak: builtHost(48) },
  { ...bodyProbe(49, 'an internal host concatenated in an href expression', () => `<a href={'https://grafana.acme' + '.co' + 'rp/${canaryMarker(49)}'}>the graph</a>`), leak: builtHost(49) },
  { ...bodyProbe(50, 'an internal host from an export const used in text', () => `export const dash = ['grafana', 'acme', 'corp'].join('.');\n\nSee https://{dash}/${canaryMarker(50)} for the graph.`), leak: builtHost(50) },
  { ...bodyProbe(51, 'an internal host spelt in character codes', () => `See {String.fromCharCode(${[...builtHost(51)].map((c) => c.charCodeAt(0)).join(', ')})}.`), leak: builtHost(51) },
  { ...bodyProbe(52, 'an internal host in base64 decoded by atob', () => `See {atob('${Buffer.from(builtHost(52)).toString('base64')}')}.`), leak: builtHost(52) },
  { ...bodyProbe(53, 'an internal host written backwards and reversed', () => `See {'${[...builtHost(53)].reverse().join('')}'.split('').reverse().join('')}.`), leak: builtHost(53) },
  { ...bodyProbe(54, 'an internal host in a template literal', () => `See {\`https://grafana.\${'acme'}.\${'corp'}/${canaryMarker(54)}\`}.`), leak: builtHost(54) },
  bodyProbe(55, 'export const components mapping Internal to a passthrough', (m) => `export const components = { Internal: (props) => props.children };\n\n<Internal>\n\n${m} the runbook\n\n</Internal>`),
  sourceProbe(56, 'the internal summary read with a computed key of frontmatter', (s, m) => replaceOnce(s, 'summary: Checkout failed for some customers.\nseverity', `summary: ${m} the dba paged.\nseverity`) + `\nWhat we knew: {frontmatter['sum' + 'mary']}\n`),
  sourceProbe(57, 'the internal title read through Object.values(frontmatter)', (s, m) => replaceOnce(s, 'title: Probe', `title: ${m} internal title`) + '\nFacts: {String(Object.values(frontmatter)[0])}\n'),
  sourceProbe(58, 'a non-public action item read through frontmatter in an expression', (s, m) => withAction(s, `${m} page the dba`, 'public: false') + '\nNext: {frontmatter.actionItems.map((a) => a.title).join(", ")}\n'),
];

/** 1x1 JPEG and WebP files (made with sharp's withExif) whose EXIF ImageDescription is "MARKER the runbook" and Artist "MARKER". */
const jpegWithExif = Buffer.from('/9j/4QDwRXhpZgAASUkqAAgAAAAIAA4BAgATAAAAhgAAABIBAwABAAAAAQAAABoBBQABAAAAbgAAABsBBQABAAAAdgAAACgBAwABAAAAAgAAADsBAgAHAAAAfgAAABMCAwABAAAAAQAAAGmHBAABAAAAmgAAAAAAAAA4YwAA6AMAADhjAADoAwAATUFSS0VSAABNQVJLRVIgdGhlIHJ1bmJvb2sAAAYAAJAHAAQAAAAwMjEwAZEHAAQAAAABAgMAAKAHAAQAAAAwMTAwAaADAAEAAAD//wAAAqAEAAEAAAABAAAAA6AEAAEAAAABAAAAAAAAAP/bAEMABgQFBgUEBgYFBgcHBggKEAoKCQkKFA4PDBAXFBgYFxQWFhodJR8aGyMcFhYgLCAjJicpKikZHy0wLSgwJSgpKP/bAEMBBwcHCggKEwoKEygaFhooKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKP/AABEIAAEAAQMBIgACEQEDEQH/xAAVAAEBAAAAAAAAAAAAAAAAAAAAB//EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAVAQEBAAAAAAAAAAAAAAAAAAAGB//EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AJMAMLq//9k=', 'base64');
const webpWithExif = Buffer.from('UklGRjABAABXRUJQVlA4WAoAAAAIAAAAAAAAAAAAVlA4IDAAAADQAQCdASoBAAEAAUAmJaACdLoB+AADsAD+91kv/kFpXLeAP/4yp8ZU+Mqf8XMAAABFWElG2gAAAEV4aWYAAElJKgAIAAAABwAOAQIAEwAAAHIAAAASAQMAAQAAAAEAAAAaAQUAAQAAAGIAAAAbAQUAAQAAAGoAAAAoAQMAAQAAAAIAAAATAgMAAQAAAAEAAABphwQAAQAAAIYAAAAAAAAAOGMAAOgDAAA4YwAA6AMAAE1BUktFUiB0aGUgcnVuYm9vawAABgAAkAcABAAAADAyMTABkQcABAAAAAECAwAAoAcABAAAADAxMDABoAMAAQAAAP//AAACoAQAAQAAAAEAAAADoAQAAQAAAAEAAAAAAAAA', 'base64');
/** The bytes with "MARKER" (six letters, as long as a marker) replaced by the probe's marker. */
const marked = (bytes: Buffer, n: number) => Uint8Array.from(Buffer.from(bytes.toString('latin1').replaceAll('MARKER', canaryMarker(n)), 'latin1'));
const svgFile = (inner: string, attributes = '') => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" width="10" height="10"${attributes}>${inner}<circle cx="5" cy="5" r="4"/></svg>`);
/** A public body showing the image `file` (the probe's asset). */
const imageProbe = (n: number, kind: string, file: string, bytes: Uint8Array, ext?: '.md', leak?: string): CanaryProbe => ({
  ...bodyProbe(n, kind, () => `![The error rate](./${file})`, ext),
  assets: { [file]: bytes },
  ...(leak ? { leak } : {}),
});
/** Image files whose metadata or parts hold words no reader sees. */
export const imageProbes: CanaryProbe[] = [
  imageProbe(59, 'a JPEG whose EXIF description and artist hold words', 'r43-59.jpg', marked(jpegWithExif, 59)),
  imageProbe(60, 'a JPEG whose EXIF description holds words in a .md post', 'r43-60.jpg', marked(jpegWithExif, 60), '.md'),
  imageProbe(61, 'a WebP whose EXIF description holds words', 'r43-61.webp', marked(webpWithExif, 61)),
  imageProbe(62, 'a PNG with a compressed zTXt comment', 'r43-62.png', pngWithChunk('zTXt', Buffer.concat([Buffer.from('Comment\0\0', 'latin1'), deflateSync(`${canaryMarker(62)} the runbook`)]))),
  imageProbe(63, 'a PNG with an iTXt XMP packet naming its creator', 'r43-63.png', pngWithChunk('iTXt', Buffer.from(`XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>${canaryMarker(63)} the runbook</dc:creator></x:xmpmeta>`, 'utf8'))),
  imageProbe(64, 'an SVG file with an inkscape:label of words', 'r43-64.svg', svgFile(`<g inkscape:label="${canaryMarker(64)} the runbook"><rect width="2" height="2"/></g>`)),
  imageProbe(65, 'an SVG file whose sodipodi:docname names a home folder', 'r43-65.svg', svgFile('', ` sodipodi:docname="/home/${canaryMarker(65)}/incident.svg"`)),
  imageProbe(66, 'an SVG file with a <script> holding words', 'r43-66.svg', svgFile(`<script>// ${canaryMarker(66)} the runbook\n</script>`)),
  imageProbe(67, 'an SVG file with an xlink:title', 'r43-67.svg', svgFile(`<a xlink:href="#c" xlink:title="${canaryMarker(67)} the runbook"><rect width="2" height="2"/></a>`)),
  imageProbe(68, 'an SVG file linking to the internal-only post', 'r43-68.svg', svgFile(`<a href="/incidents/${internalOnlyId}/"><rect width="2" height="2"/></a>`), undefined, canaryMarker(90)),
  imageProbe(69, 'an SVG file with text in an unused <symbol>', 'r43-69.svg', svgFile(`<symbol id="s"><text y="8">${canaryMarker(69)} the runbook</text></symbol>`)),
  imageProbe(70, 'an SVG file with text inside a <mask>', 'r43-70.svg', svgFile(`<mask id="m"><text y="8">${canaryMarker(70)} the runbook</text></mask>`)),
  imageProbe(100, 'an SVG file named .SVG (capitals) with text of no fill', 'r43-100.SVG', svgFile(`<text y="8" fill="none">${canaryMarker(100)} the runbook</text>`)),
  imageProbe(101, 'an SVG file with text left of its viewBox', 'r43-101.svg', svgFile(`<text x="-500" y="8">${canaryMarker(101)} the runbook</text>`, ' viewBox="0 0 10 10"')),
  imageProbe(102, 'an SVG file with text above its viewBox', 'r43-102.svg', svgFile(`<text x="0" y="-500">${canaryMarker(102)} the runbook</text>`, ' viewBox="0 0 10 10"')),
  imageProbe(103, 'an SVG file with text moved out by dx', 'r43-103.svg', svgFile(`<text y="8" dx="5000">${canaryMarker(103)} the runbook</text>`, ' viewBox="0 0 10 10"')),
  imageProbe(104, 'an SVG file with a <tspan display="none">', 'r43-104.svg', svgFile(`<text y="8">ok<tspan display="none">${canaryMarker(104)} the runbook</tspan></text>`)),
  imageProbe(105, 'an SVG file with text in a group of opacity 0', 'r43-105.svg', svgFile(`<g opacity="0"><text y="8">${canaryMarker(105)} the runbook</text></g>`)),
  imageProbe(106, 'an SVG file with text filled #fff0 (alpha 0)', 'r43-106.svg', svgFile(`<text y="8" fill="#fff0">${canaryMarker(106)} the runbook</text>`)),
  imageProbe(107, 'an SVG file with text filled rgba(0,0,0,0)', 'r43-107.svg', svgFile(`<text y="8" fill="rgba(0,0,0,0)">${canaryMarker(107)} the runbook</text>`)),
  imageProbe(108, 'an SVG file with text of visibility="hidden"', 'r43-108.svg', svgFile(`<text y="8" visibility="hidden">${canaryMarker(108)} the runbook</text>`)),
  imageProbe(109, 'an SVG file with an @import of an internal host in its <style>', 'r43-109.svg', svgFile(`<style>@import url("${'https://grafana.acme.corp'}/${canaryMarker(109)}.css");</style>`)),
  imageProbe(110, 'an SVG file with a <use href> of an internal host', 'r43-110.svg', svgFile(`<use href="https://grafana.acme.corp/${canaryMarker(110)}.svg#a"/>`)),
  imageProbe(111, 'an SVG file with an xml:base of an internal host', 'r43-111.svg', svgFile('', ` xml:base="https://grafana.acme.corp/${canaryMarker(111)}/"`)),
  imageProbe(112, 'an SVG file with text inside an unused <pattern>', 'r43-112.svg', svgFile(`<pattern id="p" width="1" height="1"><text y="8">${canaryMarker(112)} the runbook</text></pattern>`)),
  imageProbe(113, 'an SVG file with text inside a <clipPath>', 'r43-113.svg', svgFile(`<clipPath id="c"><text y="8">${canaryMarker(113)} the runbook</text></clipPath>`)),
  imageProbe(114, 'an SVG file with text under a transform of scale(0)', 'r43-114.svg', svgFile(`<text y="8" transform="scale(0)">${canaryMarker(114)} the runbook</text>`)),
  imageProbe(115, 'an SVG file with text clipped by an empty clip path', 'r43-115.svg', svgFile(`<clipPath id="e"></clipPath><text y="8" clip-path="url(#e)">${canaryMarker(115)} the runbook</text>`)),
];

/** Pagefind's own attributes in a body, which put text into the search index no page shows. */
export const searchIndexProbes: CanaryProbe[] = [
  bodyProbe(71, 'data-pagefind-index-attrs indexing a data- attribute in a .md post', (m) => `<span data-pagefind-index-attrs="data-note" data-note="${m} the runbook">We rolled back.</span>`, '.md'),
  bodyProbe(72, 'data-pagefind-sort holding words in a .md post', (m) => `<span data-pagefind-sort="note:${m} the runbook">We rolled back.</span>`, '.md'),
  bodyProbe(73, 'data-pagefind-default-meta holding words in a .md post', (m) => `<span data-pagefind-default-meta="image:${m}-the-runbook.png">We rolled back.</span>`, '.md'),
  bodyProbe(74, 'data-pagefind-meta reading a data- attribute in an .mdx post', (m) => `<span data-pagefind-meta="note[data-note]" data-note="${m} the runbook">We rolled back.</span>`),
];

/** HTML elements and attributes that point a browser at an internal host or hold words no reader sees. */
const at = (n: number) => `https://${host}/${canaryMarker(n)}`;
export const elementProbes: CanaryProbe[] = [
  bodyProbe(75, 'a <base href> of an internal host in a .md post', (m) => `<base href="https://${host}/${m}/" />\n\nWe rolled back.`, '.md'),
  bodyProbe(76, 'a <form action> of an internal host in a .md post', (m) => `<form action="https://${host}/${m}"><button>Retry</button></form>`, '.md'),
  bodyProbe(77, 'a <button formaction> of an internal host', (m) => `<form><button formAction="https://${host}/${m}">Retry</button></form>`),
  bodyProbe(78, 'an <object data> of an internal host in a .md post', () => `<object data="${at(78)}.svg">the graph</object>`, '.md'),
  bodyProbe(79, 'an <embed src> of an internal host in a .md post', () => `<embed src="${at(79)}.svg" />`, '.md'),
  bodyProbe(80, 'a <video poster> of an internal host in a .md post', () => `<video poster="${at(80)}.png"></video>`, '.md'),
  bodyProbe(81, 'the second candidate of an <img srcset> in a .md post', () => `<img src="https://status.example.com/g.png" srcset="https://status.example.com/g.png 1x, ${at(81)}.png 2x" alt="graph" />`, '.md'),
  bodyProbe(82, 'an inline SVG <image href> of an internal host in a .md post', () => `<svg width="10" height="10"><image href="${at(82)}.png" width="10" height="10" /></svg>`, '.md'),
  bodyProbe(83, 'an <area href> of an internal host in a .md post', () => `<map name="g"><area shape="rect" coords="0,0,1,1" href="${at(83)}" alt="graph" /></map>`, '.md'),
  bodyProbe(84, 'an <a ping> of an internal host in a .md post', () => `<a href="https://status.example.com/" ping="${at(84)}">the status page</a>`, '.md'),
  bodyProbe(85, 'a <blockquote cite> of an internal host in a .md post', () => `<blockquote cite="${at(85)}"><p>We rolled back.</p></blockquote>`, '.md'),
  bodyProbe(86, 'an itemtype of an internal host in a .md post', () => `<div itemscope itemtype="${at(86)}">We rolled back.</div>`, '.md'),
  bodyProbe(87, 'an <iframe srcdoc> holding a link to an internal host in a .md post', () => `<iframe srcdoc="&lt;a href='${at(87)}'&gt;graph&lt;/a&gt;"></iframe>`, '.md'),
  bodyProbe(88, 'a <link rel="prefetch"> of an internal host in a .md post', () => `<link rel="prefetch" href="${at(88)}" />\n\nWe rolled back.`, '.md'),
  bodyProbe(89, 'JSON-LD in a <script> in a .md post', (m) => `<script type="application/ld+json">{"author": "${m} the runbook"}</script>\n\nWe rolled back.`, '.md'),
  bodyProbe(91, 'a <template> holding words (never shown) in a .md post', (m) => `<template><p>${m} the runbook</p></template>\n\nWe rolled back.`, '.md'),
  bodyProbe(92, 'a <del cite> of an internal host', () => `<del cite="${at(92)}">ten</del> eleven minutes`),
  bodyProbe(116, 'inline SVG text left of its viewBox in a .md post', (m) => `<svg width="100" height="20" viewBox="0 0 10 10"><text x="-500" y="5">${m} the runbook</text></svg>`, '.md'),
  bodyProbe(117, 'inline SVG text above its viewBox in an .mdx post', (m) => `<svg width="100" height="20" viewBox="0 0 10 10"><text x="0" y="-500">${m} the runbook</text></svg>`),
  bodyProbe(118, 'inline SVG <tspan display="none"> in a .md post', (m) => `<svg width="100" height="20"><text y="15">ok<tspan display="none">${m} the runbook</tspan></text></svg>`, '.md'),
  bodyProbe(119, 'inline SVG text in a <clipPath> in a .md post', (m) => `<svg width="100" height="20"><clipPath id="c"><text y="15">${m} the runbook</text></clipPath></svg>`, '.md'),
  bodyProbe(120, 'inline SVG text in a group of opacity 0 in an .mdx post', (m) => `<svg width="100" height="20"><g opacity="0"><text y="15">${m} the runbook</text></g></svg>`),
  bodyProbe(93, 'an attributionsrc of an internal host in a .md post', () => `<a href="https://status.example.com/" attributionsrc="${at(93)}">the status page</a>`, '.md'),
];

const listed = [...visibilityProbes, ...publicFlagProbes, ...aggregateProbes, ...hiddenLinkProbes, ...expressionProbes, ...imageProbes, ...searchIndexProbes, ...elementProbes];
/**
 * A probe numbered 100 or more is named `<date>-r43-more-<n>`: `…-probe-101` holds `…-probe-10`, the
 * id of another probe post customers do not see, which the guard refuses in a public post's file name.
 */
for (const probe of listed) if (probe.n >= 100) probe.fileName = `2025-03-01-r43-more-${probe.n}${probe.ext ?? '.mdx'}`;

/** The posts no page may show: the internal-only post the link probes point at, and the valid internal ones among the probes. */
export const hiddenPosts: CanaryProbe[] = [internalOnlyPost(internalOnlyId), ...listed.filter((probe) => [11, 15, 31, 32, 33, 34, 35, 36, 37, 38].includes(probe.n))];

/** The vocabulary entries only the internal-only posts name: their ids, names and public name hold markers. */
export const vocabularyExtra: Record<string, string> = {
  'services.yaml': '\nzqk34x-ledger:\n  name: Zqk34x ledger\n  owner: checkout\n  tier: 2\n  publicName: Zqk34x Billing\n  description: zqk34x ledger of refunds.\n',
  'tags.yaml': '\nzqk35x-tag:\n  description: "zqk35x ledger tag."\n',
  'triggers.yaml': '\nzqk36x-trigger:\n  name: Zqk36x ledger trigger\n  description: zqk36x ledger description.\n',
  'teams.yaml': '\nzqk37x-team:\n  name: Zqk37x team\n  handle: "@acme/zqk37x"\n',
};

export const allProbes: CanaryProbe[] = [...listed, hiddenPosts[0]];
