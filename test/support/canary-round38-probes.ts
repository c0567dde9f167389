/**
 * Canary round 38: adversarial probes of the whole public build, none tried in rounds 32, 34, 36
 * and 37 (test/support/canary-round3{2,4,6,7}-probes.ts). Each probe is one postmortem of its own
 * carrying a unique marker `zukNNx` (or its own `leak` text) where text must stay internal; it is
 * blocked when no built file holds it, refused when the checks before Astro or the build itself
 * stop its postmortem naming the file, and it leaks when a built file holds it.
 */
import { canaryProbeKit, impactLine, onePixelPng, publicSummaryLine, publicTitleLine, replaceOnce, type CanaryProbe } from './canary-probe-kit.ts';

export type { CanaryProbe } from './canary-probe-kit.ts';
export const { canaryMarker, aliveMarker, probeFileName } = canaryProbeKit('zuk', 'r38');
const { bodyProbe, internalOnlyPost, sourceProbe } = canaryProbeKit('zuk', 'r38');
/** The text a probe must keep out of every built file. */
export const leakText = (probe: CanaryProbe) => probe.leak ?? canaryMarker(probe.n);
/** The internal-only post the link and import probes point at (its id holds marker 90). */
export const internalOnlyId = '2025-03-02-zuk90x-internal-only';
/** The internal site's host (site.config.ts): a link to it must not reach the public site. */
const internalSiteHost = 'incidents.acme.internal';

const withSummary = (s: string, summary: string) => replaceOnce(s, publicSummaryLine, `  summary: ${summary}\n---`);
const withTitle = (s: string, title: string) => replaceOnce(s, publicTitleLine, `  title: ${title}`);
const withImpact = (s: string, description: string) => replaceOnce(s, impactLine, `  description: ${description}`);
const withPublicEvent = (s: string, event: string) => replaceOnce(s, 'timeline: []', `timeline:\n  - at: 2025-03-01T10:05:00Z\n    event: ${event}\n    kind: communication\n    public: true`);
const withPublicAction = (s: string, title: string) => replaceOnce(s, 'actionItems: []', `actionItems:\n  - id: AI-1\n    title: ${title}\n    owner: checkout\n    due: 2025-04-01\n    priority: P1\n    type: detect\n    status: open\n    verification: The alert fires in staging.\n    public: true`);
/** An opted-in list (`contributors`, `mitigators`, `risks`) holding `text`. */
const withOptedIn = (s: string, list: 'contributors' | 'mitigators' | 'risks', text: string) =>
  replaceOnce(replaceOnce(s, 'related: []', `related: []\n${list}:\n  - ${text}`), publicSummaryLine, `${publicSummaryLine.replace('\n---', '')}\n  include: [${list}]\n---`);
/** The internal title and summary hold the marker (what a `{frontmatter.…}` expression would show). */
const withInternalFacts = (s: string, m: string) =>
  replaceOnce(replaceOnce(s, 'title: Probe\n', `title: Probe ${m} orders-db pool\n`), 'summary: Checkout failed for some customers.\nseverity', `summary: ${m} the orders-db pool ran dry.\ncommander: "IC: ${m} on-call"\nsignals: ["${m} pool exhausted"]\nseverity`);
/** `text` spelt in Unicode tag characters (U+E0000 + ASCII): invisible, and copied by any text pipeline. */
export const tagCharacters = (text: string) => [...text].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');

/** A PNG with a tEXt chunk (`keyword\0text`) after its header: metadata a screenshot tool writes. */
function pngWithText(keyword: string, text: string): Uint8Array {
  const png = Buffer.from(onePixelPng);
  const data = Buffer.from(`${keyword}\0${text}`, 'latin1');
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('tEXt', 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(Buffer.concat([Buffer.from('tEXt', 'latin1'), data])), 8 + data.length);
  return Uint8Array.from(Buffer.concat([png.subarray(0, 33), chunk, png.subarray(33)]));
}
function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
/** A 1x1 GIF with a comment extension holding `text`. */
function gifWithComment(text: string): Uint8Array {
  const comment = Buffer.from(text, 'latin1');
  return Uint8Array.from(Buffer.concat([
    Buffer.from('GIF89a', 'latin1'), Buffer.from([1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff]),
    Buffer.from([0x21, 0xfe, comment.length]), comment, Buffer.from([0]),
    Buffer.from([0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0, 0x3b]),
  ]));
}
const svgFile = (inner: string, root = '') => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"${root}>${inner}<circle cx="5" cy="5" r="4"/></svg>`);
/** A public body showing the image `file` (the probe's asset). */
const imageProbe = (n: number, kind: string, file: string, bytes: Uint8Array, leak?: string): CanaryProbe => ({
  ...bodyProbe(n, kind, () => `![The error rate](./${file})`),
  assets: { [file]: bytes },
  ...(leak ? { leak } : {}),
});

/** Frontmatter: `<Internal>` spelt with characters rounds 32-37 did not try, in each public field. */
export const fieldProbes: CanaryProbe[] = [
  sourceProbe(1, 'a zero-width joiner inside the name <Inte‍rnal> in the public title', (s, m) => withTitle(s, `"Checkout errors <Inte\u200Drnal>${m}</Inte\u200Drnal>"`)),
  sourceProbe(2, 'full-width brackets ＜Internal＞ in the public summary', (s, m) => withSummary(s, `"Checkout failed. \uFF1CInternal\uFF1E${m} the runbook\uFF1C/Internal\uFF1E"`)),
  sourceProbe(3, 'a right-to-left mark inside the name in the impact description', (s, m) => withImpact(s, `"Some customers could not check out. <Int\u200Fernal>${m}</Int\u200Fernal>"`)),
  sourceProbe(4, 'small less-than signs ﹤Internal﹥ in a public timeline event', (s, m) => withPublicEvent(s, `"Status page updated. \uFE64Internal\uFE65${m} the bridge\uFE64/Internal\uFE65"`)),
  sourceProbe(5, 'a circled i <ⓘnternal> in a public action item', (s, m) => withPublicAction(s, `"Add a pool alert <\u24D8nternal>${m}</\u24D8nternal>"`)),
  sourceProbe(6, 'a roman numeral one <Ⅰnternal> in an opted-in contributor', (s, m) => withOptedIn(s, 'contributors', `"A config push. <\u2160nternal>${m}</\u2160nternal>"`)),
  sourceProbe(7, 'a modifier capital I <ᴵnternal> in an opted-in mitigator', (s, m) => withOptedIn(s, 'mitigators', `"A quick rollback. <\u1D35nternal>${m}</\u1D35nternal>"`)),
  sourceProbe(8, 'a Cyrillic palochka <Ӏnternal> in the public summary', (s, m) => withSummary(s, `"Checkout failed. <\u04C0nternal>${m} the runbook</\u04C0nternal>"`)),
  sourceProbe(9, 'Unicode tag characters smuggling words in the public summary', (s, m) => withSummary(s, `"Checkout failed.${tagCharacters(`${m} orders-db`)}"`)),
  sourceProbe(10, 'a no-break space inside the tag in the public title', (s, m) => withTitle(s, `"Checkout errors <Internal\u00A0>${m}</Internal>"`)),
  sourceProbe(11, 'a line separator inside the tag in the public summary', (s, m) => withSummary(s, `"Checkout failed. <Internal\u2028>${m} the runbook</Internal>"`)),
  sourceProbe(12, 'a YAML verbatim tag on the public title holding <Internal>', (s, m) => withTitle(s, `!<tag:yaml.org,2002:str> "Checkout errors <Internal>${m}</Internal>"`)),
  sourceProbe(13, 'a tab inside the tag in an opted-in risk', (s, m) => withOptedIn(s, 'risks', `"A repeat is possible. <Internal\t>${m}</Internal>"`)),
  sourceProbe(14, 'a span with opacity 0 in a public action item', (s, m) => withPublicAction(s, `"Add a pool alert <span style='opacity:0'>${m}</span>"`)),
  sourceProbe(15, 'a span with font-size 0 in the impact description', (s, m) => withImpact(s, `"Some customers could not check out. <span style='font-size:0'>${m}</span>"`)),
  sourceProbe(16, 'Unicode interlinear annotation hiding words in a public timeline event', (s, m) => withPublicEvent(s, `"Status page \uFFF9updated\uFFFA${m} the bridge\uFFFB."`)),
  sourceProbe(17, 'a Hangul filler inside the tag in the public summary', (s, m) => withSummary(s, `"Checkout failed. <Int\u3164ernal>${m}</Int\u3164ernal>"`)),
  sourceProbe(18, 'mathematical sans-serif letters for the whole name in the public title', (s, m) => withTitle(s, `"Checkout errors <\u{1D5A8}\u{1D5C7}\u{1D5CD}\u{1D5BE}\u{1D5CB}\u{1D5C7}\u{1D5BA}\u{1D5C5}>${m}</\u{1D5A8}\u{1D5C7}\u{1D5CD}\u{1D5BE}\u{1D5CB}\u{1D5C7}\u{1D5BA}\u{1D5C5}>"`)),
];
fieldProbes.find((p) => p.n === 9)!.leak = tagCharacters(canaryMarker(9));

/** MDX expressions that read what the page should not show: the frontmatter, other posts, the environment. */
export const expressionProbes: CanaryProbe[] = [
  sourceProbe(19, '{frontmatter.summary}: the internal summary in the body', (s, m) => `${withInternalFacts(s, m)}\nAs noted: {frontmatter.summary}\n`),
  sourceProbe(20, '{frontmatter.commander} in the body', (s, m) => `${withInternalFacts(s, m)}\nLed by {frontmatter.commander}.\n`),
  sourceProbe(21, "{frontmatter['title']} in a heading", (s, m) => `${withInternalFacts(s, m)}\n## About {frontmatter['title']}\n`),
  sourceProbe(22, '{frontmatter.signals.join()} in a span', (s, m) => `${withInternalFacts(s, m)}\n<span>{frontmatter.signals.join(', ')}</span>\n`),
  sourceProbe(23, 'the frontmatter read through a destructuring arrow', (s, m) => `${withInternalFacts(s, m)}\n{(({ summary }) => summary)(frontmatter)}\n`),
  sourceProbe(24, 'an alt text from {frontmatter.title}', (s, m) => `${withInternalFacts(s, m)}\n<img alt={frontmatter.title} src="https://status.example.com/g.png" />\n`),
  bodyProbe(25, 'an import of the internal-only post, rendered as a component', () => `import Earlier from './${internalOnlyId}.mdx';\n\n<Earlier />`),
  bodyProbe(26, "an import of the internal-only post's frontmatter", () => `import { frontmatter as earlier } from './${internalOnlyId}.mdx';\n\nBefore: {earlier.summary}`),
  bodyProbe(27, 'the build\'s environment as a JSX expression', () => `{JSON.stringify(process.env)}`),
  bodyProbe(28, 'import.meta.env as a JSX expression', () => `{JSON.stringify(import.meta.env)}`),
  bodyProbe(29, 'a dynamic import of the site configuration in an expression', () => `{import('../../site.config.ts').then((c) => c.kbConfig.sites.internal.title)}`),
  bodyProbe(30, 'an HTML comment through dangerouslySetInnerHTML', (m) => `<div dangerouslySetInnerHTML={{ __html: '<!-- ${m} the runbook -->' }} />`),
  bodyProbe(31, 'a hidden span through dangerouslySetInnerHTML', (m) => `<div dangerouslySetInnerHTML={{ __html: '<span hidden>${m} the runbook</span>' }} />`),
  bodyProbe(32, '<Internal> inside a JSX fragment <>…</>', (m) => `<>We rolled back.<Internal>${m} the runbook</Internal></>`),
  bodyProbe(33, '<Internal> returned by an immediately called arrow', (m) => `{(() => <Internal>${m} the runbook</Internal>)()}`),
];
for (const n of [25, 26]) expressionProbes.find((p) => p.n === n)!.leak = 'zuk90x';
expressionProbes.find((p) => p.n === 27)!.leak = 'node_modules/.bin';
expressionProbes.find((p) => p.n === 28)!.leak = '"SSR":';
expressionProbes.find((p) => p.n === 29)!.leak = 'Acme Incident Knowledge Base';

/** Body: text hidden by CSS, embedded resources of internal hosts, look-alike names, depth and bulk. */
export const bodyProbes: CanaryProbe[] = [
  bodyProbe(34, 'a style object of opacity 0', (m) => `<span style={{ opacity: 0 }}>${m} the runbook</span>`),
  bodyProbe(35, 'a style object of font-size 0', (m) => `<span style={{ fontSize: 0 }}>${m} the runbook</span>`),
  bodyProbe(36, 'a style object of transparent colour', (m) => `<span style={{ color: 'transparent' }}>${m} the runbook</span>`),
  bodyProbe(37, 'a style object placing the text off screen', (m) => `<span style={{ position: 'absolute', left: '-9999px' }}>${m} the runbook</span>`),
  bodyProbe(38, 'a style object of height 0 and overflow hidden', (m) => `<div style={{ height: 0, overflow: 'hidden' }}>${m} the runbook</div>`),
  bodyProbe(39, 'a style string of opacity 0 in a .md post', (m) => `<span style="opacity:0">${m} the runbook</span>`, '.md'),
  bodyProbe(40, 'a style string of font-size 0 in a .md post', (m) => `<p style="font-size: 0px">${m} the runbook</p>`, '.md'),
  bodyProbe(41, 'a style string of visibility hidden in a .md post', (m) => `<p style="visibility: hidden">${m} the runbook</p>`, '.md'),
  bodyProbe(42, 'a style string clipping the text in a .md post', (m) => `<span style="clip-path: inset(50%); position: absolute">${m} the runbook</span>`, '.md'),
  bodyProbe(43, 'an <embed src> of an internal host', (m) => `<embed src="https://wiki.corp.acme.net/${m}.pdf" />`),
  bodyProbe(44, 'a <video poster> of an internal host', (m) => `<video poster="https://grafana.internal.acme.net/${m}.png" />`),
  bodyProbe(45, 'an <audio src> of an internal host', (m) => `<audio src="https://wiki.corp.acme.net/${m}.mp3" />`),
  bodyProbe(46, 'a <track src> of an internal host', (m) => `<video><track src="https://wiki.corp.acme.net/${m}.vtt" /></video>`),
  bodyProbe(47, 'a <form action> of an internal host', (m) => `<form action="https://wiki.corp.acme.net/${m}"><button>Go</button></form>`),
  bodyProbe(48, 'a <blockquote cite> of an internal host', (m) => `<blockquote cite="https://wiki.corp.acme.net/${m}">We rolled back.</blockquote>`),
  bodyProbe(49, 'a <del cite> of an internal host', (m) => `We <del cite="https://wiki.corp.acme.net/${m}">paused</del> rolled back.`),
  bodyProbe(50, 'an <img longdesc> of an internal host', (m) => `<img alt="graph" src="https://status.example.com/g.png" longdesc="https://wiki.corp.acme.net/${m}" />`),
  bodyProbe(51, 'a roman numeral one <Ⅰnternal> in the body', (m) => `<\u2160nternal>${m} the runbook</\u2160nternal>`),
  bodyProbe(52, 'a circled i <ⓘnternal> in the body', (m) => `<\u24D8nternal>${m} the runbook</\u24D8nternal>`),
  bodyProbe(53, 'a modifier capital I <ᴵnternal> in the body', (m) => `<\u1D35nternal>${m} the runbook</\u1D35nternal>`),
  bodyProbe(54, 'a Cyrillic palochka <Ӏnternal> in the body', (m) => `<\u04C0nternal>${m} the runbook</\u04C0nternal>`),
  bodyProbe(55, 'a small capital N <Iɴternal> in the body', (m) => `<I\u0274ternal>${m} the runbook</I\u0274ternal>`),
  bodyProbe(56, 'a zero-width joiner inside the name <Inte‍rnal> in the body', (m) => `<Inte\u200Drnal>${m} the runbook</Inte\u200Drnal>`),
  bodyProbe(57, 'mathematical sans-serif letters for the whole name in the body', (m) => `<\u{1D5A8}\u{1D5C7}\u{1D5CD}\u{1D5BE}\u{1D5CB}\u{1D5C7}\u{1D5BA}\u{1D5C5}>${m} the runbook</\u{1D5A8}\u{1D5C7}\u{1D5CD}\u{1D5BE}\u{1D5CB}\u{1D5C7}\u{1D5BA}\u{1D5C5}>`),
  bodyProbe(58, 'Unicode tag characters smuggling words in the body', (m) => `We rolled back.${tagCharacters(`${m} orders-db`)}`),
  bodyProbe(59, 'Unicode interlinear annotation hiding words in the body', (m) => `We \uFFF9rolled back\uFFFA${m} the runbook\uFFFB.`),
  bodyProbe(60, 'a Hangul filler inside the name in the body', (m) => `<Int\u3164ernal>${m} the runbook</Int\u3164ernal>`),
  bodyProbe(61, 'a line separator inside the opening tag in the body', (m) => `<Internal\u2028>${m} the runbook</Internal>`),
  bodyProbe(62, '<Internal> inside 40 nested blockquotes', (m) => `${'> '.repeat(40)}We rolled back.\n${'> '.repeat(40)}\n${'> '.repeat(40)}<Internal>${m} the runbook</Internal>`),
  bodyProbe(63, '<Internal> inside 30 nested list levels', (m) => Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n') + `\n${'  '.repeat(30)}<Internal>${m} the runbook</Internal>`),
  bodyProbe(64, '<Internal> inside 120 nested <div>s', (m) => `${'<div>'.repeat(120)}We rolled back.<Internal>${m} the runbook</Internal>${'</div>'.repeat(120)}`),
  bodyProbe(65, '500 <Internal> blocks in one post', (m) => Array.from({ length: 500 }, (_, i) => `Step ${i} done.\n\n<Internal>\n${m} note ${i}\n</Internal>`).join('\n\n')),
  bodyProbe(66, '300 inline <Internal> elements in one paragraph', (m) => Array.from({ length: 300 }, (_, i) => `step ${i} <Internal>${m}</Internal>`).join(' ')),
  bodyProbe(67, 'an image file named after an internal service, in public text', () => '![The pool](./orders-db-pool.png)'),
];
bodyProbes.find((p) => p.n === 58)!.leak = tagCharacters(canaryMarker(58));
bodyProbes.find((p) => p.n === 67)!.assets = { 'orders-db-pool.png': onePixelPng };
bodyProbes.find((p) => p.n === 67)!.leak = 'orders-db';

/** Images shown in public text whose files carry internal words as metadata. */
export const imageProbes: CanaryProbe[] = [
  imageProbe(68, 'an SVG file with a <desc>', 'r38-68.svg', svgFile(`<desc>${canaryMarker(68)} the runbook</desc>`)),
  imageProbe(69, 'an SVG file with Inkscape\'s document name and export path', 'r38-69.svg', svgFile('', ` xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" sodipodi:docname="${canaryMarker(69)}-orders.svg" inkscape:export-filename="/home/jdoe/${canaryMarker(69)}/orders.png"`)),
  imageProbe(70, 'an SVG file with an XML comment', 'r38-70.svg', svgFile(`<!-- ${canaryMarker(70)} the runbook -->`)),
  imageProbe(71, 'an SVG file with a <title>', 'r38-71.svg', svgFile(`<title>${canaryMarker(71)} the runbook</title>`)),
  imageProbe(72, 'an SVG file with text hidden by display="none"', 'r38-72.svg', svgFile(`<text display="none">${canaryMarker(72)} the runbook</text>`)),
  imageProbe(73, 'an SVG file with <metadata>', 'r38-73.svg', svgFile(`<metadata>${canaryMarker(73)} the runbook</metadata>`)),
  imageProbe(74, 'a PNG file with a tEXt comment', 'r38-74.png', pngWithText('Comment', `${canaryMarker(74)} the runbook`)),
  imageProbe(75, 'a GIF file with a comment extension', 'r38-75.gif', gifWithComment(`${canaryMarker(75)} the runbook`)),
];

/** Links to the internal-only post where no round looked. */
export const linkProbes: CanaryProbe[] = [
  bodyProbe(76, 'an image map <area href> to the internal-only post', () => `<img alt="map" src="https://status.example.com/g.png" useMap="#m" /><map name="m"><area href="/incidents/${internalOnlyId}/" alt="earlier" shape="rect" coords="0,0,1,1" /></map>`),
  bodyProbe(77, 'a <form action> to the internal-only post', () => `<form action="/incidents/${internalOnlyId}/"><button>Earlier</button></form>`),
  bodyProbe(78, 'a <blockquote cite> of the internal-only post', () => `<blockquote cite="/incidents/${internalOnlyId}/">We rolled back.</blockquote>`),
  bodyProbe(79, 'a link title naming the internal-only post', () => `See [the status page](https://status.example.com/ "as in ${internalOnlyId}").`),
  bodyProbe(80, 'a protocol-relative link to the internal site', () => `See [earlier](//${internalSiteHost}/incidents/${internalOnlyId}/).`),
  bodyProbe(81, 'a link with backslashes to the internal-only post', () => `See [earlier](/incidents\\${internalOnlyId}\\).`),
  bodyProbe(82, 'a link with a dot segment to the internal-only post', () => `See [earlier](/incidents/./${internalOnlyId}/).`),
  bodyProbe(83, 'a link with a doubled slash to the internal-only post', () => `See [earlier](/incidents//${internalOnlyId}/).`),
  bodyProbe(84, 'a link through a parent segment to the internal-only post', () => `See [earlier](/history/../incidents/${internalOnlyId}/).`),
  bodyProbe(85, 'a link to the internal site host alone', () => `See [our notes](https://${internalSiteHost}/).`),
];
for (const probe of linkProbes) probe.leak = 'zuk90x';
linkProbes.find((p) => p.n === 85)!.leak = internalSiteHost;

/** The internal-only post the link and import probes point at. */
export const hiddenPosts: CanaryProbe[] = [internalOnlyPost(internalOnlyId)];

export const allProbes: CanaryProbe[] = [...fieldProbes, ...expressionProbes, ...bodyProbes, ...imageProbes, ...linkProbes, ...hiddenPosts];
