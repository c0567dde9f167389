/**
 * Canary round 32: adversarial probes that try to get internal-only text into any file of the
 * public build. Each probe is one postmortem of its own (so a probe that stops the build does not
 * hide the others) carrying a unique marker `zqkNNx` in the place that must stay internal. A probe
 * is blocked when no built file holds its marker, or build-stopped when the public build refuses
 * its postmortem with an error naming the file; it leaks when a built file holds the marker.
 */
import { publicProbePost } from './public-probe-post.ts';

export interface CanaryProbe {
  /** The probe's number, also its marker's (`zqk07x`). */
  n: number;
  /** What it tries. */
  kind: string;
  /** The postmortem's source. */
  source: string;
  /** The file's extension: `.mdx` unless the probe is a `.md` post. */
  ext?: '.md';
}

export const canaryMarker = (n: number) => `zqk${String(n).padStart(2, '0')}x`;

/** A valid public post whose body is `body`, with a public sentence before it (the canary is alive). */
const bodyProbe = (n: number, kind: string, body: (marker: string) => string, ext?: '.md'): CanaryProbe => ({
  n,
  kind,
  ext,
  source: publicProbePost({ body: `zqkalive${String(n).padStart(2, '0')} The checkout service failed for some customers.\n\n${body(canaryMarker(n))}\n` }),
});

/** A valid public post with `edit` applied to its source. */
const sourceProbe = (n: number, kind: string, edit: (source: string, marker: string) => string): CanaryProbe => ({
  n,
  kind,
  source: edit(publicProbePost({ body: `zqkalive${String(n).padStart(2, '0')} The checkout service failed for some customers.\n` }), canaryMarker(n)),
});

const replaceOnce = (source: string, from: string, to: string) => {
  if (!source.includes(from)) throw new Error(`the probe post has no ${from}`);
  return source.replace(from, to);
};

export const bodyProbes: CanaryProbe[] = [
  bodyProbe(1, 'lower-case <internal>', (m) => `<internal>${m} the runbook</internal>`),
  bodyProbe(2, 'spaces inside the tags: < Internal >', (m) => `< Internal >${m} the runbook</ Internal >`),
  bodyProbe(3, 'self-closing <Internal/> before the text, then a stray close', (m) => `<Internal/>\n${m} the runbook\n</Internal>`),
  bodyProbe(4, 'an attribute: <Internal reason="x">', (m) => `<Internal reason="ops">${m} the runbook</Internal>`),
  bodyProbe(5, 'in a list item', (m) => `- a public step\n- <Internal>${m} the runbook</Internal>`),
  bodyProbe(6, 'in a table cell', (m) => `| Step | Note |\n| --- | --- |\n| one | <Internal>${m} the runbook</Internal> |`),
  bodyProbe(7, 'in a blockquote', (m) => `> <Internal>${m} the runbook</Internal>`),
  bodyProbe(8, 'in a footnote definition', (m) => `We rolled back.[^1]\n\n[^1]: <Internal>${m} the runbook</Internal>`),
  bodyProbe(9, 'in a heading (its anchor id)', (m) => `## Recovery <Internal>${m}</Internal>\n\nWe rolled back.`),
  bodyProbe(10, 'in a link text', (m) => `See [the notice <Internal>${m}</Internal>](https://status.example.com/notice).`),
  bodyProbe(11, 'in <details>', (m) => `<details>\n<summary>More</summary>\n\n<Internal>${m} the runbook</Internal>\n\n</details>`),
  bodyProbe(12, 'a code fence inside <Internal>', (m) => `<Internal>\n\n\`\`\`\n${m} kubectl rollout undo\n\`\`\`\n\n</Internal>`),
  bodyProbe(13, 'inside a code span', (m) => `The tag \`<Internal>${m}</Internal>\` is shown as code.`),
  bodyProbe(14, 'unclosed at the end of the file', (m) => `<Internal>\n${m} the runbook`),
  bodyProbe(15, 'closed twice', (m) => `<Internal>the runbook</Internal> ${m} between </Internal>`),
  bodyProbe(16, 'an HTML comment', (m) => `<!-- ${m} the runbook -->`),
  bodyProbe(17, 'an HTML comment holding <Internal>', (m) => `<!-- <Internal>${m} the runbook</Internal> -->`),
  bodyProbe(18, 'an MDX comment', (m) => `{/* ${m} the runbook */}`),
  bodyProbe(19, 'a JSX string expression inside <Internal>', (m) => `<Internal>{'${m}'}</Internal>`),
  bodyProbe(20, 'export const', (m) => `export const runbook = '${m}';`),
  bodyProbe(21, 'a reference definition inside <Internal> used from a public paragraph', (m) => `See [the runbook][rb].\n\n<Internal>\n\n[rb]: https://wiki.example.com/${m}\n\n</Internal>`),
  bodyProbe(22, 'an image inside <Internal> (its alt)', (m) => `<Internal>\n\n![${m} dashboard](https://status.example.com/a.png)\n\n</Internal>`),
  bodyProbe(23, 'a heading inside <Internal> (table of contents, anchors)', (m) => `## What happened\n\nWe rolled back.\n\n<Internal>\n\n## ${m} escalation\n\nPaged the lead.\n\n</Internal>\n\n## Learnings\n\nCanaries help.`),
  bodyProbe(24, '<Internal> inside <PublicOnly>', (m) => `<PublicOnly>\nWe are sorry. <Internal>${m} the runbook</Internal>\n</PublicOnly>`),
  bodyProbe(25, 'in emphasis', (m) => `*<Internal>${m} the runbook</Internal>*`),
  bodyProbe(26, 'upper-case <INTERNAL>', (m) => `<INTERNAL>${m} the runbook</INTERNAL>`),
  bodyProbe(27, 'a line break inside the tag', (m) => `<Internal\n>${m} the runbook</Internal>`),
  bodyProbe(28, 'inside a raw HTML <div>', (m) => `<div>\n<Internal>${m} the runbook</Internal>\n</div>`),
  bodyProbe(29, 'in a link target', (m) => `See [the notice](https://status.example.com/<Internal>${m}</Internal>).`),
  bodyProbe(30, 'in an image alt', (m) => `![graph <Internal>${m}</Internal>](https://status.example.com/a.png)`),
  bodyProbe(31, 'nested <Internal>', (m) => `<Internal>a <Internal>b</Internal> ${m} the runbook</Internal>`),
  bodyProbe(32, 'misspelt closing tag', (m) => `<Internal>${m} the runbook</Interal>`),
  bodyProbe(33, 'in a task-list item', (m) => `- [ ] <Internal>${m} the runbook</Internal>`),
  bodyProbe(34, 'a code fence inside <Internal> holding </Internal>', (m) => `<Internal>\n\n\`\`\`\n</Internal>\n\`\`\`\n\n${m} the runbook\n\n</Internal>`),
  bodyProbe(35, 'in an indented code block', (m) => `Steps:\n\n    <Internal>${m} the runbook</Internal>`),
  bodyProbe(36, 'a second paragraph of a footnote', (m) => `We rolled back.[^n]\n\n[^n]: A note.\n\n    <Internal>${m} the runbook</Internal>`),
  bodyProbe(37, 'a link title inside <Internal>', (m) => `<Internal>[the notice](https://status.example.com/n "${m}")</Internal>`),
  bodyProbe(38, 'a spaced closing tag </Internal >', (m) => `<Internal>${m} the runbook</Internal >`),
  bodyProbe(39, 'a namespaced tag <x:Internal>', (m) => `<x:Internal>${m} the runbook</x:Internal>`),
  bodyProbe(40, 'a member tag <Internal.Note>', (m) => `<Internal.Note>${m} the runbook</Internal.Note>`),
  bodyProbe(41, 'an escaped tag \\<Internal>', (m) => `\\<Internal>${m} the runbook\\</Internal>`),
  bodyProbe(42, 'a heading inside <Internal> with the same words as a public one', (m) => `<Internal>\n\n## Recovery ${m}\n\n</Internal>\n\n## Recovery\n\nWe rolled back.`),
  bodyProbe(43, 'a custom element <internal-note>', (m) => `<internal-note>${m} the runbook</internal-note>`),
  bodyProbe(44, 'full-width brackets \uFF1CInternal\uFF1E', (m) => `\uFF1CInternal\uFF1E${m} the runbook\uFF1C/Internal\uFF1E`),
  bodyProbe(45, 'a Cyrillic e in the name', (m) => `<Int\u0435rnal>${m} the runbook</Int\u0435rnal>`),
  bodyProbe(46, 'entity-encoded tags', (m) => `&lt;Internal&gt;${m} the runbook&lt;/Internal&gt;`),
  bodyProbe(47, '<Internal> in a .md post', (m) => `<Internal>${m} the runbook</Internal>`, '.md'),
  bodyProbe(48, 'an HTML comment in a .md post', (m) => `<!-- ${m} the runbook -->`, '.md'),
  bodyProbe(49, 'a hidden <div> in a .md post', (m) => `<div hidden>${m} the runbook</div>`, '.md'),
  bodyProbe(50, 'a hidden <span> in an .mdx post', (m) => `Recovered. <span hidden>${m} the runbook</span>`),
  bodyProbe(64, 'a body that opens with a thematic break', (m) => `---\n\n<Internal>\n\n${m} the runbook\n\n</Internal>\n\n---`),
  bodyProbe(66, 'in the <summary> of <details>', (m) => `<details>\n<summary><Internal>${m}</Internal>More</summary>\n\nText.\n\n</details>`),
  bodyProbe(67, 'a lazy line after a list item', (m) => `- a public step\n<Internal>${m} the runbook</Internal>`),
  bodyProbe(68, 'a reference definition\'s title holding <Internal>', (m) => `See [the notice][n].\n\n[n]: https://status.example.com/n "<Internal>${m}</Internal>"`),
  bodyProbe(69, 'inside a raw <pre>', (m) => `<pre>\n<Internal>${m} the runbook</Internal>\n</pre>`),
  bodyProbe(71, 'right after a <PublicOnly> on one line', (m) => `<PublicOnly>Sorry.</PublicOnly><Internal>${m} the runbook</Internal>`),
  bodyProbe(72, 'a tab inside the opening tag', (m) => `<Internal\t>${m} the runbook</Internal>`),
  bodyProbe(73, 'a space before the > of the opening tag', (m) => `<Internal >${m} the runbook</Internal>`),
  bodyProbe(74, 'a footnote definition inside <Internal> referenced from public text', (m) => `We rolled back.[^x]\n\n<Internal>\n\n[^x]: ${m} the runbook\n\n</Internal>`),
  bodyProbe(75, 'a setext heading inside <Internal>', (m) => `<Internal>\n\n${m} escalation\n==========\n\n</Internal>`),
  bodyProbe(76, 'a whole table inside <Internal>', (m) => `<Internal>\n\n| Who | What |\n| --- | --- |\n| lead | ${m} |\n\n</Internal>`),
  bodyProbe(77, 'an element\'s title attribute inside <Internal>', (m) => `<Internal><abbr title="${m}">SLO</abbr></Internal>`),
  bodyProbe(78, 'an SVG title inside <Internal>', (m) => `<Internal>\n<svg><title>${m}</title></svg>\n</Internal>`),
  bodyProbe(81, 'a link to an internal-only post by its file', () => 'See [the earlier incident](./2025-03-02-zqk61x-internal-only.mdx).'),
  bodyProbe(82, 'a link to an internal-only post by its address', () => 'See [the earlier incident](/postmortems/2025-03-02-zqk61x-internal-only/).'),
  bodyProbe(83, 'a reference definition to an internal-only post', () => 'See [the earlier incident][prev].\n\n[prev]: /incidents/2025-03-02-zqk61x-internal-only/'),
  bodyProbe(85, '<Internal> in the words of a link to an internal-only post', (m) => `See [the incident <Internal>${m}</Internal>](/postmortems/2025-03-02-zqk61x-internal-only/).`),
  bodyProbe(86, 'a collapsed reference to an internal-only post, defined inside <PublicOnly>', () => 'See [earlier][].\n\n<PublicOnly>\n\n[earlier]: /postmortems/2025-03-02-zqk61x-internal-only/\n\n</PublicOnly>'),
  bodyProbe(87, 'an inline link to an internal-only post by its public address', () => 'See [the earlier incident](/incidents/2025-03-02-zqk61x-internal-only/#timeline).'),
  bodyProbe(88, 'a relative link to an internal-only post', () => 'See [the earlier incident](../2025-03-02-zqk61x-internal-only/).'),
  bodyProbe(79, 'a namespaced <x:internal> in lower case', (m) => `<x:internal>${m} the runbook</x:internal>`),
  bodyProbe(80, 'a member tag in lower case <internal.note>', (m) => `<internal.note>${m} the runbook</internal.note>`),
];

/** Frontmatter probes: fields, related posts and internal-only posts. */
export const frontmatterProbes: CanaryProbe[] = [
  sourceProbe(51, 'commander', (s, m) => replaceOnce(s, 'drafted:', `commander: "${m}"\ndrafted:`)),
  sourceProbe(52, 'reviewers', (s, m) => replaceOnce(s, 'drafted:', `reviewers: ["${m}"]\ndrafted:`)),
  sourceProbe(53, 'internal title and summary', (s, m) => replaceOnce(replaceOnce(s, 'title: Probe', `title: ${m} probe`), 'summary: Checkout failed for some customers.\nseverity', `summary: ${m} internal summary\nseverity`)),
  sourceProbe(54, 'a timeline entry not marked public', (s, m) => replaceOnce(s, 'timeline: []', `timeline:\n  - at: 2025-03-01T10:05:00Z\n    event: ${m} alert fired.\n    kind: detection`)),
  sourceProbe(55, 'an action item not marked public, and a public one\'s verification and link', (s, m) => replaceOnce(s, 'actionItems: []', `actionItems:\n  - id: AI-1\n    title: ${m} internal follow-up\n    owner: checkout\n    due: 2025-04-01\n    priority: P2\n    type: prevent\n    status: open\n    verification: Reviewed.\n  - id: AI-2\n    title: Add a check\n    owner: checkout\n    due: 2025-04-01\n    priority: P1\n    type: prevent\n    status: done\n    verification: ${m} checked in staging.\n    link: https://tracker.example.com/${m}\n    public: true`)),
  sourceProbe(56, '<Internal> written in the public summary', (s, m) => replaceOnce(s, '  summary: Checkout failed for some customers.\n---', `  summary: "Checkout failed. <Internal>${m} the runbook</Internal>"\n---`)),
  sourceProbe(57, '<Internal> written in a public timeline event', (s, m) => replaceOnce(s, 'timeline: []', `timeline:\n  - at: 2025-03-01T10:05:00Z\n    event: "Status page updated. <Internal>${m}</Internal>"\n    kind: communication\n    public: true`)),
  sourceProbe(58, 'an unknown frontmatter field', (s, m) => replaceOnce(s, 'drafted:', `internalNotes: "${m}"\ndrafted:`)),
  sourceProbe(59, 'a service without a public name (its id and name)', (s) => replaceOnce(s, 'services: [checkout-api]', 'services: [checkout-api, orders-db]')),
  sourceProbe(65, 'a post with CRLF line ends', (s, m) => `${s}\n<Internal>\n${m} the runbook\n</Internal>\n\nRecovered.\n`.replace(/\n/g, '\r\n')),
  sourceProbe(70, 'a YAML comment in the public wording', (s, m) => replaceOnce(s, '  title: Checkout errors', `  title: Checkout errors # ${m}`)),
  sourceProbe(60, 'related: an internal-only post (its title and id)', (s) => replaceOnce(s, 'related: []', 'related: [2025-03-02-zqk61x-internal-only]')),
];

/** Posts no public page may show: an internal-only post, a draft marked public, an in-review one. */
export const hiddenPosts: CanaryProbe[] = [
  {
    n: 61,
    kind: 'an internal-only post (title, summary, body, public wording)',
    source: publicProbePost({ title: 'zqk61x internal only', summary: 'zqk61x summary', body: 'zqk61x body\n' })
      .replace('visibility: public', 'visibility: internal').replace('  title: Checkout errors', '  title: zqk61x public title')
      .replaceAll('2025-03-01', '2025-03-02'),
  },
  {
    n: 62,
    kind: 'a draft marked public (its public wording)',
    source: publicProbePost({ title: 'zqk62x draft', body: 'zqk62x body\n' }).replace('status: published', 'status: draft').replace('published: 2025-03-01\n', '')
      .replace('  title: Checkout errors', '  title: zqk62x public title').replaceAll('2025-03-01', '2025-03-03'),
  },
  {
    n: 84,
    kind: 'a post in review marked public (its public wording and body)',
    source: publicProbePost({ title: 'zqk84x in review', body: 'zqk84x body\n' }).replace('status: published', 'status: in-review').replace('published: 2025-03-01\n', '')
      .replace('  title: Checkout errors', '  title: zqk84x public title').replaceAll('2025-03-01', '2025-03-04'),
  },
  {
    n: 63,
    kind: 'an internal-only post of a year with no public post (year pages and counts)',
    source: publicProbePost({ title: 'zqk63x old', body: 'zqk63x body\n' }).replace('visibility: public', 'visibility: internal')
      .replace('  title: Checkout errors', '  title: zqk63x public title').replaceAll('2025-03-01', '2021-03-01'),
  },
];

/** Each probe's file name: the id is its date and number. */
export const probeFileName = (probe: CanaryProbe) => {
  const date = /started: (\d{4}-\d{2}-\d{2})/.exec(probe.source)![1];
  if (probe.n === 61) return `${date}-zqk61x-internal-only.mdx`;
  return `${date}-r32-probe-${String(probe.n).padStart(2, '0')}${probe.ext ?? '.mdx'}`;
};
