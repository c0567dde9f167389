/**
 * Canary round 41: adversarial probes of the whole public build, none tried in rounds 32-40
 * (test/support/canary-round3{2,4,6,7,8,9}-probes.ts, canary-round40-probes.ts). Each probe is one
 * postmortem of its own carrying a unique marker `zxkNNx` (or its own `leak` text) where text must
 * stay internal or where no reader sees it; it is blocked when no built file holds it, refused when
 * the checks before Astro or the build stop its postmortem naming the file, and it leaks when a
 * built file holds it.
 */
import { canaryProbeKit, impactLine, publicSummaryLine, publicTitleLine, replaceOnce, type CanaryProbe } from './canary-probe-kit.ts';
import { publicProbePost } from './public-probe-post.ts';

export type { CanaryProbe } from './canary-probe-kit.ts';
export const { canaryMarker, aliveMarker, probeFileName } = canaryProbeKit('zxk', 'r41');
const { alive, bodyProbe, internalOnlyPost, sourceProbe } = canaryProbeKit('zxk', 'r41');
/** The text a probe must keep out of every built file. */
export const leakText = (probe: CanaryProbe) => probe.leak ?? canaryMarker(probe.n);
/** The internal-only post the link probes point at (its id holds marker 90). */
export const internalOnlyId = '2025-03-02-zxk90x-internal-only';

/**
 * A marker of letters only (`zxkqbcq` for 12): a label or id of plain words, which the guard cannot
 * tell from an identifier by its digits.
 */
export const wordMarker = (n: number) => `zxkq${[...String(n).padStart(2, '0')].map((digit) => 'abcdefghij'[Number(digit)]).join('')}q`;
/** A probe whose leak is its letters-only marker, written by `body`. */
const wordProbe = (n: number, kind: string, body: (marker: string) => string, ext?: '.md'): CanaryProbe => ({ ...bodyProbe(n, kind, () => body(wordMarker(n)), ext), leak: wordMarker(n) });

const withSummary = (s: string, summary: string) => replaceOnce(s, publicSummaryLine, `  summary: ${summary}\n---`);
const withPublicEvent = (s: string, event: string) => replaceOnce(s, 'timeline: []', `timeline:\n  - at: 2025-03-01T10:05:00Z\n    event: ${event}\n    kind: communication\n    public: true`);
const withPublicAction = (s: string, fields: string) => replaceOnce(s, 'actionItems: []', `actionItems:\n  - id: AI-1\n    title: Add a pool alert\n    due: 2025-04-01\n    priority: P1\n    type: detect\n    status: open\n    verification: The alert fires in staging.\n    public: true\n${fields}`);

/** Footnote labels and element ids of plain words: shown in the address bar when a reader follows them. */
export const addressBarProbes: CanaryProbe[] = [
  wordProbe(1, 'a footnote label of plain words', (w) => `We rolled back.[^ask-${w}-on-the-bridge]\n\n[^ask-${w}-on-the-bridge]: The pool was too small.`),
  wordProbe(2, 'a footnote label of plain words in a .md post', (w) => `We rolled back.[^ask-${w}-on-the-bridge]\n\n[^ask-${w}-on-the-bridge]: The pool was too small.`, '.md'),
  wordProbe(3, 'a footnote label referenced in other letter case', (w) => `We rolled back.[^Ask-${w.toUpperCase()}]\n\n[^ask-${w}]: The pool was too small.`),
  wordProbe(4, 'an element id of plain words', (w) => `<span id="ask-${w}-on-the-bridge">We rolled back.</span>`),
  wordProbe(5, 'a raw heading id of plain words in a .md post', (w) => `<h2 id="ask-${w}-on-the-bridge">What happened</h2>\n\nWe rolled back.`, '.md'),
  wordProbe(6, 'an in-page link to a fragment of plain words', (w) => `See [below](#ask-${w}-on-the-bridge).\n\n<span id="ask-${w}-on-the-bridge">We rolled back.</span>`),
  wordProbe(7, 'an <a name> of plain words in an .mdx post', (w) => `<a name="ask-${w}-on-the-bridge"></a>We rolled back.`),
  wordProbe(8, 'a class name of plain words', (w) => `<span className="ask-${w}-on-the-bridge">We rolled back.</span>`),
  wordProbe(9, 'a class name of plain words in a .md post', (w) => `<span class="ask-${w}-on-the-bridge">We rolled back.</span>`, '.md'),
  wordProbe(10, 'a <details name> of plain words in a .md post', (w) => `<details name="ask-${w}"><summary>More</summary>We rolled back.</details>`, '.md'),
];

/** Link and image titles, alts, autolinks and URLs of schemes and parts no round tried. */
export const linkProbes: CanaryProbe[] = [
  bodyProbe(11, 'a link title naming an internal host', (m) => `See [the status page](https://status.example.com/ "mirrored from wiki.corp.acme.net/${m}").`),
  bodyProbe(12, 'an image alt naming an internal host', (m) => `![graph from grafana.corp.acme.net/${m}](https://status.example.com/g.png)`),
  bodyProbe(13, 'an image title naming an internal host in a .md post', (m) => `![graph](https://status.example.com/g.png "from grafana.corp.acme.net/${m}")`, '.md'),
  bodyProbe(14, 'a reference definition title naming an internal host in a .md post', (m) => `See [the status page][s].\n\n[s]: https://status.example.com/ "mirrored from wiki.corp.acme.net/${m}"`, '.md'),
  bodyProbe(15, 'an autolink of a private IPv4 address in a .md post', (m) => `See <http://10.20.30.40/${m}>.`, '.md'),
  bodyProbe(16, 'a bare URL of a private IPv4 address in a .md post', (m) => `See http://192.168.14.20/${m} for the graph.`, '.md'),
  bodyProbe(17, 'an autolink of a private IPv6 address in a .md post', (m) => `See <http://[fd00::14]/${m}>.`, '.md'),
  bodyProbe(18, 'a bare URL of a single-label intranet host', (m) => `See http://wiki/${m} for the graph.`),
  bodyProbe(19, 'a mailto: link whose cc is an internal address', (m) => `Write to [support](mailto:support@status.example.com?cc=dba@corp.acme.net&subject=${m}).`),
  bodyProbe(20, 'a tel: link with an extension word', (m) => `Call [the bridge](tel:+1-555-0100;ext=${m}).`),
  bodyProbe(21, 'a data: autolink in a .md post', (m) => `See <data:text/plain,${m}%20the%20runbook>.`, '.md'),
  bodyProbe(22, 'a file: link to a home folder', (m) => `See [the notes](file:///home/oncall/${m}/notes.txt).`),
  bodyProbe(23, 'an ssh: link to an internal host', (m) => `See [the repository](ssh://git@git.corp.acme.net/${m}.git).`),
  bodyProbe(24, 'an smb: link to a file share', (m) => `See [the share](smb://fileserver/${m}/runbook.docx).`),
  bodyProbe(25, 'an s3: address in a .md post', (m) => `The dump is in [the bucket](s3://acme-internal-backups/${m}/dump.sql).`, '.md'),
  bodyProbe(26, 'a jdbc: address of an internal database in a code span', (m) => `The pool pointed at \`jdbc:postgresql://pg-prod-07.corp.acme.net:5432/${m}\`.`),
  bodyProbe(27, 'a query string naming an internal host on a public link', (m) => `See [the status page](https://status.example.com/?from=grafana.corp.acme.net&panel=${m}).`),
  bodyProbe(28, 'a fragment naming an internal host on a public link', (m) => `See [the status page](https://status.example.com/#wiki.corp.acme.net/${m}).`),
  bodyProbe(29, 'a query string naming a person on a public link', () => `See [the status page](https://status.example.com/?assignee=margarethe.vollbrecht).`),
  bodyProbe(30, 'a link to a private chat archive', (m) => `See [the thread](https://acme.slack.com/archives/C024BE91L/p${m}).`),
  bodyProbe(31, 'a link to a private document', (m) => `See [the doc](https://docs.google.com/document/d/${m}-ask-the-dba/edit).`),
  bodyProbe(32, 'an internal host in a .corp top-level domain as a bare URL', (m) => `See https://jira.acme.corp/browse/${m} for the ticket.`),
];
linkProbes.find((p) => p.n === 29)!.leak = 'vollbrecht';

/** Raw HTML attributes no round tried, and elements whose attribute holds the words. */
export const attributeProbes: CanaryProbe[] = [
  bodyProbe(33, 'a title attribute naming an internal host in a .md post', (m) => `<span title="from grafana.corp.acme.net/${m}">We rolled back.</span>`, '.md'),
  bodyProbe(34, 'an <abbr title> naming an internal host', (m) => `The <abbr title="pg-prod-07.corp.acme.net ${m}">DB</abbr> filled up.`),
  bodyProbe(35, 'a data-pagefind-filter holding words', (m) => `<span data-pagefind-filter="owner:${m} the runbook">We rolled back.</span>`),
  bodyProbe(36, 'a data-pagefind-meta holding words in a .md post', (m) => `<span data-pagefind-meta="owner:${m} the runbook">We rolled back.</span>`, '.md'),
  bodyProbe(37, 'a lang attribute holding words', (m) => `<span lang="${m}-the-runbook">We rolled back.</span>`),
  bodyProbe(38, 'a dir attribute holding words in a .md post', (m) => `<span dir="${m} the runbook">We rolled back.</span>`, '.md'),
  bodyProbe(39, 'a <q cite> of an internal host', (m) => `<q cite="https://wiki.corp.acme.net/${m}">We rolled back.</q>`),
  bodyProbe(40, 'a <time datetime> holding words', (m) => `<time dateTime="${m} the runbook">at ten</time> we rolled back.`),
  bodyProbe(41, 'an <ins datetime> holding words in a .md post', (m) => `<ins datetime="${m} the runbook">We rolled back.</ins>`, '.md'),
  bodyProbe(42, 'a <data value> (never shown)', (m) => `We rolled back <data value="${m} the runbook">at ten</data>.`),
  bodyProbe(43, 'an <a download> file name', (m) => `See <a href="https://status.example.com/r.pdf" download="${m}-the-runbook.pdf">the report</a>.`),
  bodyProbe(44, 'a font-family naming words', (m) => `<span style={{ fontFamily: '"${m} the runbook", serif' }}>We rolled back.</span>`),
  bodyProbe(45, 'a rel value holding words in a .md post', (m) => `<a href="https://status.example.com/" rel="author ${m}">the status page</a>`, '.md'),
  bodyProbe(46, 'an itemprop and <meta itemprop content> in microdata', (m) => `<div itemScope><span itemProp="${m}-the-runbook">We rolled back.</span></div>`),
  bodyProbe(47, 'an <iframe name> holding words', (m) => `<iframe name="${m}-the-runbook" src="https://status.example.com/"></iframe>`),
  bodyProbe(48, 'an <img alt> naming an internal host in raw HTML', (m) => `<img src="https://status.example.com/g.png" alt="graph from grafana.corp.acme.net/${m}" />`),
  bodyProbe(49, 'a placeholder naming an internal host in a .md post', (m) => `<input placeholder="see grafana.corp.acme.net/${m}" />`, '.md'),
  bodyProbe(50, 'an <option label> naming an internal host', (m) => `<select><option label="grafana.corp.acme.net/${m}" value="a">A</option></select>`),
  bodyProbe(51, 'a <track label> naming an internal host', (m) => `<video src="https://status.example.com/v.mp4"><track kind="captions" label="grafana.corp.acme.net/${m}" /></video>`),
  bodyProbe(52, 'a translate and a slot attribute holding words', (m) => `<span slot="${m}-the-runbook">We rolled back.</span>`),
];

/** <Internal> and <PublicOnly> nested, split by a fence, and around line ends no round tried. */
export const tagProbes: CanaryProbe[] = [
  bodyProbe(53, '<Internal> nested in <PublicOnly> inline in a paragraph', (m) => `We <PublicOnly>rolled back <Internal>${m} the runbook</Internal> quickly</PublicOnly>.`),
  bodyProbe(54, '<PublicOnly> nested in <Internal> inline in a paragraph', (m) => `We <Internal>${m} the runbook <PublicOnly>rolled back</PublicOnly> ${m} again</Internal>.`),
  bodyProbe(55, '<Internal> in <PublicOnly> in <Internal>', (m) => `<Internal>\n\n<PublicOnly>\n\n<Internal>\n\n${m} the runbook\n\n</Internal>\n\n</PublicOnly>\n\n</Internal>`),
  bodyProbe(56, 'an <Internal> split by a fence left open (the closing tag in code)', (m) => `<Internal>\n\n${m} the runbook\n\n~~~\n</Internal>\n\nWe rolled back.`),
  bodyProbe(57, 'an <Internal> split by a fence left open in a .md post', (m) => `<Internal>\n\n${m} the runbook\n\n~~~\n</Internal>\n\nWe rolled back.`, '.md'),
  bodyProbe(58, 'a fence opened before <Internal> and closed inside it', (m) => '```\nok\n<Internal>\n```\n\n' + `${m} the runbook\n\n</Internal>`),
  bodyProbe(59, 'an inline <Internal> spanning a CRLF line end', (m) => `We <Internal>${m}\r\nthe runbook</Internal> rolled back.\r\n`),
  bodyProbe(60, 'lone CR line ends around <Internal> in a .md post', (m) => `<Internal>\r\r${m} the runbook\r\r</Internal>\r`, '.md'),
  bodyProbe(61, 'a lone CR between the opening tag and the words', (m) => `We <Internal>\r${m} the runbook</Internal> rolled back.`),
  bodyProbe(62, 'an internal host after a 150,000-character token in a line of code in a .md post', (m) => `    ${'x'.repeat(150000)} grafana.corp.acme.net/${m}`, '.md'),
  bodyProbe(63, '<Internal> inside a <q>', (m) => `<q>We rolled back <Internal>${m} the runbook</Internal></q>`),
  bodyProbe(64, '<Internal> inside an <abbr>', (m) => `The <abbr title="database">DB <Internal>${m} the runbook</Internal></abbr> filled up.`),
  bodyProbe(65, '<Internal> inside a <time>', (m) => `At <time dateTime="2025-03-01T10:05:00Z">10:05 <Internal>${m} the runbook</Internal></time> we rolled back.`),
  bodyProbe(66, '<Internal> inside a <data>', (m) => `We rolled back <data value="10">ten <Internal>${m} the runbook</Internal></data> minutes later.`),
  bodyProbe(67, 'Markdown inside a raw <section> holding <Internal>', (m) => `<section>\n\nWe rolled back.\n\n<Internal>\n\n${m} the runbook\n\n</Internal>\n\n</section>`),
  bodyProbe(68, 'Markdown inside a raw <blockquote> holding <Internal>', (m) => `<blockquote>\n\n**We rolled back.**\n\n<Internal>\n\n${m} the runbook\n\n</Internal>\n\n</blockquote>`),
  wordProbe(69, 'a heading id written {#words} in a .md post', (w) => `## What happened {#ask-${w}-on-the-bridge}\n\nWe rolled back.`, '.md'),
  bodyProbe(87, 'a 40,000-character hex run in a title attribute in a .md post (a pattern too large to compile)', (m) => `<span title="${'a'.repeat(40000)} ${m}">We rolled back.</span>`, '.md'),
  bodyProbe(86, 'an internal host at the end of a 100,000-character title attribute in a .md post', (m) => `<span title="${'We rolled back. '.repeat(6250)}grafana.corp.acme.net/${m}">We rolled back.</span>`, '.md'),
];

/** Frontmatter fields and vocabulary names that become text or addresses. */
export const fieldProbes: CanaryProbe[] = [
  sourceProbe(70, 'a public action item owned by a team id holding words', (s, m) => withPublicAction(s, `    owner: ${m}-the-runbook`)),
  sourceProbe(71, 'a public action item owner written as a handle', (s, m) => withPublicAction(s, `    owner: "@acme/${m}"`)),
  sourceProbe(72, 'a tag of the vocabulary holding a marker on a public post (feed category, filters)', (s) => replaceOnce(s, 'tags: [config]', 'tags: [config, zxk72x-tag]')),
  sourceProbe(73, 'a service whose id holds a marker, with a public name', (s) => replaceOnce(s, 'services: [checkout-api]', 'services: [checkout-api, zxk73x-ledger]')),
  sourceProbe(74, 'a trigger whose name holds a marker', (s) => replaceOnce(s, 'trigger: configuration', 'trigger: zxk74x-trigger')),
  sourceProbe(75, 'a team whose name and handle hold a marker', (s) => replaceOnce(s, 'teams: [checkout]', 'teams: [checkout, zxk75x-team]')),
  sourceProbe(76, 'a commander (the feed\'s author field)', (s, m) => replaceOnce(s, 'drafted:', `commander: ${m}-incident-commander\ndrafted:`)),
  sourceProbe(77, 'a severity name holding a marker', (s, m) => replaceOnce(s, 'severity: SEV-3', `severity: SEV-3 ${m}`)),
  sourceProbe(78, 'a public timeline event with a link title naming an internal host', (s, m) => withPublicEvent(s, `'See [the status page](https://status.example.com/ "from wiki.corp.acme.net/${m}")'`)),
  sourceProbe(79, 'a public summary holding a private IPv4 address', (s, m) => withSummary(s, `Checkout failed for some customers behind 10.20.30.40/${m}.`)),
];

/** A public post whose internal title and summary hold a marker, related to and linked from another public post. */
const relatedTarget: CanaryProbe = {
  n: 80,
  kind: 'a public post whose internal title and summary hold a marker (the related list of another)',
  source: publicProbePost({ title: 'zxk80x internal title', summary: 'zxk80x internal summary.', body: `${alive(80)}\n` }),
  fileName: '2025-03-01-r41-related-target.mdx',
};
export const relatedProbes: CanaryProbe[] = [
  relatedTarget,
  { n: 81, kind: 'a public post related to one whose internal title holds a marker', source: replaceOnce(publicProbePost({ body: `${alive(81)}\n` }), 'related: []', 'related: [2025-03-01-r41-related-target]'), leak: 'zxk80x' },
  { n: 82, kind: 'a link whose words are empty to a public post whose internal title holds a marker', source: publicProbePost({ body: `${alive(82)}\n\nSee [](/incidents/2025-03-01-r41-related-target/).\n` }), leak: 'zxk80x' },
];

/** Links to the internal-only post where no round looked. */
export const hiddenLinkProbes: CanaryProbe[] = [
  bodyProbe(83, 'a mailto: body naming the internal-only post\'s address', () => `Write to [support](mailto:support@status.example.com?body=/incidents/${internalOnlyId}/).`),
  bodyProbe(84, 'a link title naming the internal-only post in a .md post', () => `See [earlier](https://status.example.com/ "/incidents/${internalOnlyId}/").`, '.md'),
  bodyProbe(85, 'an <a download> naming the internal-only post', () => `<a href="https://status.example.com/" download="${internalOnlyId}.pdf">the report</a>`),
];
for (const probe of hiddenLinkProbes) probe.leak = 'zxk90x';

/** The post no page may show: the internal-only post the link probes point at. */
export const hiddenPosts: CanaryProbe[] = [internalOnlyPost(internalOnlyId)];

/** The vocabulary entries the field probes use: their ids, names, handles and descriptions hold markers. */
export const vocabularyExtra: Record<string, string> = {
  'services.yaml': '\nzxk73x-ledger:\n  name: Zxk73x ledger\n  owner: checkout\n  tier: 2\n  publicName: Billing\n  description: zxk73x ledger of refunds.\n',
  'teams.yaml': '\nzxk75x-team:\n  name: Zxk75x team\n  handle: "@acme/zxk75x"\n',
  'tags.yaml': '\nzxk72x-tag:\n  description: "zxk72x ledger tag."\n',
  'triggers.yaml': '\nzxk74x-trigger:\n  name: Zxk74x ledger trigger\n  description: zxk74x ledger description.\n',
};

export const allProbes: CanaryProbe[] = [...addressBarProbes, ...linkProbes, ...attributeProbes, ...tagProbes, ...fieldProbes, ...relatedProbes, ...hiddenLinkProbes, ...hiddenPosts];
