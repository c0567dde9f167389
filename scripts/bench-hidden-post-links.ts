#!/usr/bin/env node
// node scripts/bench-hidden-post-links.ts [--links 100]
// Times what `npm run check` and `npm run redact` ask of the public cut for one `.md` post with
// many links to a post customers do not see (hiddenPostLinkFindings; docs/architecture.md,
// "Canary round 37": the cut refuses them all in one pass). A benchmark, not a test.
import { parseCommandLine, wholeNumberOption } from './lib/command-line.ts';

const { values } = parseCommandLine({ options: { links: { type: 'string', default: '100' }, help: { type: 'boolean' } } });
if (values.help) {
  console.log(`Usage: node scripts/bench-hidden-post-links.ts [--links N]

Builds a .md post of N paragraphs, each with a link to an internal-only post (which the public
build refuses), and prints the findings hiddenPostLinkFindings gives and its CPU time (the second
of two runs).

  --links N   links in the post (default 100)`);
  process.exit(0);
}
const links = wholeNumberOption('links', values.links, 1, 100_000);
const { hiddenPostLinkFindings } = await import('./lib/hidden-post-links.ts');
const { publicLinkRewriter } = await import('../src/integrations/public-variant.ts');
const hidden = '2025-02-01-hidden';
const rewriteLink = publicLinkRewriter((id) => id === '2025-01-01-public', (id) => ['2025-01-01-public', hidden].includes(id));
const body = Array.from({ length: links }, (_, i) => `Paragraph ${i}: see [earlier](/incidents/${hidden}/#s${i}).`).join('\n\n');
const source = `---\ntitle: x\n---\n${body}\n`;
hiddenPostLinkFindings('x.md', source, rewriteLink);
const cpuBefore = process.cpuUsage();
const found = hiddenPostLinkFindings('x.md', source, rewriteLink);
const cpu = process.cpuUsage(cpuBefore);
console.log(`${links} links: ${found.length} findings, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`);
