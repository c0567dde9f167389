/**
 * Canary round 36: adversarial probes of the whole public build, none tried in rounds 32 and 34
 * (test/support/canary-round32-probes.ts, canary-round34-probes.ts). Each probe is one postmortem
 * of its own carrying a unique marker `zskNNx` (or its own `leak` text) where text must stay
 * internal; it is blocked when no built file holds it, refused when the checks before Astro or the
 * build itself stop its postmortem naming the file, and it leaks when a built file holds it.
 */
import { publicProbePost } from './public-probe-post.ts';
import { canaryProbeKit, impactLine, onePixelPng, publicSummaryLine, publicTitleLine, replaceOnce, type CanaryProbe } from './canary-probe-kit.ts';

export type { CanaryProbe } from './canary-probe-kit.ts';
export const { canaryMarker, aliveMarker, probeFileName } = canaryProbeKit('zsk', 'r36');
const { alive, bodyProbe, sourceProbe } = canaryProbeKit('zsk', 'r36');
/** The text a probe must keep out of every built file. */
export const leakText = (probe: CanaryProbe) => probe.leak ?? canaryMarker(probe.n);
/** The internal-only post the link and vocabulary probes point at (its id holds marker 90). */
export const internalOnlyId = '2025-03-02-zsk90x-internal-only';

const withSummary = (s: string, summary: string) => replaceOnce(s, publicSummaryLine, `  summary: ${summary}\n---`);
const withTitle = (s: string, title: string) => replaceOnce(s, publicTitleLine, `  title: ${title}`);
const actionItem = (fields: string) => `  - id: AI-1\n    title: Add a pool alert\n    owner: checkout\n    due: 2025-04-01\n    priority: P1\n    type: detect\n    status: open\n    verification: The alert fires in staging.\n${fields}`;
const timelineEntry = (event: string, more = '    public: true') => `  - at: 2025-03-01T10:05:00Z\n    event: ${event}\n    kind: communication\n${more}`;
const optIn = (s: string, list: string) => replaceOnce(s, publicSummaryLine, `${publicSummaryLine.replace('\n---', '')}\n  include: [${list}]\n---`);

/** Frontmatter: fields of later sessions, follow-ups, timeline entries, public text holding markup. */
export const fieldProbes: CanaryProbe[] = [
  sourceProbe(1, 'a non-public action item beside a public one (its title, id, link, verification)', (s, m) => replaceOnce(s, 'actionItems: []', `actionItems:\n${actionItem('    public: true')}\n  - id: ${m.toUpperCase()}-2\n    title: ${m} rotate the bridge password\n    owner: data\n    due: 2025-04-01\n    priority: P0\n    type: prevent\n    status: in-progress\n    verification: ${m} checked in the vault.\n    link: https://tracker.example.com/${m}`)),
  sourceProbe(2, 'impact figures (revenue lost, users, orders, error budget): never public', (s) => replaceOnce(s, impactLine, `${impactLine}\n  revenueLost: 7361942\n  usersAffected: 5829163\n  failedOrders: 4417283\n  errorBudgetBurnedPercent: 83.1947`), '7361942'),
  sourceProbe(3, 'a near miss with an internal-only timeline and signals', (s, m) => replaceOnce(replaceOnce(s, 'related: []', 'related: []\nnearMiss: true'), 'timeline: []', `timeline:\n${timelineEntry(`${m} caught by the canary`, '    public: false')}`)),
  sourceProbe(4, 'a public timeline event with an HTML comment', (s, m) => replaceOnce(s, 'timeline: []', `timeline:\n${timelineEntry(`"Status page updated. <!-- ${m} the bridge -->"`)}`)),
  sourceProbe(5, 'a public timeline event linking the internal-only post by its address', (s) => replaceOnce(s, 'timeline: []', `timeline:\n${timelineEntry(`"See https://status.acme.example/incidents/${internalOnlyId}/ for the earlier one."`)}`), 'zsk90x'),
  sourceProbe(6, 'a public timeline event with a Markdown link to the internal-only post', (s) => replaceOnce(s, 'timeline: []', `timeline:\n${timelineEntry(`"See [the earlier one](/incidents/${internalOnlyId}/)."`)}`), 'zsk90x'),
  sourceProbe(7, 'a public action item title with an HTML comment', (s, m) => replaceOnce(s, 'actionItems: []', `actionItems:\n${actionItem('    public: true').replace('title: Add a pool alert', `title: "Add a pool alert <!-- ${m} the bridge -->"`)}`)),
  sourceProbe(8, 'a public summary with an HTML comment', (s, m) => withSummary(s, `"Checkout failed. <!-- ${m} the bridge -->"`)),
  sourceProbe(9, 'a public title with an MDX comment', (s, m) => withTitle(s, `"Checkout errors {/* ${m} the bridge */}"`)),
  sourceProbe(10, 'the impact description with <details>', (s, m) => replaceOnce(s, impactLine, `  description: "Some customers could not check out. <details>${m} the runbook</details>"`)),
  sourceProbe(11, 'full-width letters in <Internal> in the public summary', (s, m) => withSummary(s, `"Checkout failed. <Ｉｎｔｅｒｎａｌ>${m} the runbook</Ｉｎｔｅｒｎａｌ>"`)),
  sourceProbe(12, 'a right-to-left override spelling the tag backwards in the public title', (s, m) => withTitle(s, `"Checkout errors <\u202Elanretni\u202C>${m}</\u202Elanretni\u202C>"`)),
  sourceProbe(13, 'a public timeline event with an MDX comment', (s, m) => replaceOnce(s, 'timeline: []', `timeline:\n${timelineEntry(`"Status page updated. {/* ${m} the bridge */}"`)}`)),
  sourceProbe(14, 'an HTML comment in an opted-in contributor', (s, m) => optIn(replaceOnce(s, 'related: []', `related: []\ncontributors: ["A pool too small. <!-- ${m} the bridge -->"]`), 'contributors')),
  sourceProbe(15, 'an MDX comment in an opted-in mitigator', (s, m) => optIn(replaceOnce(s, 'related: []', `related: []\nmitigators: ["The canary. {/* ${m} the bridge */}"]`), 'mitigators')),
  sourceProbe(16, 'an unknown key inside public:', (s, m) => replaceOnce(s, publicTitleLine, `${publicTitleLine}\n  notes: ${m} the bridge`)),
  sourceProbe(17, 'a public action item whose link holds an internal host', (s, m) => replaceOnce(s, 'actionItems: []', `actionItems:\n${actionItem(`    link: https://jira.corp.acme.net/browse/${m}\n    public: true`)}`)),
  sourceProbe(18, 'a public action item status text typed with <Internal>', (s, m) => replaceOnce(s, 'actionItems: []', `actionItems:\n${actionItem('    public: true').replace('status: open', `status: "open <Internal>${m}</Internal>"`)}`)),
  sourceProbe(19, 'a public timeline entry whose time holds text', (s, m) => replaceOnce(s, 'timeline: []', `timeline:\n  - at: "2025-03-01T10:05:00Z ${m}"\n    event: Status page updated.\n    kind: communication\n    public: true`)),
  sourceProbe(20, 'a public timeline entry kind holding text', (s, m) => replaceOnce(s, 'timeline: []', `timeline:\n${timelineEntry('Status page updated.').replace('kind: communication', `kind: ${m}`)}`)),
  sourceProbe(21, 'an emoji shortcode and <Internal> in the public title', (s, m) => withTitle(s, `":warning: Checkout errors <Internal>${m}</Internal>"`)),
  sourceProbe(22, 'a combining mark on the I of <Internal> in an opted-in risk', (s, m) => optIn(replaceOnce(s, 'related: []', `related: []\nrisks: ["No alert yet. <I\u0307nternal>${m}</I\u0307nternal>"]`), 'risks')),
  sourceProbe(23, 'a timeline entry without public: (default internal) with a source', (s, m) => replaceOnce(s, 'timeline: []', `timeline:\n${timelineEntry(`${m} paged the DBA`, `    source: ${m}-slack`)}`)),
  sourceProbe(24, 'a related post that is internal-only, and the similar-incident count', (s) => replaceOnce(s, 'related: []', `related: [${internalOnlyId}]`), 'zsk90x'),
];

/** Markdown and MDX constructs in the body. */
export const bodyProbes: CanaryProbe[] = [
  bodyProbe(25, 'a footnote definition inside <Internal>, its reference outside', (m) => `We rolled back.[^note]\n\n<Internal>\n\n[^note]: ${m} the bridge password was rotated.\n\n</Internal>`),
  bodyProbe(26, 'a footnote definition with a second paragraph holding <Internal>', (m) => `We rolled back.[^1]\n\n[^1]: A public note.\n\n    <Internal>${m} the runbook</Internal>`),
  bodyProbe(27, 'a reference-style image whose definition is inside <Internal>', (m) => `![latency graph][graph]\n\n<Internal>\n\n[graph]: https://grafana.internal.acme.net/render/${m}.png\n\n</Internal>`),
  bodyProbe(28, 'a reference definition whose title holds <Internal>', (m) => `See [the notice][n].\n\n[n]: https://status.example.com/n "<Internal>${m}</Internal>"`),
  bodyProbe(29, 'an image title holding <Internal>', (m) => `![graph](https://status.example.com/g.png "<Internal>${m}</Internal>")`),
  bodyProbe(30, 'an <img> inside <Internal> (its file)', (m) => `<Internal>\n<img src="./${m}-bridge.png" alt="bridge" />\n</Internal>`),
  bodyProbe(31, 'a reference-style image inside <Internal>, its definition outside', (m) => `<Internal>\n\n![pool][pool]\n\n</Internal>\n\n[pool]: ./${m}-refpool.png`),
  bodyProbe(32, '<Internal> split by an HTML comment', (m) => `<Inter<!-- -->nal>${m} the runbook</Inter<!-- -->nal>`),
  bodyProbe(33, 'an HTML comment around the opening tag', (m) => `<!-- <Internal> -->${m} the runbook<!-- </Internal> -->`),
  bodyProbe(34, '<Internal> split by an MDX comment expression', (m) => `<Inter{/* */}nal>${m} the runbook</Inter{/* */}nal>`),
  bodyProbe(35, 'the summary of a <details> holding <Internal>', (m) => `<details>\n<summary>More <Internal>${m}</Internal></summary>\n\nWe rolled back.\n\n</details>`),
  bodyProbe(36, '<details open> opened inside <Internal>', (m) => `<Internal>\n<details open>\n\n${m} the runbook\n\n</details>\n</Internal>`),
  bodyProbe(37, 'a table header cell holding <Internal>', (m) => `| Step <Internal>${m}</Internal> | When |\n| --- | --- |\n| Rollback | 10:20 |`),
  bodyProbe(38, 'a table cell with an escaped pipe inside <Internal>', (m) => `| a | b |\n| :-: | --: |\n| one | <Internal>${m} \\| the runbook</Internal> |`),
  bodyProbe(39, 'a code fence info string holding <Internal>', (m) => `\`\`\`js <Internal>${m}</Internal>\nconst retry = 3;\n\`\`\``),
  bodyProbe(40, 'a code fence info string holding a title meta', (m) => `\`\`\`js title="${m} runbook.js"\nconst retry = 3;\n\`\`\``),
  bodyProbe(41, 'inline math holding <Internal>', (m) => `The rate was $<Internal>${m}</Internal>$ per second.`),
  bodyProbe(42, 'a display math block inside <Internal>', (m) => `<Internal>\n\n$$\n\\text{${m}}\n$$\n\n</Internal>`),
  bodyProbe(43, 'an emoji shortcode as a tag name', (m) => `<:Internal:>${m} the runbook</:Internal:>`),
  bodyProbe(44, 'a zero-width non-joiner inside <Internal>', (m) => `<Inter\u200Cnal>${m} the runbook</Inter\u200Cnal>`),
  bodyProbe(45, 'a word joiner inside <Internal>', (m) => `<Inte\u2060rnal>${m} the runbook</Inte\u2060rnal>`),
  bodyProbe(46, 'a right-to-left mark inside <Internal>', (m) => `<Internal\u200F>${m} the runbook</Internal\u200F>`),
  bodyProbe(47, 'bidi isolates around the tag name', (m) => `<\u2066Internal\u2069>${m} the runbook</\u2066Internal\u2069>`),
  bodyProbe(48, 'full-width letters inside the angle brackets', (m) => `<Ｉｎｔｅｒｎａｌ>${m} the runbook</Ｉｎｔｅｒｎａｌ>`),
  bodyProbe(49, 'a dotless i: <ınternal>', (m) => `<\u0131nternal>${m} the runbook</\u0131nternal>`),
  bodyProbe(50, 'a dotted capital I: <İnternal>', (m) => `<\u0130nternal>${m} the runbook</\u0130nternal>`),
  bodyProbe(51, 'a variation selector after the name', (m) => `<Internal\uFE0F>${m} the runbook</Internal\uFE0F>`),
  bodyProbe(52, 'a no-break space before the closing >', (m) => `<Internal\u00A0>${m} the runbook</Internal\u00A0>`),
  bodyProbe(53, 'a combining mark on the <', (m) => `<\u0338Internal>${m} the runbook</\u0338Internal>`),
  bodyProbe(54, '<Internal> as a JSX expression', (m) => `{<Internal>${m} the runbook</Internal>}`),
  bodyProbe(55, '<Internal> in a conditional expression', (m) => `{true && <Internal>${m} the runbook</Internal>}`),
  bodyProbe(56, '<Internal> in an array expression', (m) => `{[<Internal key="a">${m} the runbook</Internal>]}`),
  bodyProbe(57, '<Internal> as a JSX attribute value', (m) => `<abbr title={<Internal>${m}</Internal>}>SLO</abbr> was missed.`),
  bodyProbe(58, 'hidden text in a false expression', (m) => `{false && '${m} the runbook'}`),
  bodyProbe(59, 'a string in a JSX comment-like expression (the compiled module)', (m) => `{void '${m} the runbook'}`),
  bodyProbe(60, '<Internal> inside <PublicOnly>', (m) => `<PublicOnly>\nWe rolled back.\n<Internal>${m} the runbook</Internal>\n</PublicOnly>`),
  bodyProbe(61, '<Internal> inside an inline <span> of a paragraph', (m) => `We rolled back <span><Internal>${m} the runbook</Internal></span> quickly.`),
  bodyProbe(62, 'a hidden attribute on a <span>', (m) => `<span hidden>${m} the runbook</span> We rolled back.`),
  bodyProbe(63, 'a style object display none', (m) => `<span style={{ display: 'none' }}>${m} the runbook</span> We rolled back.`),
  bodyProbe(64, 'an <object> embedding an internal host', (m) => `<object data="https://grafana.internal.acme.net/${m}.svg">graph</object>`),
  bodyProbe(65, 'a mailto link to an internal address', (m) => `Write to [us](mailto:${m}@corp.acme.net).`),
  bodyProbe(66, 'an <img srcset> of an internal host', (m) => `<img src="https://status.example.com/g.png" srcset="https://grafana.internal.acme.net/${m}.png 2x" alt="graph" />`),
  bodyProbe(67, 'an escaped opening tag with a real closing one', (m) => `\\<Internal>${m} the runbook</Internal>`),
  bodyProbe(68, 'entity < with a literal > (&lt;Internal>)', (m) => `&lt;Internal>${m} the runbook&lt;/Internal>`),
  bodyProbe(69, 'an HTML comment holding <Internal> in a .md post', (m) => `<!-- <Internal> -->\n${m} the runbook\n<!-- </Internal> -->`, '.md'),
  bodyProbe(70, 'a hidden <div> in a .md post', (m) => `<div hidden>\n${m} the runbook\n</div>`, '.md'),
  bodyProbe(71, 'a <details> block in a .md post holding <Internal>', (m) => `<details>\n<summary>More</summary>\n\n<Internal>${m} the runbook</Internal>\n\n</details>`, '.md'),
  bodyProbe(72, 'a reference definition in a .md post to an internal host', (m) => `See [the runbook][r].\n\n[r]: https://wiki.corp.acme.net/${m}`, '.md'),
  bodyProbe(73, 'a link whose words name the internal-only post id', () => `See [${internalOnlyId}](https://status.example.com/).`),
  bodyProbe(74, 'a link to the internal-only post by its fragment-only address', () => `See [earlier](/incidents/${internalOnlyId}#timeline).`),
  bodyProbe(75, 'a link to the internal-only post on the public site\'s own host', () => `See [earlier](https://status.acme.example/incidents/${internalOnlyId}/).`),
];
for (const [n, file] of [[30, 'bridge'], [31, 'refpool']] as const) bodyProbes.find((p) => p.n === n)!.assets = { [`${canaryMarker(n)}-${file}.png`]: onePixelPng };
bodyProbes.find((p) => p.n === 73)!.leak = 'zsk90x';
bodyProbes.find((p) => p.n === 74)!.leak = 'zsk90x';
bodyProbes.find((p) => p.n === 75)!.leak = 'zsk90x';

/** Posts whose file name is the probe. */
export const namedPosts: CanaryProbe[] = [
  { n: 76, kind: 'a public post whose file name is an internal host name', source: publicProbePost({ body: `${alive(76)}\n` }), fileName: '2025-03-01-grafana.internal.acme.net.mdx', leak: 'grafana.internal' },
  { n: 77, kind: 'a public post whose file name is the id of a service only the internal-only post uses', source: publicProbePost({ body: `${alive(77)}\n` }), fileName: '2025-03-01-zsk91x-ledger.mdx', leak: 'zsk91x' },
  { n: 78, kind: 'a public post whose file name is a team only the internal-only post uses', source: publicProbePost({ body: `${alive(78)}\n` }), fileName: '2025-03-01-zsk92x-team-pager.mdx', leak: 'zsk92x' },
];

/**
 * The internal-only post the link probes point at: a tag, a trigger, a service and a team only it
 * uses (added to the vocabulary: {@link vocabularyExtra}); a chart or filter built from it would
 * name them.
 */
export const hiddenPosts: CanaryProbe[] = [
  {
    n: 90,
    kind: 'the internal-only post (its tag, trigger, service and team only it uses)',
    source: publicProbePost({ title: 'zsk90x internal only', summary: 'zsk90x summary', body: 'zsk90x body\n' })
      .replace('visibility: public', 'visibility: internal').replace(publicTitleLine, '  title: zsk90x public title')
      .replace('services: [checkout-api]', 'services: [zsk91x-ledger]').replace('teams: [checkout]', 'teams: [zsk92x-team]')
      .replace('tags: [config]', 'tags: [zsk93x-tag]').replace('trigger: configuration', 'trigger: zsk94x-trigger')
      .replaceAll('2025-03-01', '2025-03-02'),
    fileName: `${internalOnlyId}.mdx`,
  },
];

/** The vocabulary entries only the internal-only post uses: their names and descriptions hold markers. */
export const vocabularyExtra: Record<string, string> = {
  'services.yaml': '\nzsk91x-ledger:\n  name: Zsk91x ledger\n  owner: zsk92x-team\n  tier: 2\n  publicName: Zsk95x Billing portal\n  description: zsk91x ledger of refunds.\n',
  'teams.yaml': '\nzsk92x-team:\n  name: Zsk92x team\n  handle: "@acme/zsk92x"\n',
  'tags.yaml': '\nzsk93x-tag:\n  description: "zsk93x ledger tag."\n',
  'triggers.yaml': '\nzsk94x-trigger:\n  name: Zsk94x ledger trigger\n  description: zsk94x ledger description.\n',
};

export const allProbes: CanaryProbe[] = [...fieldProbes, ...bodyProbes, ...namedPosts, ...hiddenPosts];
