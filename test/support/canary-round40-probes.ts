/**
 * Canary round 40: adversarial probes of the whole public build, none tried in rounds 32-39
 * (test/support/canary-round3{2,4,6,7,8,9}-probes.ts). Each probe is one postmortem of its own carrying
 * a unique marker `zwkNNx` (or its own `leak` text) where text must stay internal or where no reader
 * sees it; it is blocked when no built file holds it, refused when the checks before Astro or the build
 * stop its postmortem naming the file, and it leaks when a built file holds it.
 */
import { canaryProbeKit, impactLine, publicSummaryLine, publicTitleLine, replaceOnce, type CanaryProbe } from './canary-probe-kit.ts';

export type { CanaryProbe } from './canary-probe-kit.ts';
export const { canaryMarker, aliveMarker, probeFileName } = canaryProbeKit('zwk', 'r40');
const { bodyProbe, internalOnlyPost, sourceProbe } = canaryProbeKit('zwk', 'r40');
/** The text a probe must keep out of every built file. */
export const leakText = (probe: CanaryProbe) => probe.leak ?? canaryMarker(probe.n);
/** The internal-only post the link probes point at (its id holds marker 90). */
export const internalOnlyId = '2025-03-02-zwk90x-internal-only';

/**
 * Text spelt in variation selectors after a visible character (the "emoji smuggling" trick): each
 * byte one selector (U+FE00-U+FE0F for 0-15, U+E0100-U+E01EF for 16-255). No reader sees them; the
 * page, the feed and the search index carry them.
 */
export const variationSelectors = (text: string) => [...Buffer.from(text)].map((byte) => String.fromCodePoint(byte < 16 ? 0xfe00 + byte : 0xe0100 + byte - 16)).join('');
const smuggled = (m: string) => variationSelectors(`${m} the runbook`);

const withSummary = (s: string, summary: string) => replaceOnce(s, publicSummaryLine, `  summary: ${summary}\n---`);
const withTitle = (s: string, title: string) => replaceOnce(s, publicTitleLine, `  title: ${title}`);
const withImpact = (s: string, description: string) => replaceOnce(s, impactLine, `  description: ${description}`);
const withPublicEvent = (s: string, event: string) => replaceOnce(s, 'timeline: []', `timeline:\n  - at: 2025-03-01T10:05:00Z\n    event: ${event}\n    kind: communication\n    public: true`);
const withPublicAction = (s: string, title: string) => replaceOnce(s, 'actionItems: []', `actionItems:\n  - id: AI-1\n    title: ${title}\n    owner: checkout\n    due: 2025-04-01\n    priority: P1\n    type: detect\n    status: open\n    verification: The alert fires in staging.\n    public: true`);
const withRisk = (s: string, risk: string) => replaceOnce(replaceOnce(s, 'related: []', `related: []\nrisks:\n  - ${risk}`), 'public:\n', 'public:\n  include: [risks]\n');

/** Text the site's own stylesheet hides (src/styles/global.css), and elements browsers do not show. */
export const hiddenByTheSiteProbes: CanaryProbe[] = [
  bodyProbe(1, 'the site\'s own `visually-hidden` class on a <span>', (m) => `We rolled back. <span className="visually-hidden">${m} the runbook</span>`),
  bodyProbe(2, 'the site\'s own `visually-hidden` class in a .md post', (m) => `We rolled back. <span class="visually-hidden">${m} the runbook</span>`, '.md'),
  bodyProbe(3, 'the site\'s `chart__layout--narrow` class (display: none on wide screens)', (m) => `<div className="chart__layout--narrow">${m} the runbook</div>`),
  bodyProbe(4, 'the site\'s `skip-link` class (off screen until focused)', (m) => `<span className="skip-link">${m} the runbook</span>`),
  bodyProbe(5, 'a <ruby>\'s <rp> (not shown where ruby is supported)', (m) => `We <ruby>rolled<rp>${m} the runbook</rp><rt>back</rt></ruby>.`),
  bodyProbe(6, 'a <progress>\'s fallback text', (m) => `<progress value="1" max="2">${m} the runbook</progress>`),
  bodyProbe(7, 'a <meter>\'s fallback text in a .md post', (m) => `<meter value="1">${m} the runbook</meter>`, '.md'),
  bodyProbe(8, 'a <title> element in the body (display: none)', (m) => `<title>${m} the runbook</title>`),
  bodyProbe(9, 'a <title> element in a .md post\'s body', (m) => `<title>${m} the runbook</title>`, '.md'),
  bodyProbe(10, '<noscript> in a .md post', (m) => `<noscript>${m} the runbook</noscript>`, '.md'),
  bodyProbe(11, 'an SVG <switch> child no reader\'s language matches', (m) => `<svg width="10" height="10"><switch><text systemLanguage="x-none">${m} the runbook</text><text>ok</text></switch></svg>`),
  bodyProbe(12, 'SVG text placed off its canvas', (m) => `<svg width="10" height="10"><text x="-9999" y="5">${m} the runbook</text></svg>`),
  bodyProbe(13, 'SVG text moved off its canvas by a transform attribute', (m) => `<svg width="10" height="10"><text transform="translate(-10000 0)">${m} the runbook</text></svg>`),
  bodyProbe(14, 'an inline SVG\'s <style> holding a CSS comment in a .md post', (m) => `<svg width="10" height="10"><style>/* ${m} the runbook */</style><circle cx="5" cy="5" r="4"></circle></svg>`, '.md'),
];

/** CSS written so a reader of the style does not see that it hides (.md style strings and .mdx style objects). */
export const styleProbes: CanaryProbe[] = [
  bodyProbe(15, 'DISPLAY:NONE in capitals', (m) => `<span style="DISPLAY:NONE">${m} the runbook</span>`, '.md'),
  bodyProbe(16, 'a CSS comment inside display:none', (m) => `<span style="display:/**/none">${m} the runbook</span>`, '.md'),
  bodyProbe(17, 'a CSS escape in the property name (dis\\play)', (m) => `<span style="dis\\play:none">${m} the runbook</span>`, '.md'),
  bodyProbe(18, 'display:none !important', (m) => `<span style="display:none !important">${m} the runbook</span>`, '.md'),
  bodyProbe(19, 'the system colour of the page background (color: Canvas)', (m) => `<span style="color:Canvas">${m} the runbook</span>`, '.md'),
  bodyProbe(20, '-webkit-text-fill-color: transparent', (m) => `<span style="-webkit-text-fill-color:transparent">${m} the runbook</span>`, '.md'),
  bodyProbe(21, 'WebkitTextFillColor transparent in a style object', (m) => `<span style={{ WebkitTextFillColor: 'transparent' }}>${m} the runbook</span>`),
  bodyProbe(22, 'a font size of 0.01px', (m) => `<span style="font-size:0.01px">${m} the runbook</span>`, '.md'),
  bodyProbe(23, 'transform translateX(-10000px)', (m) => `<span style="display:inline-block; transform:translateX(-10000px)">${m} the runbook</span>`, '.md'),
  bodyProbe(24, 'visibility: collapse', (m) => `<span style="visibility:collapse">${m} the runbook</span>`, '.md'),
  bodyProbe(25, 'max-width 0 and overflow hidden in a style object', (m) => `<span style={{ display: 'inline-block', maxWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap' }}>${m} the runbook</span>`),
  bodyProbe(26, 'the page\'s own background colour (color: var(--bg))', (m) => `<span style="color:var(--bg)">${m} the runbook</span>`, '.md'),
  bodyProbe(27, 'var(--bg) as the colour in a style object', (m) => `<span style={{ color: 'var(--bg)' }}>${m} the runbook</span>`),
  bodyProbe(28, 'opacity: 0%', (m) => `<span style="opacity:0%">${m} the runbook</span>`, '.md'),
  bodyProbe(29, 'font-size: 0em', (m) => `<span style="font-size:0em">${m} the runbook</span>`, '.md'),
  bodyProbe(30, 'hidden="until-found"', (m) => `<div hidden="until-found">${m} the runbook</div>`, '.md'),
  bodyProbe(31, 'hidden={true} in .mdx', (m) => `<span hidden={true}>${m} the runbook</span>`),
  bodyProbe(32, 'clip-path: circle(0)', (m) => `<span style="clip-path:circle(0)">${m} the runbook</span>`, '.md'),
  bodyProbe(33, 'the scale property at 0', (m) => `<span style="display:inline-block; scale:0">${m} the runbook</span>`, '.md'),
  bodyProbe(34, 'the visually-hidden idiom as a style string (1px, overflow hidden)', (m) => `<span style="position:absolute; width:1px; height:1px; overflow:hidden">${m} the runbook</span>`, '.md'),
];

/** Markdown and HTML whose words or labels no reader sees: footnote labels, ids, unclosed blocks. */
export const markupProbes: CanaryProbe[] = [
  bodyProbe(35, 'a public footnote\'s label (the ids and links of the page)', (m) => `We rolled back.[^${m}-ask-db-oncall]\n\n[^${m}-ask-db-oncall]: The pool was too small.`),
  bodyProbe(36, 'a public footnote\'s label in a .md post', (m) => `We rolled back.[^${m}-ask-db-oncall]\n\n[^${m}-ask-db-oncall]: The pool was too small.`, '.md'),
  bodyProbe(37, 'a reference link\'s label (never shown)', (m) => `See [the status page][${m}-label].\n\n[${m}-label]: https://status.example.com/`),
  bodyProbe(38, 'an unused reference definition\'s title', (m) => `We rolled back.\n\n[unused]: https://status.example.com/ "${m} the runbook"`),
  bodyProbe(39, 'a footnote definition no text refers to', (m) => `We rolled back.\n\n[^unused]: ${m} the runbook`),
  bodyProbe(40, 'an element id holding words', (m) => `<span id="${m}-the-runbook">We rolled back.</span>`),
  bodyProbe(41, 'an <a name> holding words in a .md post', (m) => `<a name="${m}-the-runbook"></a>We rolled back.`, '.md'),
  bodyProbe(42, 'an aria-label on a <span> (not shown)', (m) => `<span aria-label="${m} the runbook">We rolled back.</span>`),
  bodyProbe(43, '<Internal> left open to the end of a .md post', (m) => `We rolled back.\n\n<Internal>\n\n${m} the runbook`, '.md'),
  bodyProbe(44, 'an HTML comment left open to the end of a .md post', (m) => `We rolled back.\n\n<!-- ${m} the runbook`, '.md'),
  bodyProbe(45, 'an HTML comment left open to the end of an .mdx post', (m) => `We rolled back.\n\n<!-- ${m} the runbook`),
  bodyProbe(46, '<Internal> inline in a .md paragraph', (m) => `We <Internal>${m} the runbook</Internal> rolled back.`, '.md'),
  bodyProbe(47, '<Internal> inside a raw HTML table cell', (m) => `<table><tbody><tr><td>ok <Internal>${m} the runbook</Internal></td></tr></tbody></table>`),
  bodyProbe(48, '<Internal> inside a definition list', (m) => `<dl><dt>Cause</dt><dd>A pool. <Internal>${m} the runbook</Internal></dd></dl>`),
  bodyProbe(49, 'a right-to-left override making plain text read as <Internal> (Trojan Source)', (m) => `We rolled back. \u202E>lanretnI/<${[...m].reverse().join('')}>lanretnI<\u202C`),
];
markupProbes.find((p) => p.n === 49)!.leak = [...canaryMarker(49)].reverse().join('');

/** Look-alike spellings of the component no round tried. */
export const lookalikeProbes: CanaryProbe[] = [
  bodyProbe(50, 'a lower-case L for the I: <lnternal>', (m) => `Before <lnternal>${m} the runbook</lnternal> after.`),
  bodyProbe(51, 'a Cyrillic capital I (U+0406): <Іnternal>', (m) => `Before <\u0406nternal>${m} the runbook</\u0406nternal> after.`),
  bodyProbe(52, 'a Cyrillic a (U+0430): <Internаl>', (m) => `Before <Intern\u0430l>${m} the runbook</Intern\u0430l> after.`),
  bodyProbe(53, 'a Coptic capital iota (U+2C92): <Ⲓnternal>', (m) => `Before <\u2C92nternal>${m} the runbook</\u2C92nternal> after.`),
  bodyProbe(54, 'a Lisu letter I (U+A4F2): <ꓲnternal>', (m) => `Before <\uA4F2nternal>${m} the runbook</\uA4F2nternal> after.`),
  bodyProbe(55, 'a black-letter capital I (U+2111): <ℑnternal>', (m) => `Before <\u2111nternal>${m} the runbook</\u2111nternal> after.`),
  bodyProbe(56, 'a Latin dental click (U+01C0): <ǀnternal>', (m) => `Before <\u01C0nternal>${m} the runbook</\u01C0nternal> after.`),
  bodyProbe(57, 'a Cyrillic capital I in a .md post', (m) => `<\u0406nternal>${m} the runbook</\u0406nternal>`, '.md'),
  bodyProbe(58, 'a lower-case L for the I in a .md post', (m) => `<lnternal>${m} the runbook</lnternal>`, '.md'),
];

/** Words spelt in variation selectors, and public fields no round tried. */
export const smugglingAndFieldProbes: CanaryProbe[] = [
  bodyProbe(59, 'variation selectors spelling words after an emoji in the body', (m) => `We rolled back. \u{1F600}${smuggled(m)}`),
  bodyProbe(60, 'variation selectors spelling words in a .md post', (m) => `We rolled back. \u{1F600}${smuggled(m)}`, '.md'),
  sourceProbe(61, 'variation selectors spelling words in the public summary', (s, m) => withSummary(s, `Checkout failed for some customers. \u{1F600}${smuggled(m)}`)),
  sourceProbe(62, 'variation selectors spelling words in a public action item', (s, m) => withPublicAction(s, `Add a pool alert \u{1F600}${smuggled(m)}`)),
  sourceProbe(63, 'variation selectors spelling words in the impact description', (s, m) => withImpact(s, `Some customers could not check out. \u{1F600}${smuggled(m)}`)),
  sourceProbe(64, 'a lower-case L for the I in the public summary', (s, m) => withSummary(s, `"Checkout failed. <lnternal>${m} the runbook</lnternal>"`)),
  sourceProbe(65, 'a Cyrillic capital I in <Іnternal> in the public title', (s, m) => withTitle(s, `"Checkout errors <\u0406nternal>${m}</\u0406nternal>"`)),
  sourceProbe(66, 'a Coptic iota in <Ⲓnternal> in an opted-in risk', (s, m) => withRisk(s, `"The pool can fill again. <\u2C92nternal>${m} the runbook</\u2C92nternal>"`)),
  sourceProbe(67, 'the site\'s visually-hidden class in a public timeline event', (s, m) => withPublicEvent(s, `"Status page updated. <span class=visually-hidden>${m} the runbook</span>"`)),
  sourceProbe(68, 'a public timeline event linking a redirect to an internal host', (s, m) => withPublicEvent(s, `"Status page updated: https://status.example.com/r?to=wiki.corp.acme.net/${m}"`)),
  sourceProbe(69, 'a Lisu letter I in <ꓲnternal> in a public timeline event', (s, m) => withPublicEvent(s, `"Status page updated. <\uA4F2nternal>${m} the bridge</\uA4F2nternal>"`)),
];
for (const n of [59, 60, 61, 62, 63]) smugglingAndFieldProbes.find((p) => p.n === n)!.leak = smuggled(canaryMarker(n));

/** Links to the internal-only post where no round looked. */
export const linkProbes: CanaryProbe[] = [
  bodyProbe(70, 'a meta refresh to the internal-only post', () => `<meta httpEquiv="refresh" content={'0; url=/incidents/${internalOnlyId}/'} />`),
  bodyProbe(71, 'an <img srcSet> below the internal-only post', () => `<img alt="graph" src="https://status.example.com/g.png" srcSet="/incidents/${internalOnlyId}/g.png 2x" />`),
  bodyProbe(72, 'a CSS background of the internal-only post in a .md post', () => `<span style="background-image:url(/incidents/${internalOnlyId}/g.png)">We rolled back.</span>`, '.md'),
  bodyProbe(73, 'a javascript: link naming the internal-only post', () => `See [earlier](javascript:location='/incidents/${internalOnlyId}/').`),
  bodyProbe(74, 'a footnote label naming the internal-only post', () => `We rolled back.[^${internalOnlyId}]\n\n[^${internalOnlyId}]: An earlier incident.`),
];
for (const probe of linkProbes) probe.leak = 'zwk90x';

/** The post no page may show: the internal-only post the link probes point at. */
export const hiddenPosts: CanaryProbe[] = [internalOnlyPost(internalOnlyId)];

export const allProbes: CanaryProbe[] = [...hiddenByTheSiteProbes, ...styleProbes, ...markupProbes, ...lookalikeProbes, ...smugglingAndFieldProbes, ...linkProbes, ...hiddenPosts];
