/**
 * Canary round 37: adversarial probes of the whole public build, none tried in rounds 32, 34 and
 * 36 (test/support/canary-round32-probes.ts, canary-round34-probes.ts, canary-round36-probes.ts).
 * Each probe is one postmortem of its own carrying a unique marker `ztkNNx` (or its own `leak`
 * text) where text must stay internal; it is blocked when no built file holds it, refused when the
 * checks before Astro or the build itself stop its postmortem naming the file, and it leaks when a
 * built file holds it.
 */
import { canaryProbeKit, impactLine, publicSummaryLine, publicTitleLine, replaceOnce, type CanaryProbe } from './canary-probe-kit.ts';

export type { CanaryProbe } from './canary-probe-kit.ts';
export const { canaryMarker, aliveMarker, probeFileName } = canaryProbeKit('ztk', 'r37');
const { bodyProbe, internalOnlyPost, sourceProbe } = canaryProbeKit('ztk', 'r37');
/** The text a probe must keep out of every built file. */
export const leakText = (probe: CanaryProbe) => probe.leak ?? canaryMarker(probe.n);
/** The internal-only post the link probes point at (its id holds marker 90). */
export const internalOnlyId = '2025-03-02-ztk90x-internal-only';

const withSummary = (s: string, summary: string) => replaceOnce(s, publicSummaryLine, `  summary: ${summary}\n---`);
const withTitle = (s: string, title: string) => replaceOnce(s, publicTitleLine, `  title: ${title}`);
const publicActionItem = (title: string, more = '') => `actionItems:\n  - id: AI-1\n    title: ${title}\n    owner: checkout\n    due: 2025-04-01\n    priority: P1\n    type: detect\n    status: open\n    verification: The alert fires in staging.\n${more}    public: true`;
const security = (fields: string) => `security:\n  classification: [security]\n${fields}\ndrafted:`;
/** The base64 of a probe's internal words (what a data: URI carries). */
const base64Words = (m: string) => Buffer.from(`${m} the runbook`).toString('base64');

/** Frontmatter: schema fields no round probed, YAML escapes, line ends, a byte-order mark, long lines. */
export const fieldProbes: CanaryProbe[] = [
  sourceProbe(1, 'security.regimes (internal only)', (s, m) => replaceOnce(s, 'drafted:', security(`  becameAware: 2025-03-01T10:10:00Z\n  regimes: ["${m} GDPR art. 33"]`))),
  sourceProbe(2, 'security.notificationAssessment (internal only)', (s, m) => replaceOnce(s, 'drafted:', security(`  notificationAssessment: ${m} no notification needed, per legal.`))),
  sourceProbe(3, 'security.lateNotificationReason (internal only)', (s, m) => replaceOnce(s, 'drafted:', security(`  personalData: true\n  becameAware: 2025-03-01T10:10:00Z\n  lateNotificationReason: ${m} legal was on leave.`))),
  sourceProbe(4, 'imported: with historical: true, the source an internal host', (s, m) => replaceOnce(s, 'drafted:', `historical: true\nimported:\n  source: https://wiki.corp.acme.net/${m}/report.md\n  format: markdown\n  on: 2025-03-02\ndrafted:`)),
  sourceProbe(5, 'a YAML \\x3C escape spelling <Internal> in the public summary', (s, m) => withSummary(s, `"Checkout failed. \\x3CInternal>${m} the runbook\\x3C/Internal>"`)),
  sourceProbe(6, 'a YAML \\u003C escape spelling <Internal> in the public title', (s, m) => withTitle(s, `"Checkout errors \\u003CInternal>${m}\\u003C/Internal>"`)),
  sourceProbe(7, 'a plain multi-line public summary, <Internal> on its continuation line', (s, m) => withSummary(s, `Checkout failed for some customers.\n    <Internal>${m} the runbook</Internal>`)),
  sourceProbe(8, 'a <script> element in a public action item title', (s, m) => replaceOnce(s, 'actionItems: []', publicActionItem(`"Add a pool alert <script>${m}</script>"`))),
  sourceProbe(9, 'a <style> element in the public summary', (s, m) => withSummary(s, `"Checkout failed. <style>/* ${m} */</style>"`)),
  sourceProbe(10, 'a CDATA section in the public title', (s, m) => withTitle(s, `"Checkout errors <![CDATA[${m} the runbook]]>"`)),
  sourceProbe(11, 'an SVG description in the impact description', (s, m) => replaceOnce(s, impactLine, `  description: "Some customers could not check out. <svg><desc>${m} the runbook</desc></svg>"`)),
  sourceProbe(12, 'a <template> in a public timeline event', (s, m) => replaceOnce(s, 'timeline: []', `timeline:\n  - at: 2025-03-01T10:05:00Z\n    event: "Status page updated. <template>${m} the bridge</template>"\n    kind: communication\n    public: true`)),
  sourceProbe(13, 'a byte-order mark inside the public summary before <Internal>', (s, m) => withSummary(s, `"Checkout failed. \uFEFF<Internal>${m} the runbook</Internal>"`)),
  sourceProbe(14, 'a public summary line of 20,000 characters ending in <Internal>', (s, m) => withSummary(s, `"${'Checkout failed for some customers. '.repeat(570)}<Internal>${m}</Internal>"`)),
  sourceProbe(15, 'a public action item verification (not on the public post)', (s, m) => replaceOnce(s, 'actionItems: []', publicActionItem('Add a pool alert').replace('verification: The alert fires in staging.', `verification: ${m} checked on the bridge.`))),
  sourceProbe(16, 'a public timeline entry source (not on the public post)', (s, m) => replaceOnce(s, 'timeline: []', `timeline:\n  - at: 2025-03-01T10:05:00Z\n    event: Status page updated.\n    kind: communication\n    source: ${m}-incident-channel\n    public: true`)),
  sourceProbe(17, 'a quoted key "summary" inside public: after the plain one', (s, m) => replaceOnce(s, publicSummaryLine, `${publicSummaryLine.replace('\n---', '')}\n  "summary": ${m} the orders-db pool ran dry.\n---`)),
  sourceProbe(18, 'an explicit-key (?) public title holding <Internal>', (s, m) => withTitle(s, '').replace('  title: \n', `  ? title\n  : "Checkout errors <Internal>${m}</Internal>"\n`)),
];

/** Whole-file shapes: line ends, byte-order marks, very long lines. */
export const fileProbes: CanaryProbe[] = [
  sourceProbe(19, 'CR-only line ends for the whole file, <Internal> in the body', (s, m) => `${s}\n<Internal>\n${m} the runbook\n</Internal>\n`),
  sourceProbe(20, 'CRLF frontmatter, LF body, <Internal> across CRLF lines', (s, m) => `${s}\n<Internal>\r\n${m} the runbook\r\n</Internal>\n`),
  sourceProbe(21, 'a byte-order mark before the opening ---', (s, m) => `\uFEFF${s}\n<Internal>${m} the runbook</Internal>\n`),
  bodyProbe(22, 'a byte-order mark mid-file right before <Internal>', (m) => `\uFEFF<Internal>${m} the runbook</Internal>`),
  bodyProbe(23, 'a byte-order mark inside the tag name', (m) => `<\uFEFFInternal>${m} the runbook</\uFEFFInternal>`),
  bodyProbe(24, 'a 60,000-character line before <Internal> on the same line', (m) => `${'We rolled back the change. '.repeat(2300)}<Internal>${m} the runbook</Internal>`),
  bodyProbe(25, 'an <Internal> block after a 120,000-character paragraph', (m) => `${'We rolled back the change. '.repeat(4500)}\n\n<Internal>\n${m} the runbook\n</Internal>`),
  bodyProbe(26, 'a form feed inside the opening tag', (m) => `<Internal\f>${m} the runbook</Internal>`),
  bodyProbe(27, 'a vertical tab inside the opening tag', (m) => `<Internal\v>${m} the runbook</Internal>`),
  bodyProbe(28, 'a lone CR inside the opening tag', (m) => `<Internal\r>${m} the runbook</Internal>`),
];
// CR-only line ends: every line break of the file a lone CR.
fileProbes[0].source = fileProbes[0].source.replace(/\r?\n/g, '\r');
// CRLF in the frontmatter only.
fileProbes[1].source = fileProbes[1].source.replace(/^---\n[\s\S]*?\n---\n/, (frontmatter) => frontmatter.replace(/\n/g, '\r\n'));

/** Body: `<Internal>` in structures, with attributes, casing, self-closing; `<PublicOnly>`; references. */
export const structureProbes: CanaryProbe[] = [
  bodyProbe(29, 'a heading inside a blockquote holding <Internal>', (m) => `> ## Cause <Internal>${m}</Internal>\n>\n> We rolled back.`),
  bodyProbe(30, 'a table inside a list item, a cell holding <Internal>', (m) => `- Steps:\n\n  | Step | Note |\n  | --- | --- |\n  | Rollback | <Internal>${m}</Internal> |`),
  bodyProbe(31, 'the words of a reference link holding <Internal>', (m) => `See [the notice <Internal>${m}</Internal>][n].\n\n[n]: https://status.example.com/n`),
  bodyProbe(32, 'a link wrapping an image and <Internal>', (m) => `[![graph](https://status.example.com/g.png) <Internal>${m}</Internal>](https://status.example.com/)`),
  bodyProbe(33, 'emphasis inside <Internal> inside a heading', (m) => `## **Cause** <Internal>_${m}_ the runbook</Internal>`),
  bodyProbe(34, 'a spread attribute on <Internal>', (m) => `<Internal {...{ reason: 'ops' }}>${m} the runbook</Internal>`),
  bodyProbe(35, 'a className attribute on <Internal>', (m) => `<Internal className="note">${m} the runbook</Internal>`),
  bodyProbe(36, 'odd casing <iNTERNAL>', (m) => `<iNTERNAL>${m} the runbook</iNTERNAL>`),
  bodyProbe(37, 'a self-closing <Internal /> over the paragraph it is meant to hide', (m) => `<Internal />\n${m} the runbook was used.`),
  bodyProbe(38, 'a self-closing <Internal/> inline before the words', (m) => `We rolled back. <Internal/>${m} the runbook was used.`),
  bodyProbe(39, 'an <Internal> opened in a list item, closed after the list', (m) => `- Step one <Internal>\n- ${m} the runbook\n\n</Internal>`),
  bodyProbe(40, '<Internal> inside <PublicOnly> inside <PublicOnly>', (m) => `<PublicOnly>\n<PublicOnly>\nWe rolled back.\n<Internal>${m} the runbook</Internal>\n</PublicOnly>\n</PublicOnly>`),
  bodyProbe(41, 'an MDX comment inside <PublicOnly>', (m) => `<PublicOnly>{/* ${m} the runbook */}We rolled back.</PublicOnly>`),
  bodyProbe(42, 'a reference definition to an internal host inside <PublicOnly>, used outside', (m) => `<PublicOnly>\n\n[r]: https://wiki.corp.acme.net/${m}\n\n</PublicOnly>\n\nSee [the notes][r].`),
  bodyProbe(43, 'a definition inside <Internal> in other letter case, used outside', (m) => `See [the Notes].\n\n<Internal>\n\n[THE NOTES]: https://wiki.corp.acme.net/${m}\n\n</Internal>`),
  bodyProbe(44, 'a definition inside <Internal> in a list item, a collapsed reference outside', (m) => `See [notes][].\n\n<Internal>\n\n- [notes]: https://wiki.corp.acme.net/${m}\n\n</Internal>`),
  bodyProbe(45, 'a definition inside <Internal> shadowing a later public one of the same label', (m) => `See [notes].\n\n<Internal>\n\n[notes]: https://wiki.corp.acme.net/${m}\n\n</Internal>\n\n[notes]: https://status.example.com/notes`),
  bodyProbe(46, 'a setext heading whose text runs onto an <Internal> line', (m) => `Cause\n<Internal>${m} the runbook</Internal>\n-----`),
  bodyProbe(47, 'a tab-indented closing tag', (m) => `<Internal>\n${m} the runbook\n\n\t</Internal>`),
  bodyProbe(48, 'a tab-indented <Internal> in a list item continuation', (m) => `- Step one\n\n\t<Internal>${m} the runbook</Internal>`),
  bodyProbe(49, 'an "Imported metadata" section outside <Internal> (edited after import)', (m) => `## Imported metadata\n\nThe original report's own frontmatter, kept as written:\n\n\`\`\`yaml\nsource_ticket: ${m}\n\`\`\``),
  bodyProbe(50, 'a lower-level "Imported Metadata" heading outside <Internal>', (m) => `## What happened\n\nWe rolled back.\n\n### Imported Metadata\n\n- source_ticket: ${m}`),
  bodyProbe(51, 'a bold "Imported metadata" label over a YAML fence', (m) => `**Imported metadata**\n\n\`\`\`yaml\nsource_ticket: ${m}\n\`\`\``),
];

/** Body: entities, hidden HTML elements, SVG/MathML, data: URIs, head elements, autolinks. */
export const markupProbes: CanaryProbe[] = [
  bodyProbe(52, 'numeric entities for both the < and the I of the tag', (m) => `&#60;&#73;nternal&#62;${m} the runbook&#60;/&#73;nternal&#62;`),
  bodyProbe(53, 'a numeric entity of a full-width < (&#65308;)', (m) => `&#65308;Internal&#65310;${m} the runbook&#65308;/Internal&#65310;`),
  bodyProbe(54, 'single angle quotation marks as named entities', (m) => `&lsaquo;Internal&rsaquo;${m} the runbook&lsaquo;/Internal&rsaquo;`),
  bodyProbe(55, 'a CDATA section in an .mdx post', (m) => `<![CDATA[${m} the runbook]]>`),
  bodyProbe(56, 'a <script type="text/plain"> in an .mdx post', (m) => `<script type="text/plain">${m} the runbook</script>`),
  bodyProbe(57, 'a <style> in an .mdx post', (m) => `<style>{'/* ${m} the runbook */'}</style>`),
  bodyProbe(58, 'a <meta content> in an .mdx body', (m) => `<meta name="description" content="${m} the runbook" />`),
  bodyProbe(59, 'a meta refresh to an internal host', (m) => `<meta httpEquiv="refresh" content="0; url=https://wiki.corp.acme.net/${m}" />`),
  bodyProbe(60, 'a <base href> of an internal host', (m) => `<base href="https://wiki.corp.acme.net/${m}/" />`),
  bodyProbe(61, 'a <link href> of an internal host', (m) => `<link rel="preload" href="https://grafana.internal.acme.net/${m}.css" as="style" />`),
  bodyProbe(62, 'an SVG <desc> (never shown)', (m) => `<svg width="10" height="10"><desc>${m} the runbook</desc><circle cx="5" cy="5" r="4" /></svg>`),
  bodyProbe(63, 'an SVG <metadata> (never shown)', (m) => `<svg width="10" height="10"><metadata>${m} the runbook</metadata><circle cx="5" cy="5" r="4" /></svg>`),
  bodyProbe(64, 'SVG <text display="none">', (m) => `<svg width="10" height="10"><text display="none">${m} the runbook</text></svg>`),
  bodyProbe(65, 'a MathML annotation (never shown)', (m) => `<math><semantics><mi>x</mi><annotation encoding="text/plain">${m} the runbook</annotation></semantics></math>`),
  bodyProbe(66, '<Internal> inside an SVG foreignObject', (m) => `<svg width="10" height="10"><foreignObject width="10" height="10"><Internal>${m} the runbook</Internal></foreignObject></svg>`),
  bodyProbe(67, 'a data: URI link carrying words', (m) => `See [the notes](data:text/plain;base64,${base64Words(m)}).`),
  bodyProbe(68, 'an <img> of a data: SVG holding words', (m) => `<img alt="graph" src="data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><text>${m} the runbook</text></svg>`).toString('base64')}" />`),
  bodyProbe(69, 'a <picture><source srcset> of an internal host', (m) => `<picture><source srcSet="https://grafana.internal.acme.net/${m}.webp" /><img alt="graph" src="https://status.example.com/g.png" /></picture>`),
  bodyProbe(70, 'an email autolink to an internal address', (m) => `Write to <${m}@corp.acme.net>.`),
  bodyProbe(71, 'a GFM www. literal of an internal host', (m) => `See www.wiki.corp.acme.net/${m} for more.`),
  bodyProbe(72, 'an SVG <desc> in a .md post', (m) => `<svg width="10" height="10"><desc>${m} the runbook</desc><circle cx="5" cy="5" r="4"/></svg>`, '.md'),
  bodyProbe(73, 'a <meta content> in a .md post', (m) => `<meta name="description" content="${m} the runbook">`, '.md'),
  bodyProbe(74, 'a data: URI link in a .md post', (m) => `See [the notes](data:text/plain;base64,${base64Words(m)}).`, '.md'),
  bodyProbe(75, 'a MathML annotation in a .md post', (m) => `<math><semantics><mi>x</mi><annotation encoding="text/plain">${m} the runbook</annotation></semantics></math>`, '.md'),
  bodyProbe(76, 'a CR-only <Internal> block in a .mdx body', (m) => `<Internal>\r${m} the runbook\r</Internal>`),
];
for (const n of [67, 74]) markupProbes.find((p) => p.n === n)!.leak = base64Words(canaryMarker(n));
markupProbes.find((p) => p.n === 68)!.leak = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><text>${canaryMarker(68)} the runbook</text></svg>`).toString('base64');

/** Links to the internal-only post written where no round looked. */
export const linkProbes: CanaryProbe[] = [
  bodyProbe(77, 'an <a href={…}> expression to the internal-only post', () => `See <a href={'/incidents/${internalOnlyId}/'}>earlier</a>.`),
  bodyProbe(78, 'an entity-encoded <a href> to the internal-only post', () => `See <a href="/incidents/${internalOnlyId.replace(/-/g, '&#45;')}/">earlier</a>.`),
  bodyProbe(79, 'an SVG <a xlinkHref> to the internal-only post', () => `<svg width="10" height="10"><a xlinkHref="/incidents/${internalOnlyId}/"><circle cx="5" cy="5" r="4" /></a></svg>`),
  bodyProbe(80, 'an <iframe src> of the internal-only post', () => `<iframe src="/incidents/${internalOnlyId}/" title="earlier"></iframe>`),
  bodyProbe(81, 'an <img src> below the internal-only post\'s address', () => `<img alt="graph" src="/incidents/${internalOnlyId}/chart.png" />`),
  bodyProbe(82, 'an angle-bracket link destination to the internal-only post', () => `See [earlier](</incidents/${internalOnlyId}/>).`),
  bodyProbe(83, 'a link in a footnote definition to the internal-only post', () => `We rolled back.[^1]\n\n[^1]: As [before](/incidents/${internalOnlyId}/).`),
  bodyProbe(84, 'a link wrapping an image, to the internal-only post', () => `[![graph](https://status.example.com/g.png)](/incidents/${internalOnlyId}/)`),
  bodyProbe(85, 'an <a href> to the internal-only post inside <PublicOnly>', () => `<PublicOnly>See <a href="/incidents/${internalOnlyId}/">earlier</a>.</PublicOnly>`),
  bodyProbe(86, 'an <object data> of the internal-only post', () => `<object data="/incidents/${internalOnlyId}/">earlier</object>`),
  bodyProbe(87, 'an <a ping> naming the internal-only post', () => `See <a href="https://status.example.com/" ping="/incidents/${internalOnlyId}/">the status page</a>.`),
];
for (const probe of linkProbes) probe.leak = 'ztk90x';

/** The internal-only post the link probes point at. */
export const hiddenPosts: CanaryProbe[] = [internalOnlyPost(internalOnlyId)];

export const allProbes: CanaryProbe[] = [...fieldProbes, ...fileProbes, ...structureProbes, ...markupProbes, ...linkProbes, ...hiddenPosts];

