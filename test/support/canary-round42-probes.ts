/**
 * Canary round 42: adversarial probes of the whole public build, none tried in rounds 32-41
 * (test/support/canary-round3{2,4,6,7,8,9}-probes.ts, canary-round4{0,1}-probes.ts). Each probe is one
 * postmortem of its own carrying a unique marker `zykNNx` (or its own `leak` text) where text must
 * stay internal or where no reader sees it; it is blocked when no built file holds it (as written, or
 * as a reader would read it: test/support/readable-text.ts), refused when the checks before Astro or
 * the build stop its postmortem naming the file, and it leaks when a built file holds it.
 */
import { canaryProbeKit, impactLine, onePixelPng, publicSummaryLine, publicTitleLine, replaceOnce, type CanaryProbe } from './canary-probe-kit.ts';

export type { CanaryProbe } from './canary-probe-kit.ts';
export const { canaryMarker, aliveMarker, probeFileName } = canaryProbeKit('zyk', 'r42');
const { bodyProbe, sourceProbe } = canaryProbeKit('zyk', 'r42');
/** The text a probe must keep out of every built file. */
export const leakText = (probe: CanaryProbe) => probe.leak ?? canaryMarker(probe.n);

const withSummary = (s: string, summary: string) => replaceOnce(s, publicSummaryLine, `  summary: ${summary}\n---`);
const withTitle = (s: string, title: string) => replaceOnce(s, publicTitleLine, `  title: ${title}`);
const withImpact = (s: string, text: string) => replaceOnce(s, impactLine, `  description: ${text}`);
const publicAction = (title: string, extra = '') => `actionItems:\n  - id: AI-1\n    title: ${title}\n    owner: checkout\n    due: 2025-04-01\n    priority: P1\n    type: detect\n    status: open\n    verification: The alert fires in staging.\n    public: true\n${extra}`;
const withPublicAction = (s: string, title: string, extra = '') => replaceOnce(s, 'actionItems: []', publicAction(title, extra));
const withPublicEvent = (s: string, extra: string) => replaceOnce(s, 'timeline: []', `timeline:\n  - at: 2025-03-01T10:05:00Z\n    event: We rolled back.\n    kind: communication\n    public: true\n${extra}`);
/** `<Internal>` written with `name` for its tag name around the marker (the author meant to hide it). */
const tagged = (name: string, m: string) => `<${name}>\n\n${m} the runbook\n\n</${name}>`;

/** The component's tag spelt with characters and references no round tried. */
export const tagNameProbes: CanaryProbe[] = [
  bodyProbe(1, 'a soft hyphen reference inside the tag name in a .md post', (m) => tagged('In&shy;ternal', m), '.md'),
  bodyProbe(2, 'a zero-width space reference inside the tag name in a .md post', (m) => tagged('Int&#x200B;ernal', m), '.md'),
  bodyProbe(3, 'a digit one for the l (<Interna1>)', (m) => tagged('Interna1', m)),
  bodyProbe(4, 'a digit one for the l in a .md post', (m) => tagged('Interna1', m), '.md'),
  bodyProbe(5, 'a custom element <internal-note> in a .md post', (m) => tagged('internal-note', m), '.md'),
  bodyProbe(6, 'the plural <Internals> in a .md post', (m) => tagged('Internals', m), '.md'),
  bodyProbe(7, 'a Latin capital iota (U+0196) for the I', (m) => tagged('Ɩnternal', m)),
  bodyProbe(8, 'the information source sign (U+2139) for the i', (m) => tagged('ℹnternal', m)),
  bodyProbe(9, 'an Old Italic letter I (U+10309) in a .md post', (m) => tagged('𐌉nternal', m), '.md'),
  bodyProbe(10, 'an epigraphic I longa (U+A7FE)', (m) => tagged('ꟾnternal', m)),
  bodyProbe(11, 'a Hebrew paseq (U+05C0) for the I in a .md post', (m) => tagged('׀nternal', m), '.md'),
  bodyProbe(12, 'a <bdo dir="rtl"> showing the tag reversed around the words', (m) => `<bdo dir="rtl">&gt;lanretnI&lt;</bdo> ${m} the runbook <bdo dir="rtl">&gt;lanretnI/&lt;</bdo>`),
  bodyProbe(13, 'the tag spelt with JavaScript escapes in a string expression', (m) => `{'\\u003CInternal\\u003E ${m} the runbook'}`),
  bodyProbe(14, 'the tag spelt with \\x escapes in an attribute expression', (m) => `<abbr title={"\\x3CInternal\\x3E ${m} the runbook"}>DB</abbr> filled up.`),
  bodyProbe(15, 'a word joiner reference inside the closing tag in a .md post', (m) => `<Internal>\n\n${m} the runbook\n\n</Inter&#x2060;nal>`, '.md'),
];

/** Text browsers hide, in elements, MathML, SVG and CSS no round tried. */
export const hidingProbes: CanaryProbe[] = [
  bodyProbe(16, 'a popover <div> (hidden until a button opens it) in a .md post', (m) => `<div popover>${m} the runbook</div>`, '.md'),
  bodyProbe(17, 'a manual popover in an .mdx post', (m) => `<div popover="manual">${m} the runbook</div>`),
  bodyProbe(18, 'MathML <mphantom> (space, no ink) in a .md post', (m) => `<math><mphantom><mtext>${m} the runbook</mtext></mphantom></math>`, '.md'),
  bodyProbe(19, 'MathML <maction> (only the first child shown)', (m) => `<math><maction actiontype="toggle"><mtext>ok</mtext><mtext>${m} the runbook</mtext></maction></math>`),
  bodyProbe(20, 'MathML <annotation-xml> in a .md post', (m) => `<math><semantics><mi>x</mi><annotation-xml encoding="text/html">${m} the runbook</annotation-xml></semantics></math>`, '.md'),
  bodyProbe(21, 'SVG text with fill="none" (no ink) in a .md post', (m) => `<svg width="100" height="20"><text x="0" y="15" fill="none">${m} the runbook</text></svg>`, '.md'),
  bodyProbe(22, 'an SVG drawing of no size holding text', (m) => `<svg width="0" height="0"><text x="0" y="15">${m} the runbook</text></svg>`),
  bodyProbe(23, 'SVG text outside its viewBox in a .md post', (m) => `<svg width="100" height="20" viewBox="0 0 10 10"><text x="500" y="5">${m} the runbook</text></svg>`, '.md'),
  bodyProbe(24, 'the font shorthand of size 0 (font: 0/0 a) in a .md post', (m) => `<span style="font: 0/0 a">${m} the runbook</span>`, '.md'),
  bodyProbe(25, 'clip-path: inset(50%) in a .md post', (m) => `<span style="clip-path: inset(50%)">${m} the runbook</span>`, '.md'),
  bodyProbe(26, 'transform: rotateX(90deg) (edge on) in a style object', (m) => `<span style={{ display: 'inline-block', transform: 'rotateX(90deg)' }}>${m} the runbook</span>`),
  bodyProbe(27, 'a mask image of transparent gradients in a .md post', (m) => `<span style="mask-image: linear-gradient(transparent, transparent)">${m} the runbook</span>`, '.md'),
  bodyProbe(28, 'a colour of alpha 0 in hsl() in a .md post', (m) => `<span style="color: hsl(0 0% 100% / 0)">${m} the runbook</span>`, '.md'),
  bodyProbe(29, 'fixed off screen above the page (top: -100vh) in a .md post', (m) => `<span style="position: fixed; top: -100vh">${m} the runbook</span>`, '.md'),
  bodyProbe(30, 'transform: scale(.001) in a .md post', (m) => `<span style="display: inline-block; transform: scale(.001)">${m} the runbook</span>`, '.md'),
  bodyProbe(31, 'opacity: 0.001 in a .md post', (m) => `<span style="opacity: 0.001">${m} the runbook</span>`, '.md'),
  bodyProbe(32, 'a display:none HTML block that ends at a blank line, its words a paragraph after it, in a .md post', (m) => `<div style="display:none">\n\n${m} the runbook\n\n</div>`, '.md'),
  bodyProbe(33, 'a hidden <div> opened and closed in separate blocks in an .mdx post', (m) => `<div hidden>\n\n${m} the runbook\n\n</div>`),
  bodyProbe(34, 'a <th abbr> (never shown) in a .md post', (m) => `<table><tr><th abbr="${m} the runbook">When</th></tr><tr><td>10:05</td></tr></table>`, '.md'),
  bodyProbe(35, 'an HTML comment inside <PublicOnly> in a .md post', (m) => `<PublicOnly>\n\nWe rolled back.\n\n<!-- ${m} the runbook -->\n\n</PublicOnly>`, '.md'),
  bodyProbe(36, 'the opening tag in an indented code block, the closing tag after the words, in a .md post', (m) => `    <Internal>\n\n${m} the runbook\n\n</Internal>`, '.md'),
  bodyProbe(37, 'letter-spacing of -1em (the words drawn on one spot) in a .md post', (m) => `<span style="letter-spacing: -1em">${m} the runbook</span>`, '.md'),
  bodyProbe(38, 'a CSS comment in an inline <style> in a .md post', (m) => `<style>/* ${m} the runbook */ .x { color: red }</style>\n\nWe rolled back.`, '.md'),
];

/** Internal hosts written so a text match misses them while a browser goes there. */
const host = 'grafana.acme.corp';
export const hostProbes: CanaryProbe[] = [
  bodyProbe(39, 'percent-encoded dots in an internal host', (m) => `See [the graph](https://grafana%2Eacme%2Ecorp/${m}).`),
  bodyProbe(40, 'ideographic full stops in an internal host', (m) => `See [the graph](https://grafana。acme。corp/${m}).`),
  bodyProbe(41, 'full-width letters in an internal host in a .md post', (m) => `See [the graph](https://grafana.acme.ｃｏｒｐ/${m}).`, '.md'),
  bodyProbe(42, 'a public host as the user name before an internal host', (m) => `See [the graph](https://status.example.com@${host}/${m}).`),
  bodyProbe(43, 'a private IPv4 address written as one decimal number', (m) => `See [the graph](http://169090600/${m}).`),
  bodyProbe(44, 'a private IPv4 address written in hexadecimal parts in a .md post', (m) => `See [the graph](http://0xa.0x14.0x1e.0x28/${m}).`, '.md'),
  bodyProbe(45, 'an IPv4-mapped IPv6 address of a private network', (m) => `See [the graph](http://[::ffff:10.20.30.40]/${m}).`),
  bodyProbe(46, 'an internal host with a trailing dot', (m) => `See [the graph](https://${host}./${m}).`),
  bodyProbe(47, 'an internal host in capitals in an autolink of a .md post', (m) => `See <HTTPS://GRAFANA.ACME.CORP/${m}>.`, '.md'),
  bodyProbe(48, 'backslashes after the scheme of an internal host in an <a href>', (m) => `See <a href="https:\\\\${host}\\${m}">the graph</a>.`),
  bodyProbe(49, 'a legacy background attribute of an internal host in a .md post', (m) => `<table background="https://${host}/${m}.png"><tr><td>We rolled back.</td></tr></table>`, '.md'),
  bodyProbe(50, 'an <input type="image"> of an internal host in a .md post', (m) => `<input type="image" src="https://${host}/${m}.png" alt="graph" />`, '.md'),
  bodyProbe(51, 'an @import of an internal host in an inline <style> in a .md post', (m) => `<style>@import url("https://${host}/${m}.css");</style>\n\nWe rolled back.`, '.md'),
  bodyProbe(52, 'a CSS background image of an internal host in a .md post', (m) => `<span style="background-image: url('https://${host}/${m}.png')">We rolled back.</span>`, '.md'),
  bodyProbe(53, 'a legacy lowsrc of an internal host in a .md post', (m) => `<img src="https://status.example.com/g.png" lowsrc="https://${host}/${m}.png" alt="graph" />`, '.md'),
  bodyProbe(54, 'a percent-encoded internal host in an unused reference definition of a .md post', (m) => `We rolled back.\n\n[unused]: https://grafana%2eacme%2ecorp/${m}`, '.md'),
];

/** Frontmatter keys the schema has no place for, inside objects no round tried. */
export const keyProbes: CanaryProbe[] = [
  sourceProbe(55, 'an unknown key in a public action item', (s, m) => withPublicAction(s, 'Add a pool alert', `    ${m}-note: ask the dba\n`)),
  sourceProbe(56, 'an unknown key in a public timeline entry', (s, m) => withPublicEvent(s, `    ${m}-note: ask the dba\n`)),
  sourceProbe(57, 'an unknown key in the impact', (s, m) => replaceOnce(s, impactLine, `${impactLine}\n  ${m}-note: ask the dba`)),
  sourceProbe(58, 'an unknown key in the times', (s, m) => replaceOnce(s, '  resolved: 2025-03-01T10:30:00Z', `  resolved: 2025-03-01T10:30:00Z\n  ${m}-note: 2025-03-01T10:31:00Z`)),
];

/** The look-alike tag names above in the public fields. */
export const fieldProbes: CanaryProbe[] = [
  sourceProbe(59, '<Ɩnternal> (Latin capital iota) in the public summary', (s, m) => withSummary(s, `Checkout failed. <Ɩnternal>${m} the runbook</Ɩnternal>`)),
  sourceProbe(60, '<ℹnternal> in a public action item', (s, m) => withPublicAction(s, `Add a pool alert <ℹnternal>${m} the runbook</ℹnternal>`)),
  sourceProbe(61, '<Interna1> (a digit one) in the impact', (s, m) => withImpact(s, `Some customers could not check out. <Interna1>${m} the runbook</Interna1>`)),
  sourceProbe(62, 'a right-to-left embedding around words in the public title', (s, m) => withTitle(s, `"Checkout errors \u202B${m} the runbook\u202C"`)),
  sourceProbe(63, '<𐌉nternal> (Old Italic I) in the public title', (s, m) => withTitle(s, `Checkout errors <𐌉nternal>${m}</𐌉nternal>`)),
];

/** Image files whose names or parts hold words no reader sees. */
const svgFile = (inner: string, prolog = '') => Buffer.from(`${prolog}<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${inner}<circle cx="5" cy="5" r="4"/></svg>`);
/** A public body showing the image `file` (the probe's asset). */
const imageProbe = (n: number, kind: string, file: string, bytes: Uint8Array, ext?: '.md'): CanaryProbe => ({
  ...bodyProbe(n, kind, () => `![The error rate](./${file})`, ext),
  assets: { [file]: bytes },
});
export const imageProbes: CanaryProbe[] = [
  imageProbe(64, 'a PNG whose file name holds words', `${canaryMarker(64)}-ask-the-dba.png`, onePixelPng),
  imageProbe(65, 'a PNG whose file name holds words in a .md post', `${canaryMarker(65)}-ask-the-dba.png`, onePixelPng, '.md'),
  imageProbe(66, 'an SVG file whose text has fill="none"', 'r42-66.svg', svgFile(`<text x="0" y="8" fill="none">${canaryMarker(66)} the runbook</text>`)),
  imageProbe(67, 'an SVG file with a link to an internal host', 'r42-67.svg', svgFile(`<a href="https://${host}/${canaryMarker(67)}"><rect width="2" height="2"/></a>`)),
  imageProbe(68, 'an SVG file with a CSS comment in its <style>', 'r42-68.svg', svgFile(`<style>/* ${canaryMarker(68)} the runbook */ circle { fill: red }</style>`)),
  imageProbe(69, 'an SVG file with an entity declared in its DOCTYPE', 'r42-69.svg', svgFile('', `<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY note "${canaryMarker(69)} the runbook">]>\n`)),
  imageProbe(70, 'an SVG file with a processing instruction', 'r42-70.svg', svgFile(`<?note ${canaryMarker(70)} the runbook?>`)),
  imageProbe(71, 'an SVG file with CDATA in its <style>', 'r42-71.svg', svgFile(`<style><![CDATA[ circle { fill: red } /* ${canaryMarker(71)} */ ]]></style>`)),
  imageProbe(72, 'an SVG file whose shape has an id of words', 'r42-72.svg', svgFile(`<rect id="${canaryMarker(72)}-ask-the-dba" width="2" height="2"/>`)),
  imageProbe(73, 'an SVG file with Illustrator\'s data-name', 'r42-73.svg', svgFile(`<g data-name="${canaryMarker(73)} the runbook"><rect width="2" height="2"/></g>`)),
];

export const hiddenPosts: CanaryProbe[] = [];

export const allProbes: CanaryProbe[] = [...tagNameProbes, ...hidingProbes, ...hostProbes, ...keyProbes, ...fieldProbes, ...imageProbes];
