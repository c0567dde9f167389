/**
 * Canary round 34: adversarial probes of the whole public build, none tried in round 32
 * (test/support/canary-round32-probes.ts). Each probe is one postmortem of its own carrying a
 * unique marker `zrkNNx` where text must stay internal; a probe is blocked when no built file holds
 * its marker, refused when the checks before Astro or the build itself stop its postmortem naming
 * the file, and it leaks when a built file holds the marker.
 */
import { publicProbePost } from './public-probe-post.ts';
import { canaryProbeKit, impactLine, onePixelPng, publicSummaryLine, publicTitleLine, replaceOnce, type CanaryProbe } from './canary-probe-kit.ts';

export type { CanaryProbe } from './canary-probe-kit.ts';
export const { canaryMarker, aliveMarker, probeFileName } = canaryProbeKit('zrk', 'r34');
const { alive, bodyProbe, sourceProbe } = canaryProbeKit('zrk', 'r34');
/** The internal-only post every link probe points at (its id holds marker 90). */
export const internalOnlyId = '2025-03-02-zrk90x-internal-only';

/** YAML: anchors, aliases, merge keys, block scalars and tags. */
export const yamlProbes: CanaryProbe[] = [
  sourceProbe(1, 'an anchor on the internal title, its alias as the public title', (s, m) => replaceOnce(replaceOnce(s, 'title: Probe', `title: &internalTitle ${m} orders-db pool exhausted`), publicTitleLine, '  title: *internalTitle')),
  sourceProbe(2, 'an anchor on the internal summary, its alias as the public summary', (s, m) => replaceOnce(replaceOnce(s, 'summary: Checkout failed for some customers.\nseverity', `summary: &sum ${m} the orders-db pool ran dry.\nseverity`), publicSummaryLine, '  summary: *sum\n---')),
  sourceProbe(3, 'an anchor on a non-public timeline event, its alias in a public one', (s, m) => replaceOnce(s, 'timeline: []', `timeline:\n  - at: 2025-03-01T10:05:00Z\n    event: &ev ${m} paged the lead on the bridge.\n    kind: escalation\n  - at: 2025-03-01T10:06:00Z\n    event: *ev\n    kind: communication\n    public: true`)),
  sourceProbe(4, 'an anchor on a commander, its alias as the impact description', (s, m) => replaceOnce(replaceOnce(s, 'drafted:', `commander: &ic ${m} IC on the bridge\ndrafted:`), impactLine, '  description: *ic')),
  sourceProbe(5, 'a merge key copying an internal map into the public wording', (s, m) => replaceOnce(replaceOnce(s, 'drafted:', `x-internal: &w\n  title: ${m} internal wording\ndrafted:`), `public:\n${publicTitleLine}`, 'public:\n  <<: *w')),
  sourceProbe(6, 'a folded block scalar with <Internal> on its second line (public summary)', (s, m) => replaceOnce(s, publicSummaryLine, `  summary: >\n    Checkout failed for some customers.\n    <Internal>${m} the runbook</Internal>\n---`)),
  sourceProbe(7, 'a literal block scalar with <Internal> (impact description)', (s, m) => replaceOnce(s, impactLine, `  description: |\n    Some customers could not check out.\n    <Internal>${m} the runbook</Internal>`)),
  sourceProbe(8, 'a !!binary tag on the public summary (base64 of internal text)', (s, m) => replaceOnce(s, publicSummaryLine, `  summary: !!binary ${Buffer.from(`${m} the runbook`).toString('base64')}\n---`)),
  sourceProbe(9, 'a !!str tag on the public title holding <Internal>', (s, m) => replaceOnce(s, publicTitleLine, `  title: !!str "Checkout errors <Internal>${m}</Internal>"`)),
  sourceProbe(10, 'a double-quoted public title with an escaped line break into <Internal>', (s, m) => replaceOnce(s, publicTitleLine, `  title: "Checkout errors\\n<Internal>${m}</Internal>"`)),
  sourceProbe(11, 'the public wording written twice (duplicate key, the second internal)', (s, m) => replaceOnce(s, publicSummaryLine, `${publicSummaryLine.replace('\n---', '')}\n  summary: ${m} the orders-db pool ran dry.\n---`)),
  sourceProbe(12, 'visibility written twice (internal, then public)', (s) => replaceOnce(s, 'visibility: public', 'visibility: internal\nvisibility: public')),
  sourceProbe(13, 'a flow map for the public wording with an alias into it', (s, m) => replaceOnce(replaceOnce(s, 'drafted:', `signals: [&sig "${m} CheckoutPoolExhausted"]\ndrafted:`), `public:\n${publicTitleLine}`, 'public:\n  title: *sig')),
  sourceProbe(104, 'an alias of the internal title in an opted-in risk', (s, m) => replaceOnce(replaceOnce(replaceOnce(s, 'title: Probe', `title: &t ${m} pool ran dry`), 'related: []', 'related: []\nrisks: [*t]'), publicSummaryLine, `${publicSummaryLine.replace('\n---', '')}\n  include: [risks]\n---`)),
  sourceProbe(105, 'an alias of an internal action item title as a public one\'s', (s, m) => replaceOnce(s, 'actionItems: []', `actionItems:\n  - id: AI-1\n    title: &ai ${m} rotate the bridge password\n    owner: checkout\n    due: 2025-04-01\n    priority: P1\n    type: prevent\n    status: open\n    verification: Reviewed.\n  - id: AI-2\n    title: *ai\n    owner: checkout\n    due: 2025-04-01\n    priority: P1\n    type: prevent\n    status: open\n    verification: Reviewed.\n    public: true`)),
  sourceProbe(14, 'a YAML directive / document marker in the frontmatter', (s, m) => replaceOnce(s, `public:\n${publicTitleLine}`, `public:\n${publicTitleLine}\n  # ${m}\n...`)),
];

/** Frontmatter fields of the schema round 32 did not probe, and `<Internal>` in public fields. */
export const fieldProbes: CanaryProbe[] = [
  sourceProbe(15, 'signals (internal only)', (s, m) => replaceOnce(s, 'drafted:', `signals: ["${m} x509: certificate has expired"]\ndrafted:`)),
  sourceProbe(16, 'a status-page link (not on the public post)', (s, m) => replaceOnce(s, 'drafted:', `statusPage: https://status.example.com/incidents/${m}\ndrafted:`)),
  sourceProbe(17, 'the impact SLO', (s, m) => replaceOnce(s, impactLine, `${impactLine}\n  slo: ${m} checkout availability 99.95%`)),
  sourceProbe(18, 'a security block (classification, evidence)', (s, m) => replaceOnce(s, 'drafted:', `security:\n  classification: [availability]\n  personalData: false\n  evidence:\n    - what: ${m} load balancer logs\n      where: s3://evidence/${m}\n      collected: 2025-03-01T11:00:00Z\n      collectedBy: sre\ndrafted:`)),
  sourceProbe(19, 'imported: the source path', (s, m) => replaceOnce(s, 'drafted:', `historical: true\nimported:\n  source: /home/ops/${m}/notes.md\n  format: markdown\n  on: 2025-03-05\ndrafted:`)),
  sourceProbe(20, 'a timeline entry\'s source (public entry)', (s, m) => replaceOnce(s, 'timeline: []', `timeline:\n  - at: 2025-03-01T10:05:00Z\n    event: Status page updated.\n    kind: communication\n    source: ${m}-pagerduty\n    public: true`)),
  sourceProbe(21, 'contributors, mitigators and risks not opted in', (s, m) => replaceOnce(s, 'related: []', `related: []\ncontributors: ["${m} pool too small"]\nmitigators: ["${m} canary"]\nrisks: ["${m} no alert"]`)),
  sourceProbe(22, '<Internal> in an opted-in risk', (s, m) => replaceOnce(replaceOnce(s, 'related: []', `related: []\nrisks: ["No alert yet. <Internal>${m} the runbook</Internal>"]`), publicSummaryLine, `${publicSummaryLine.replace('\n---', '')}\n  include: [risks]\n---`)),
  sourceProbe(23, '<Internal> in the impact description', (s, m) => replaceOnce(s, impactLine, `  description: "Some customers could not check out. <Internal>${m} the runbook</Internal>"`)),
  sourceProbe(24, '<Internal> in a public action item\'s title', (s, m) => replaceOnce(s, 'actionItems: []', `actionItems:\n  - id: AI-1\n    title: "Add an alert <Internal>${m} the runbook</Internal>"\n    owner: checkout\n    due: 2025-04-01\n    priority: P1\n    type: detect\n    status: open\n    verification: The alert fires in staging.\n    public: true`)),
  sourceProbe(25, '<Internal> in the public title', (s, m) => replaceOnce(s, publicTitleLine, `  title: "Checkout errors <Internal>${m}</Internal>"`)),
  sourceProbe(26, 'a lower-case <internal> in the public summary', (s, m) => replaceOnce(s, publicSummaryLine, `  summary: "Checkout failed. <internal>${m} the runbook</internal>"\n---`)),
  sourceProbe(27, 'an entity-encoded tag in the public summary', (s, m) => replaceOnce(s, publicSummaryLine, `  summary: "Checkout failed. &lt;Internal&gt;${m} the runbook&lt;/Internal&gt;"\n---`)),
  sourceProbe(28, 'a raw link to an internal host in a public timeline event', (s, m) => replaceOnce(s, 'timeline: []', `timeline:\n  - at: 2025-03-01T10:05:00Z\n    event: "Dashboards: https://grafana.internal.acme.net/d/${m}"\n    kind: communication\n    public: true`)),
  sourceProbe(29, 'a Markdown link in the public summary to an internal host', (s, m) => replaceOnce(s, publicSummaryLine, `  summary: "Checkout failed, see [the runbook](https://wiki.corp.acme.net/${m})."\n---`)),
  sourceProbe(30, 'an internal service id in the public summary (orders-db)', (s) => replaceOnce(s, publicSummaryLine, '  summary: "Checkout failed when orders-db ran out of connections."\n---')),
  sourceProbe(31, 'a team handle in a public action item (@acme/data)', (s) => replaceOnce(s, 'actionItems: []', 'actionItems:\n  - id: AI-1\n    title: "@acme/data adds a pool alert"\n    owner: data\n    due: 2025-04-01\n    priority: P1\n    type: detect\n    status: open\n    verification: The alert fires in staging.\n    public: true')),
  sourceProbe(32, 'an action item owned by an internal team, its link and verification (public item)', (s, m) => replaceOnce(s, 'actionItems: []', `actionItems:\n  - id: ${m.toUpperCase()}-1\n    title: Add a pool alert\n    owner: data\n    due: 2025-04-01\n    priority: P1\n    type: detect\n    status: open\n    verification: ${m} checked by the data team.\n    link: https://tracker.example.com/${m}\n    public: true`)),
  sourceProbe(33, 'a reviewer and a commander given as team handles', (s, m) => replaceOnce(s, 'drafted:', `reviewers: ["@acme/data", "${m}"]\ncommander: "IC: ${m} on-call"\ndrafted:`)),
  sourceProbe(34, 'an internal-only service first (the primary service)', (s) => replaceOnce(s, 'services: [checkout-api]', 'services: [orders-db, checkout-api]')),
  sourceProbe(35, 'a public timeline event with <Internal> split by a zero-width space', (s, m) => replaceOnce(s, 'timeline: []', `timeline:\n  - at: 2025-03-01T10:05:00Z\n    event: "Status page updated. <Inte\u200Brnal>${m}</Inte\u200Brnal>"\n    kind: communication\n    public: true`)),
];

/** Markdown and MDX constructs in the body. */
export const bodyProbes: CanaryProbe[] = [
  bodyProbe(36, 'a setext heading with <Internal> inline', (m) => `Recovery <Internal>${m}</Internal>\n--------\n\nWe rolled back.`),
  bodyProbe(37, 'emphasis across the <Internal> boundary', (m) => `*We rolled back <Internal>${m}* the runbook</Internal>.`),
  bodyProbe(38, 'a hard break (two spaces) inside <Internal>', (m) => `<Internal>The runbook  \n${m} step two</Internal>`),
  bodyProbe(39, 'a backslash hard break before <Internal>', (m) => `We rolled back.\\\n<Internal>${m} the runbook</Internal>`),
  bodyProbe(40, 'numeric entities for the tags (&#60;Internal&#62;)', (m) => `&#60;Internal&#62;${m} the runbook&#60;/Internal&#62;`),
  bodyProbe(41, 'hex entities for the tags (&#x3C;Internal&#x3E;)', (m) => `&#x3C;Internal&#x3E;${m} the runbook&#x3C;/Internal&#x3E;`),
  bodyProbe(42, '<Internal> split by a zero-width space', (m) => `<Inte\u200Brnal>${m} the runbook</Inte\u200Brnal>`),
  bodyProbe(43, '<Internal> split by a soft hyphen', (m) => `<Inter\u00ADnal>${m} the runbook</Inter\u00ADnal>`),
  bodyProbe(44, '<Internal> with a combining mark', (m) => `<Interna\u0301l>${m} the runbook</Interna\u0301l>`),
  bodyProbe(45, 'a Greek capital iota for the I', (m) => `<\u0399nternal>${m} the runbook</\u0399nternal>`),
  bodyProbe(46, 'a small roman numeral fifty for the l', (m) => `<Interna\u217C>${m} the runbook</Interna\u217C>`),
  bodyProbe(47, 'a mathematical bold I', (m) => `<\u{1D408}nternal>${m} the runbook</\u{1D408}nternal>`),
  bodyProbe(48, 'a zero-width joiner right after <', (m) => `<\u200DInternal>${m} the runbook</\u200DInternal>`),
  bodyProbe(49, 'a mermaid fence holding <Internal>', (m) => `\`\`\`mermaid\ngraph TD\n  A[checkout] --> B[<Internal>${m}</Internal>]\n\`\`\``),
  bodyProbe(50, 'a math fence holding <Internal>', (m) => `\`\`\`math\n\\text{<Internal>${m}</Internal>}\n\`\`\``),
  bodyProbe(51, 'a tilde fence with an html language holding <Internal>', (m) => `~~~html\n<p><Internal>${m}</Internal></p>\n~~~`),
  bodyProbe(52, 'an autolink to an internal host', (m) => `See <https://grafana.internal.acme.net/d/${m}>.`),
  bodyProbe(53, 'a bare URL to an internal host (GFM autolink literal)', (m) => `See https://wiki.corp.acme.net/runbooks/${m} for the steps.`),
  bodyProbe(54, 'strikethrough around <Internal>', (m) => `~~<Internal>${m} the runbook</Internal>~~`),
  bodyProbe(55, '<PublicOnly> nested inside <Internal>', (m) => `<Internal>\n<PublicOnly>${m} the runbook</PublicOnly>\n</Internal>`),
  bodyProbe(56, '<Internal> opened in one list item and closed in the next', (m) => `- a public step\n- <Internal>the runbook\n- ${m} step two</Internal>`),
  bodyProbe(57, '<Internal> opened in a blockquote and closed outside it', (m) => `> <Internal>${m} the runbook\n\n</Internal>`),
  bodyProbe(58, '<Internal> spanning two table cells', (m) => `| a | b |\n| --- | --- |\n| <Internal>one | ${m}</Internal> |`),
  bodyProbe(59, 'closed with a different case </internal>', (m) => `<Internal>${m} the runbook</internal>`),
  bodyProbe(60, 'an MDX comment inside the opening tag', (m) => `<Internal {/* ${m} */}>the runbook</Internal>`),
  bodyProbe(61, 'an inline link title holding <Internal>', (m) => `See [the notice](https://status.example.com/n "<Internal>${m}</Internal>").`),
  bodyProbe(62, '<Internal> inside a title attribute of public HTML', (m) => `<abbr title="<Internal>${m}</Internal>">SLO</abbr> was missed.`),
  bodyProbe(63, 'a data- attribute holding text (unseen)', (m) => `<span data-note="${m} the runbook">Recovered.</span>`),
  bodyProbe(64, 'a JSX attribute expression holding text', (m) => `<abbr title={'${m} the runbook'}>SLO</abbr> was missed.`),
  bodyProbe(65, '<template> (never shown)', (m) => `<template>${m} the runbook</template>`),
  bodyProbe(66, 'an image from an internal host (its address)', (m) => `![latency graph](https://grafana.internal.acme.net/render/${m}.png)`),
  bodyProbe(67, 'an iframe of an internal host', (m) => `<iframe src="https://grafana.internal.acme.net/d/${m}"></iframe>`),
  bodyProbe(68, 'a footnote label used only inside <Internal>', (m) => `We rolled back.<Internal>[^${m}]</Internal>\n\n[^${m}]: A public note.`),
  bodyProbe(69, 'a heading id written inside <Internal> ({#id})', (m) => `## Recovery <Internal>{#${m}}</Internal>\n\nWe rolled back.`),
  bodyProbe(70, 'a processing instruction in a .md post', (m) => `<?note ${m} the runbook ?>`, '.md'),
  bodyProbe(71, 'a declaration in a .md post', (m) => `<!NOTE ${m} the runbook>`, '.md'),
  bodyProbe(72, 'a CDATA section in a .md post', (m) => `<![CDATA[ ${m} the runbook ]]>`, '.md'),
  bodyProbe(73, 'a <script> block in a .md post', (m) => `<script>\n// ${m} the runbook\n</script>`, '.md'),
  bodyProbe(74, 'a <style> block in a .md post', (m) => `<style>\n/* ${m} the runbook */\n</style>`, '.md'),
  bodyProbe(75, 'a <textarea> block (raw text) holding <Internal> in a .md post', (m) => `<textarea>\n<Internal>${m} the runbook</Internal>\n</textarea>`, '.md'),
  bodyProbe(76, 'a custom element (HTML block type 7) in a .md post, display:none', (m) => `<runbook-note style="display:none">\n${m} the runbook\n</runbook-note>`, '.md'),
  bodyProbe(77, 'numeric entities for the tags in a .md post', (m) => `&#60;Internal&#62;${m} the runbook&#60;/Internal&#62;`, '.md'),
  bodyProbe(78, '<noscript> in an .mdx post', (m) => `<noscript>${m} the runbook</noscript>`),
  bodyProbe(79, 'an <input type="hidden"> value', (m) => `<input type="hidden" value="${m} the runbook" />`),
  bodyProbe(80, 'an image referenced only inside <Internal> (its file in dist)', (m) => `<Internal>\n\n![pool graph](./${m}-pool.png)\n\n</Internal>`),
  bodyProbe(81, '<Internal> inside a one-line <details>', (m) => `<details><summary>More</summary><Internal>${m} the runbook</Internal></details>`),
  bodyProbe(99, 'a lower-case Greek iota: <ιnternal>', (m) => `<\u03B9nternal>${m} the runbook</\u03B9nternal>`),
  bodyProbe(100, 'a data- attribute in a .md post', (m) => `<p data-note="${m} the runbook">Recovered.</p>`, '.md'),
];
bodyProbes.find((p) => p.n === 80)!.assets = { [`${canaryMarker(80)}-pool.png`]: onePixelPng };

/** Links and related posts to the internal-only post by other spellings of its id. */
export const linkProbes: CanaryProbe[] = [
  sourceProbe(82, 'related: the id in upper case', (s) => replaceOnce(s, 'related: []', `related: [${internalOnlyId.toUpperCase()}]`)),
  sourceProbe(83, 'related: the id with a trailing slash', (s) => replaceOnce(s, 'related: []', `related: ["${internalOnlyId}/"]`)),
  sourceProbe(84, 'related: the id URL-encoded', (s) => replaceOnce(s, 'related: []', `related: ["${internalOnlyId.replace(/-/g, '%2D')}"]`)),
  sourceProbe(85, 'related: ./ and the file name', (s) => replaceOnce(s, 'related: []', `related: ["./${internalOnlyId}.mdx"]`)),
  bodyProbe(86, 'a link by the public address without the trailing slash', () => `See [earlier](/incidents/${internalOnlyId}).`),
  bodyProbe(87, 'a link by the public address in upper case', () => `See [earlier](/INCIDENTS/${internalOnlyId.toUpperCase()}/).`),
  bodyProbe(88, 'a link by the URL-encoded public address', () => `See [earlier](/incidents/${internalOnlyId.replace(/-/g, '%2D')}/).`),
  bodyProbe(89, 'a link by ./ and the .md file name', () => `See [earlier](./${internalOnlyId}.md).`),
  bodyProbe(91, 'an absolute link to the internal site\'s page of the post', () => `See [earlier](https://kb.acme.net/postmortems/${internalOnlyId}/).`),
  bodyProbe(92, 'a raw <a href> to the internal-only post', () => `See <a href="/incidents/${internalOnlyId}/">earlier</a>.`),
  bodyProbe(93, 'an autolink to the internal-only post\'s public address', () => `See <https://status.acme.com/incidents/${internalOnlyId}/>.`),
  bodyProbe(94, 'a link with a query string to the internal-only post', () => `See [earlier](/incidents/${internalOnlyId}/?from=x).`),
  bodyProbe(95, 'a link by index.html to the internal-only post', () => `See [earlier](/incidents/${internalOnlyId}/index.html).`),
  bodyProbe(101, 'a Markdown link to the internal-only post in a .md post', () => `See [earlier](/incidents/${internalOnlyId}/).`, '.md'),
  bodyProbe(102, 'an HTML link, URL-encoded, to the internal-only post in a .md post', () => `<p>See <a href="/incidents/${internalOnlyId.replace(/-/g, '%2d')}/">earlier</a>.</p>`, '.md'),
  bodyProbe(103, 'an absolute link to the internal site, the id in capitals', () => `See [earlier](https://kb.acme.net/POSTMORTEMS/${internalOnlyId.toUpperCase()}/).`),
];

/** Posts whose name is the probe, and posts no public page may show. */
export const namedPosts: CanaryProbe[] = [
  { n: 96, kind: 'a public post whose file name is an internal service id (orders-db)', source: publicProbePost({ body: `${alive(96)}\n` }), fileName: '2025-03-01-orders-db.mdx' },
  { n: 97, kind: 'a public post whose file name is an internal team name (data-platform)', source: publicProbePost({ body: `${alive(97)}\n` }), fileName: '2025-03-01-data-platform-outage.mdx' },
];

/**
 * The internal-only post every link probe points at: its service (notification-service, "Email
 * and SMS notifications") and team no public post uses; and a draft marked public of a year with
 * no public post (no year page, filter value or count may show 2019).
 */
export const hiddenPosts: CanaryProbe[] = [
  {
    n: 90,
    kind: 'the internal-only post (title, public wording, a service and team only it uses)',
    source: publicProbePost({ title: 'zrk90x internal only', summary: 'zrk90x summary', body: 'zrk90x body\n' })
      .replace('visibility: public', 'visibility: internal').replace(publicTitleLine, '  title: zrk90x public title')
      .replace('services: [checkout-api]', 'services: [notification-service]').replace('teams: [checkout]', 'teams: [notifications]')
      .replaceAll('2025-03-01', '2025-03-02'),
    fileName: `${internalOnlyId}.mdx`,
  },
  {
    n: 98,
    kind: 'a draft marked public of a year with no public post (year pages, filters, counts)',
    source: publicProbePost({ title: 'zrk98x future', body: 'zrk98x body\n' }).replace('status: published', 'status: draft').replace('published: 2025-03-01\n', '')
      .replace(publicTitleLine, '  title: zrk98x public title').replaceAll('2025-03-01', '2019-03-01'),
  },
];

export const allProbes: CanaryProbe[] = [...yamlProbes, ...fieldProbes, ...bodyProbes, ...linkProbes, ...namedPosts, ...hiddenPosts];
