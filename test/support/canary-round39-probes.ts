/**
 * Canary round 39: adversarial probes of the whole public build, none tried in rounds 32-38
 * (test/support/canary-round3{2,4,6,7,8}-probes.ts). Each probe is one postmortem of its own carrying
 * a unique marker `zvkNNx` (or its own `leak` text) where text must stay internal; it is blocked when
 * no built file holds it, refused when the checks before Astro or the build itself stop its
 * postmortem naming the file, and it leaks when a built file holds it. Two kinds are not written as
 * postmortems here but made by the project's own commands (test/support/canary-round39-commands.ts):
 * reports in other formats imported and made public (`importedReports`), and posts the redact command
 * rewrote twice (`redactedTwice`).
 */
import { canaryProbeKit, impactLine, publicSummaryLine, publicTitleLine, replaceOnce, type CanaryProbe } from './canary-probe-kit.ts';
import { publicProbePost } from './public-probe-post.ts';

export type { CanaryProbe } from './canary-probe-kit.ts';
export const { canaryMarker, aliveMarker, probeFileName } = canaryProbeKit('zvk', 'r39');
const { alive, bodyProbe, internalOnlyPost, sourceProbe } = canaryProbeKit('zvk', 'r39');
/** The text a probe must keep out of every built file. */
export const leakText = (probe: CanaryProbe) => probe.leak ?? canaryMarker(probe.n);
/** The internal-only post the link probes point at (its id holds marker 90). */
export const internalOnlyId = '2025-03-02-zvk90x-internal-only';
/** A draft marked public (no page may show it): its id holds marker 98. */
export const draftId = '2025-03-03-zvk98x-draft';

const withSummary = (s: string, summary: string) => replaceOnce(s, publicSummaryLine, `  summary: ${summary}\n---`);
const withTitle = (s: string, title: string) => replaceOnce(s, publicTitleLine, `  title: ${title}`);
const withImpact = (s: string, description: string) => replaceOnce(s, impactLine, `  description: ${description}`);
const withPublicEvent = (s: string, event: string) => replaceOnce(s, 'timeline: []', `timeline:\n  - at: 2025-03-01T10:05:00Z\n    event: ${event}\n    kind: communication\n    public: true`);
const withPublicAction = (s: string, title: string, owner = 'checkout') => replaceOnce(s, 'actionItems: []', `actionItems:\n  - id: AI-1\n    title: ${title}\n    owner: ${owner}\n    due: 2025-04-01\n    priority: P1\n    type: detect\n    status: open\n    verification: The alert fires in staging.\n    public: true`);
const base64 = (text: string) => Buffer.from(text).toString('base64');

// ---------------------------------------------------------------- reports imported and made public

/** A report in another format, imported by `npm run import` and made public by `fill --public` (its summary holds the alive marker). */
export interface ImportedReportProbe {
  n: number;
  kind: string;
  /** The report's file name (its extension says its format). */
  name: string;
  text: (marker: string, alive: string) => string;
  leak?: string;
}
const startLine = 'Started: 2025-03-01 10:00 UTC. Resolved: 2025-03-01 10:30 UTC.';
const reportTitle = (n: number) => `Checkout errors probe ${n} on 1 March 2025`;

export const importedReports: ImportedReportProbe[] = [
  { n: 1, kind: 'an Org report\'s comment line (`# …`)', name: 'r39-01.org', text: (m, a) => `#+TITLE: ${reportTitle(1)}\n\n* Summary\n${a}\n\n# ${m} the runbook says restart db1\n\n* Timeline\n- 10:00 UTC errors began\n- 10:20 UTC rolled back\n` },
  { n: 2, kind: 'an Org report\'s comment block (`#+BEGIN_COMMENT`)', name: 'r39-02.org', text: (m, a) => `#+TITLE: ${reportTitle(2)}\n\n* Summary\n${a}\n\n#+BEGIN_COMMENT\n${m} the runbook says restart db1\n#+END_COMMENT\n\n* Timeline\n- 10:00 UTC errors began\n- 10:20 UTC rolled back\n` },
  { n: 3, kind: 'an Org report\'s `#+AUTHOR:` keyword', name: 'r39-03.org', text: (m, a) => `#+TITLE: ${reportTitle(3)}\n#+AUTHOR: ${m}\n\n* Summary\n${a}\n\n* Timeline\n- 10:00 UTC errors began\n- 10:20 UTC rolled back\n` },
  { n: 4, kind: 'an AsciiDoc report\'s comment line (`// …`)', name: 'r39-04.adoc', text: (m, a) => `= ${reportTitle(4)}\n\n== Summary\n\n${a}\n\n// ${m} the runbook says restart db1\n\n== Timeline\n\n* 10:00 UTC errors began\n* 10:20 UTC rolled back\n` },
  { n: 5, kind: 'an AsciiDoc report\'s comment block (`////`)', name: 'r39-05.adoc', text: (m, a) => `= ${reportTitle(5)}\n\n== Summary\n\n${a}\n\n////\n${m} the runbook says restart db1\n////\n\n== Timeline\n\n* 10:00 UTC errors began\n* 10:20 UTC rolled back\n` },
  { n: 6, kind: 'an AsciiDoc report\'s author line (below the title)', name: 'r39-06.adoc', text: (m, a) => `= ${reportTitle(6)}\n${m} Author\n\n== Summary\n\n${a}\n\n== Timeline\n\n* 10:00 UTC errors began\n* 10:20 UTC rolled back\n` },
  { n: 7, kind: 'a reStructuredText report\'s comment (`.. …`)', name: 'r39-07.rst', text: (m, a) => `${reportTitle(7)}\n${'='.repeat(reportTitle(7).length)}\n\n.. ${m} the runbook says restart db1\n\nSummary\n-------\n\n${a}\n\nTimeline\n--------\n\n- 10:00 UTC errors began\n- 10:20 UTC rolled back\n` },
  { n: 8, kind: 'a reStructuredText report\'s `:Author:` field', name: 'r39-08.rst', text: (m, a) => `${reportTitle(8)}\n${'='.repeat(reportTitle(8).length)}\n\n:Author: ${m}\n\nSummary\n-------\n\n${a}\n\nTimeline\n--------\n\n- 10:00 UTC errors began\n- 10:20 UTC rolled back\n` },
  { n: 9, kind: 'a Markdown report\'s own frontmatter (author, chat channel)', name: 'r39-09.md', text: (m, a) => `---\ntitle: ${reportTitle(9)}\nauthor: ${m}\nslack: "#inc-${m}"\n---\n\n${a}\n\n${startLine}\n` },
  { n: 10, kind: 'a Markdown report\'s `[//]: # (…)` comment idiom', name: 'r39-10.md', text: (m, a) => `# ${reportTitle(10)}\n\n${a}\n\n[//]: # (${m} the runbook says restart db1)\n\n${startLine}\n` },
  { n: 11, kind: 'a Markdown report\'s own <Internal> block (a report of another knowledge base)', name: 'r39-11.md', text: (m, a) => `# ${reportTitle(11)}\n\n${a}\n\n<Internal>\n${m} the runbook says restart db1\n</Internal>\n\n${startLine}\n` },
  { n: 12, kind: 'an HTML export\'s element hidden by `display:none`', name: 'r39-12.html', text: (m, a) => `<html><body><h1>${reportTitle(12)}</h1><h2>Summary</h2><p>${a}</p><div style="display:none">${m} the runbook says restart db1</div><p>${startLine}</p></body></html>` },
  { n: 13, kind: 'an HTML export\'s element with the `hidden` attribute', name: 'r39-13.html', text: (m, a) => `<html><body><h1>${reportTitle(13)}</h1><h2>Summary</h2><p>${a}</p><p hidden>${m} the runbook says restart db1</p><p>${startLine}</p></body></html>` },
  { n: 14, kind: 'an HTML export\'s comment and meta author', name: 'r39-14.html', text: (m, a) => `<html><head><meta name="author" content="${m}"></head><body><h1>${reportTitle(14)}</h1><h2>Summary</h2><p>${a}</p><!-- ${m} the runbook --><p>${startLine}</p></body></html>` },
  {
    n: 15, kind: 'a Jira export\'s comment restricted to a role (`visibility`)', name: 'r39-15.json',
    text: (m, a) => JSON.stringify({ issues: [{ key: 'INC-15', fields: { summary: reportTitle(15), description: a, created: '2025-03-01T10:00:00.000+0000', resolutiondate: '2025-03-01T10:30:00.000+0000', comment: { comments: [
      { created: '2025-03-01T10:05:00.000+0000', body: `${m} the runbook says restart db1`, visibility: { type: 'role', value: 'Administrators' } },
      { created: '2025-03-01T10:20:00.000+0000', body: 'Rolled back.' },
    ] } } }] }),
  },
  {
    n: 16, kind: 'a Jira Service Management export\'s internal note (`jsdPublic: false`)', name: 'r39-16.json',
    text: (m, a) => JSON.stringify({ issues: [{ key: 'INC-16', fields: { summary: reportTitle(16), description: a, created: '2025-03-01T10:00:00.000+0000', resolutiondate: '2025-03-01T10:30:00.000+0000', comment: { comments: [
      { created: '2025-03-01T10:06:00.000+0000', body: `${m} the runbook says restart db1`, jsdPublic: false },
      { created: '2025-03-01T10:20:00.000+0000', body: 'Rolled back.' },
    ] } } }] }),
  },
  {
    n: 17, kind: 'a GitHub issues export\'s minimized (hidden) comment', name: 'r39-17.json',
    text: (m, a) => JSON.stringify([{ number: 17, title: reportTitle(17), body: a, createdAt: '2025-03-01T10:00:00Z', closedAt: '2025-03-01T10:30:00Z', labels: [], comments: [
      { createdAt: '2025-03-01T10:05:00Z', body: `${m} the runbook says restart db1`, isMinimized: true, minimizedReason: 'OFF_TOPIC' },
      { createdAt: '2025-03-01T10:20:00Z', body: 'Rolled back.', isMinimized: false },
    ] }]),
  },
  { n: 18, kind: 'a Markdown report its own frontmatter marks private (`private: true`)', name: 'r39-18.md', text: (m, a) => `---\ntitle: ${reportTitle(18)}\nprivate: true\n---\n\n${a}\n\n${m} the runbook says restart db1.\n\n${startLine}\n` },
  { n: 19, kind: 'a Markdown report its own frontmatter marks internal (`visibility: internal`)', name: 'r39-19.md', text: (m, a) => `---\ntitle: ${reportTitle(19)}\nvisibility: internal\n---\n\n${a}\n\n${m} the runbook says restart db1.\n\n${startLine}\n` },
  { n: 20, kind: 'an Org report\'s `:noexport:` section', name: 'r39-20.org', text: (m, a) => `#+TITLE: ${reportTitle(20)}\n\n* Summary\n${a}\n\n* Notes for the team :noexport:\n${m} the runbook says restart db1\n\n* Timeline\n- 10:00 UTC errors began\n- 10:20 UTC rolled back\n` },
];

// ---------------------------------------------------------------- posts the redact command rewrote twice

/** A public post naming a person (its commander, so the guard knows the name), for `npm run redact` run twice; the name is the leak. */
export interface RedactedProbe extends CanaryProbe {
  leak: string;
}
const redactProbe = (n: number, kind: string, name: string, body: (name: string) => string, ext?: '.md'): RedactedProbe => ({
  n,
  kind,
  ext,
  leak: name,
  source: publicProbePost({ body: `${alive(n)}\n\n${body(name)}\n` }).replace('severity: SEV-3', `commander: ${name}\nseverity: SEV-3`),
});
export const redactedTwice: RedactedProbe[] = [
  redactProbe(21, 'a name in a sentence', 'Ottilie Brandtmeyer', (p) => `${p} restarted the pool.`),
  redactProbe(22, 'a name in a table cell', 'Casimir Oyelaran', (p) => `| step | who |\n| --- | --- |\n| restart | ${p} |`),
  redactProbe(23, 'a name as a link\'s words', 'Henrietta Vaszquel', (p) => `We followed [${p}](https://status.example.com/) on the status page.`),
  redactProbe(24, 'a name in a heading', 'Leopold Sundqvarn', (p) => `## What ${p} did\n\nWe rolled back.`),
  redactProbe(25, 'a name with a possessive', 'Imogen Takahashiro', (p) => `${p}'s rollback worked.`),
  redactProbe(26, 'a name in a list in a blockquote', 'Bartholomew Quigleyson', (p) => `> - ${p} paged the database team.`),
  redactProbe(27, 'a name in an image\'s words', 'Philippa Ndlovuzo', (p) => `![Graph drawn by ${p}](https://status.example.com/g.png)`),
  redactProbe(28, 'a name already inside <PublicOnly>', 'Ignatius Marchetto', (p) => `<PublicOnly>${p} restarted the pool.</PublicOnly>`),
  redactProbe(29, 'a name in a footnote', 'Rosalind Okonkwade', (p) => `We rolled back.[^1]\n\n[^1]: ${p} approved it.`),
  redactProbe(30, 'a name in a .md post', 'Cornelius Haverbrook', (p) => `${p} restarted the pool.`, '.md'),
];

// ---------------------------------------------------------------- posts written directly

/** A post's id (its file name) that names what is internal. */
export const fileNameProbes: CanaryProbe[] = [
  { ...bodyProbe(31, 'a public post whose id begins with the internal-only post\'s id', () => 'We rolled back.'), fileName: `${internalOnlyId}-follow-up.mdx`, leak: 'zvk90x' },
  { ...bodyProbe(32, 'a public post whose id holds a service id in capitals', () => 'We rolled back.'), fileName: '2025-03-01-ORDERS-DB-pool.mdx', leak: 'orders-db' },
  { ...bodyProbe(33, 'a public post whose id holds a service id with a Cyrillic o', () => 'We rolled back.'), fileName: '2025-03-01-\u043Erders-db-pool.mdx', leak: '\u043Erders-db' },
  { ...bodyProbe(34, 'a public post whose id is its commander\'s name', () => 'We rolled back.'), fileName: '2025-03-01-wilhelmina-dastrupe.mdx', leak: 'dastrupe' },
  { ...bodyProbe(35, 'a public post whose id holds the draft\'s id', () => 'We rolled back.'), fileName: `2025-03-01-after-${draftId}.mdx`, leak: 'zvk98x' },
];
fileNameProbes.find((p) => p.n === 34)!.source = fileNameProbes.find((p) => p.n === 34)!.source.replace('severity: SEV-3', 'commander: Wilhelmina Dastrupe\nseverity: SEV-3');

/** Frontmatter: arrays, nested objects, look-alike ids and entity-spelt tags. */
export const fieldProbes: CanaryProbe[] = [
  sourceProbe(36, 'a merge key of a list of aliases into the public wording', (s, m) => replaceOnce(replaceOnce(s, 'drafted:', `x-a: &a\n  title: ${m} internal wording\nx-b: &b\n  summary: ${m} internal summary\ndrafted:`), `public:\n${publicTitleLine}\n  summary: Checkout failed for some customers.`, 'public:\n  <<: [*a, *b]')),
  sourceProbe(37, 'a service id with a Cyrillic o (an internal-only service)', (s) => replaceOnce(s, 'services: [checkout-api]', 'services: [checkout-api, \u043Erders-db]'), '\u043Erders-db'),
  sourceProbe(38, 'a tag with a Cyrillic o (a look-alike of a tag)', (s, m) => replaceOnce(s, 'tags: [config]', `tags: [config, c\u043Enfig-${m}]`)),
  sourceProbe(39, 'related: the internal-only post\'s id in full-width digits', (s) => replaceOnce(s, 'related: []', `related: ["${internalOnlyId.replace('90', '\uFF19\uFF10')}"]`), 'zvk\uFF19\uFF10x'),
  sourceProbe(40, 'an action item owned by a person', (s) => withPublicAction(s, 'Add a pool alert', 'Ottilie Brandtmeyer'), 'brandtmeyer'),
  sourceProbe(41, 'related: the draft marked public', (s) => replaceOnce(s, 'related: []', `related: [${draftId}]`), 'zvk98x'),
  sourceProbe(42, '<&#73;nternal> (the I a reference) in the public summary', (s, m) => withSummary(s, `"Checkout failed. <&#73;nternal>${m} the runbook</&#73;nternal>"`)),
  sourceProbe(43, '<&#x49;nternal> in a public timeline event', (s, m) => withPublicEvent(s, `"Status page updated. <&#x49;nternal>${m} the bridge</&#x49;nternal>"`)),
  sourceProbe(44, 'a data: URI carrying base64 words in the impact description', (s, m) => withImpact(s, `"Some customers could not check out. data:text/plain;base64,${base64(`${m} orders-db`)}"`), base64(`${canaryMarker(44)} orders-db`)),
  sourceProbe(45, 'an autolink of an internal host in a public action item', (s, m) => withPublicAction(s, `"Add a pool alert <https://wiki.corp.acme.net/${m}>"`)),
  sourceProbe(46, 'an MDX string expression holding <Internal> in the public title', (s, m) => withTitle(s, `"Checkout errors {'<Internal>${m}</Internal>'}"`)),
  sourceProbe(47, 'a percent-encoded <Internal> in the public summary', (s, m) => withSummary(s, `"Checkout failed. %3CInternal%3E${m} the runbook%3C/Internal%3E"`)),
];

/** Body: MDX expressions and attributes, raw HTML whose text no reader sees, CSS, data: URIs. */
export const bodyProbes: CanaryProbe[] = [
  bodyProbe(48, '<&#73;nternal> in a .md post', (m) => `<&#73;nternal>${m} the runbook</&#73;nternal>`, '.md'),
  bodyProbe(49, '<&#73;nternal> in an .mdx post', (m) => `Before <&#73;nternal>${m} the runbook</&#73;nternal> after.`),
  bodyProbe(50, 'an MDX string expression holding <Internal>', (m) => `We rolled back. {'<Internal>${m} the runbook</Internal>'}`),
  bodyProbe(51, 'a JSX attribute expression holding <Internal>', (m) => `<abbr title={'<Internal>${m} the runbook</Internal>'}>RB</abbr>`),
  bodyProbe(52, 'an <iframe srcDoc> holding a hidden paragraph', (m) => `<iframe title="notes" srcDoc="<p hidden>${m} the runbook</p>" />`),
  bodyProbe(53, 'an <iframe srcDoc> holding an HTML comment', (m) => `<iframe title="notes" srcDoc="<!-- ${m} the runbook --><p>ok</p>" />`),
  bodyProbe(54, 'an <iframe srcdoc> holding <Internal> in a .md post', (m) => `<iframe title="notes" srcdoc="&lt;Internal&gt;${m} the runbook&lt;/Internal&gt;"></iframe>`, '.md'),
  bodyProbe(55, 'an <object>\'s fallback text', (m) => `<object data="https://status.example.com/g.svg" type="image/svg+xml">${m} the runbook</object>`),
  bodyProbe(56, 'a <canvas>\'s fallback text', (m) => `<canvas width="10" height="10">${m} the runbook</canvas>`),
  bodyProbe(57, 'a <video>\'s fallback text', (m) => `<video src="https://status.example.com/v.mp4">${m} the runbook</video>`),
  bodyProbe(58, 'an <iframe>\'s fallback text in a .md post', (m) => `<iframe title="x" src="https://status.example.com/">${m} the runbook</iframe>`, '.md'),
  bodyProbe(59, 'a <datalist> option', (m) => `<input list="d" aria-label="pick" /><datalist id="d"><option value="${m} the runbook" /></datalist>`),
  bodyProbe(60, 'SVG text inside <defs>', (m) => `<svg width="10" height="10"><defs><text id="t">${m} the runbook</text></defs><circle cx="5" cy="5" r="4" /></svg>`),
  bodyProbe(61, 'SVG text of fill-opacity 0', (m) => `<svg width="10" height="10"><text fillOpacity="0">${m} the runbook</text></svg>`),
  bodyProbe(62, 'SVG text of font-size 0 in a .md post', (m) => `<svg width="10" height="10"><text font-size="0">${m} the runbook</text></svg>`, '.md'),
  bodyProbe(63, 'a CSS custom property holding words', (m) => `<span style={{ '--note': '"${m} the runbook"' }}>We rolled back.</span>`),
  bodyProbe(64, 'a CSS custom property holding words in a .md post', (m) => `<span style="--note: '${m} the runbook'">We rolled back.</span>`, '.md'),
  bodyProbe(65, 'text indented off screen in a .md post', (m) => `<span style="display:block; text-indent:-9999px">${m} the runbook</span>`, '.md'),
  bodyProbe(66, 'a style object scaling the text to 0', (m) => `<span style={{ display: 'inline-block', transform: 'scale(0)' }}>${m} the runbook</span>`),
  bodyProbe(67, 'a style object of a colour with alpha 0', (m) => `<span style={{ color: 'rgba(0, 0, 0, 0)' }}>${m} the runbook</span>`),
  bodyProbe(68, 'a four-digit hex colour with alpha 0 in a .md post', (m) => `<span style="color:#0000">${m} the runbook</span>`, '.md'),
  bodyProbe(69, 'a style object of max-height 0', (m) => `<div style={{ maxHeight: 0, overflow: 'hidden' }}>${m} the runbook</div>`),
  bodyProbe(70, 'content-visibility hidden in a .md post', (m) => `<div style="content-visibility: hidden">${m} the runbook</div>`, '.md'),
  bodyProbe(71, 'filter opacity(0) in a .md post', (m) => `<span style="filter: opacity(0)">${m} the runbook</span>`, '.md'),
  bodyProbe(72, 'clip rect(0 0 0 0) in a .md post', (m) => `<span style="position:absolute; clip: rect(0 0 0 0)">${m} the runbook</span>`, '.md'),
  bodyProbe(73, 'a closed <dialog> in a .md post', (m) => `<dialog>${m} the runbook</dialog>`, '.md'),
  bodyProbe(74, '<noembed> and <noframes> in a .md post', (m) => `<noembed>${m} the runbook</noembed>\n\n<noframes>${m} the bridge</noframes>`, '.md'),
  bodyProbe(75, 'an <iframe> of a base64 data: URI', (m) => `<iframe title="x" src="data:text/html;base64,${base64(`<p>${m} the runbook</p>`)}" />`),
  bodyProbe(76, 'a link to a percent-encoded data: URI', (m) => `See [the note](data:text/plain,${m}%20the%20runbook).`),
  bodyProbe(77, 'an image of an SVG data: URI with a <title>', (m) => `<img alt="chart" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3Ctitle%3E${m} the runbook%3C/title%3E%3C/svg%3E" />`),
  bodyProbe(78, 'a CSS background of a base64 data: URI', (m) => `<span style={{ backgroundImage: 'url(data:text/plain;base64,${base64(`${m} orders-db`)})' }}>We rolled back.</span>`),
  bodyProbe(79, 'an autolink whose query names an internal host', (m) => `See <https://status.example.com/${m}?from=db1.corp.acme.net>.`),
  bodyProbe(80, 'an e-mail autolink of a person', () => 'Write to <ottilie.brandtmeyer@acme.com>.'),
  bodyProbe(81, 'a reference-style image of an internal host', (m) => `![The graph][g]\n\n[g]: https://grafana.internal.acme.net/${m}.png`),
  bodyProbe(82, 'a link title holding an entity-spelt <Internal>', (m) => `See [the status page](https://status.example.com/ "&#60;Internal&#62;${m} the runbook&#60;/Internal&#62;").`),
];
bodyProbes.find((p) => p.n === 78)!.leak = base64(`${canaryMarker(78)} orders-db`);
bodyProbes.find((p) => p.n === 75)!.leak = base64(`<p>${canaryMarker(75)} the runbook</p>`);
bodyProbes.find((p) => p.n === 80)!.leak = 'brandtmeyer';

/** Links to the posts customers do not see where no round looked. */
export const linkProbes: CanaryProbe[] = [
  bodyProbe(83, 'a <q cite> of the internal-only post', () => `<q cite="/incidents/${internalOnlyId}/">We rolled back.</q>`),
  bodyProbe(84, 'an <ins cite> of the internal-only post', () => `We <ins cite="/incidents/${internalOnlyId}/">rolled back</ins>.`),
  bodyProbe(85, 'an SVG <a href> to the internal-only post', () => `<svg width="10" height="10"><a href="/incidents/${internalOnlyId}/"><circle cx="5" cy="5" r="4" /></a></svg>`),
  bodyProbe(86, 'a <button formAction> to the internal-only post', () => `<form><button formAction="/incidents/${internalOnlyId}/">Earlier</button></form>`),
  bodyProbe(87, 'an <embed src> of the internal-only post', () => `<embed src="/incidents/${internalOnlyId}/" />`),
  bodyProbe(88, 'an <iframe srcDoc> linking the internal-only post', () => `<iframe title="x" srcDoc="<a href='/incidents/${internalOnlyId}/'>earlier</a>" />`),
  bodyProbe(89, 'an SVG <use href> of the internal-only post', () => `<svg width="10" height="10"><use href="/incidents/${internalOnlyId}/#i" /></svg>`),
  bodyProbe(91, 'an SVG <image href> of the internal-only post', () => `<svg width="10" height="10"><image href="/incidents/${internalOnlyId}/g.png" /></svg>`),
  bodyProbe(92, 'a link to the draft marked public', () => `See [earlier](/incidents/${draftId}/).`),
  bodyProbe(93, 'a link to the draft marked public in a .md post', () => `See [earlier](/incidents/${draftId}/).`, '.md'),
];
for (const probe of linkProbes) probe.leak = 'zvk90x';
for (const n of [92, 93]) linkProbes.find((p) => p.n === n)!.leak = 'zvk98x';

/** The posts no page may show: the internal-only post the link probes point at, and a draft marked public. */
export const hiddenPosts: CanaryProbe[] = [
  internalOnlyPost(internalOnlyId),
  {
    n: 98,
    kind: 'a draft marked public',
    source: publicProbePost({ title: `${canaryMarker(98)} draft`, summary: `${canaryMarker(98)} summary`, body: `${canaryMarker(98)} body\n` })
      .replace('status: published', 'status: draft').replace('published: 2025-03-01\n', '').replace(publicTitleLine, `  title: ${canaryMarker(98)} public title`).replaceAll('2025-03-01', '2025-03-03'),
    fileName: `${draftId}.mdx`,
  },
];

/** The probes written as postmortems (the imported and redacted ones are made by the commands). */
export const writtenProbes: CanaryProbe[] = [...fileNameProbes, ...fieldProbes, ...bodyProbes, ...linkProbes, ...hiddenPosts];
