import { beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, projectRoot, testOutputDir } from '../support/build-site.ts';
import { fixturesDir, makeContentFromFixture } from '../support/content-fixture.ts';

// An imported status incident writes its updates as the report's own "## Timeline" list and the
// structured rows read from it: the page showed them twice under two "Timeline" headings
// (session 20). Now once, every row's words still on the page, no id twice; a postmortem whose
// timeline lives only in frontmatter keeps its structured section.
const headings = (html: string) => [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((match) => match[2].replace(/<[^>]*>/g, '').trim());
const duplicateIds = (html: string) => {
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
  return ids.filter((id, i) => ids.indexOf(id) !== i);
};
const visibleText = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('an imported status incident\'s timeline', () => {
  let contentDir: string;
  let ids: string[];
  let events: Map<string, string[]>;
  beforeAll(() => {
    contentDir = makeContentFromFixture('good-input');
    const out = join(contentDir, 'postmortems');
    const before = new Set(readdirSync(out));
    const imported = spawnSync(process.execPath, [join(projectRoot, 'scripts/import.ts'), join(fixturesDir, 'import/status-exports/statuspage-incidents.json'), '--out', out], { cwd: projectRoot, encoding: 'utf8' });
    expect(imported.status, imported.stderr).toBe(0);
    const names = readdirSync(out).filter((name) => !before.has(name));
    ids = names.map((name) => name.replace(/\.mdx$/, ''));
    events = new Map();
    // The facts a reviewer fills in before publishing, and public wording: both sites show them.
    for (const name of names) {
      const path = join(out, name);
      let text = readFileSync(path, 'utf8');
      events.set(name.replace(/\.mdx$/, ''), [...text.matchAll(/^ {4}event: (.*)$/gm)].map((match) => match[1].replace(/^"|"$/g, '')));
      expect(text).toMatch(/^## Timeline$/m);
      const title = /^title: (.*)$/m.exec(text)![1];
      text = text.replace('visibility: internal\n', `visibility: public\npublic:\n  title: ${title}\n  summary: Payments were affected for a while.\n${/^impact:/m.test(text) ? '' : 'impact:\n  description: Some payments failed.\n'}${/^trigger:/m.test(text) ? '' : 'trigger: configuration\n'}${/^severity:/m.test(text) ? '' : 'severity: SEV-3\n'}services: [checkout-api]\nteams: [checkout]\ndrafted: 2025-03-10\n`);
      // Rows marked public, as a reviewer marks what customers may read: the public post then has them too.
      text = text.replace(/^( {4}kind: .*)$/gm, '$1\n    public: true');
      writeFileSync(path, text);
    }
    const fill = spawnSync(process.execPath, [join(projectRoot, 'scripts/fill-drafts.ts'), out, '--publish', '2025-03-12'], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, KB_CONTENT_DIR: contentDir } });
    expect(fill.status, fill.stderr + fill.stdout).toBe(0);
    for (const name of names) expect(readFileSync(join(out, name), 'utf8')).toMatch(/^status: published$/m);
    expect([...events.values()].flat().length).toBeGreaterThan(2);
  });

  test.each(['internal', 'public'] as const)('the %s page shows it once, every row\'s words kept, no id twice', (variant) => {
    const build = buildSite({ contentDir, outDir: join(testOutputDir, `status-timeline-${variant}`), variant, env: { KB_AS_OF: '2025-12-01' } });
    expect(build.status, build.output).toBe(0);
    for (const id of ids) {
      const html = readFileSync(join(build.outDir, variant === 'internal' ? 'postmortems' : 'incidents', id, 'index.html'), 'utf8');
      const names = headings(html);
      // The internal page's public preview has its own copy of the post, prefixed ids and all.
      expect(names.filter((name) => /^Timeline\b/.test(name))).toHaveLength(variant === 'internal' ? 2 : 1);
      expect(html).not.toContain('id="timeline-title"');
      expect(names).not.toContain('Timeline (UTC)');
      expect(duplicateIds(html)).toEqual([]);
      const text = visibleText(html);
      for (const event of events.get(id)!) expect(text).toContain(event.replace(/^(\w+) - /, ''));
    }
    if (variant === 'internal') {
      // Rows only in frontmatter: the structured section stays.
      const html = readFileSync(join(build.outDir, 'postmortems/2025-07-08-checkout-config/index.html'), 'utf8');
      expect(html).toContain('<h2 id="timeline-title">Timeline</h2>');
      expect(html).toContain('Error-rate alert pages the on-call.');
    }
  });
});
