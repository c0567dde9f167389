import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { extractPlainText } from '../../src/lib/postmortem-text.ts';
import { parseBodyTree } from '../../src/lib/body-tree.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { bodyToSearchHtml, searchFilters, toSearchDocument } from '../../src/lib/search-document.ts';
import { buildSearchDocuments, parseBodyForSearch } from '../../scripts/lib/search-documents.ts';
import { aliasSentenceLead, factsSentenceRange, importedMetadataRange } from '../../src/lib/search-excerpt.ts';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Root } from 'mdast';
import { writeSyntheticCorpus } from '../../scripts/lib/synthetic-postmortems.ts';

const example = validateCorpus(resolve(import.meta.dirname, '../../content'), { frontmatterOnly: true });
const names = { service: (id: string) => `Service ${id}`, team: (id: string) => `Team ${id}`, trigger: (id: string) => `Trigger ${id}` };
const published = example.postmortems.find((p) => p.data?.status === 'published' && p.file.endsWith('.mdx'))!;

describe('the search document of a postmortem', () => {
  test('keeps headings, Internal blocks and prose; drops PublicOnly, expressions and imports', () => {
    const source = [
      "import Chart from '../chart.astro';",
      '',
      '## What happened',
      '',
      'The **pool** was [lowered](https://example.com) to 5.',
      '',
      '<Internal>',
      '',
      'Internal-only: the on-call runbook was stale.',
      '',
      '</Internal>',
      '',
      '<PublicOnly>We are sorry for the disruption.</PublicOnly>',
      '',
      '{/* a reviewer comment */}',
      '',
      '| step | result |',
      '| --- | --- |',
      '| retry | failed |',
    ].join('\n');
    const html = bodyToSearchHtml(parseBodyForSearch(source, 'x.mdx')!);
    expect(html).toContain('<h2>What happened</h2>');
    expect(html).toContain('<p>The pool was lowered to 5.</p>');
    expect(html).toContain('Internal-only: the on-call runbook was stale.');
    expect(html).toContain('retry');
    expect(html).not.toContain('sorry');
    expect(html).not.toContain('reviewer comment');
    expect(html).not.toContain('import');
    expect(html).not.toContain('**');
  });

  test('in .md, the text of a raw HTML block is searchable and its comments are not', () => {
    const source = '## Notes\n\n<details>\n<summary>Pool sizes &amp; limits</summary>\n<p>max_connections was 40</p>\n</details>\n\n<!-- reviewer: check the numbers -->\n';
    const html = bodyToSearchHtml(parseBodyForSearch(source, 'x.md')!);
    expect(html).toContain('Pool sizes &amp; limits max_connections was 40');
    expect(html).not.toContain('reviewer');
    expect(html).not.toContain('<details>');
  });

  test.each([
    ['with teams and a commander', { teams: ['platform', 'sre'], commander: 'the on-call lead', nearMiss: false }, 'Incident commander: the on-call lead.'],
    ['a near-miss without teams', { teams: [], commander: undefined, nearMiss: true }, 'Trigger: Trigger capacity.'],
  ])('its key-facts sentence is what an excerpt leaves out, from the severity to the last fact (%s)', (_name, change, last) => {
    const data = { ...published.data!, ...change, severity: 'SEV-2' as const, services: ['checkout-api', 'payments'], trigger: 'capacity' };
    // The page's words roughly as pagefind reads them: the text of every element, in order.
    const words = toSearchDocument('x', data, undefined, names).html.replace(/<div hidden[\s\S]*?<\/div>/, '').replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean);
    const [from, to] = factsSentenceRange(words)!;
    const sentence = words.slice(from, to).join(' ');
    expect(sentence).toMatch(data.nearMiss ? /^SEV-2 near-miss\. Services: Service checkout-api, Service payments\./ : /^SEV-2\. Services: Service checkout-api, Service payments\./);
    expect(sentence.endsWith(last)).toBe(true);
    expect(words[to]).toBe(data.impact.description.split(' ')[0]);
  });

  test('an imported report\'s own frontmatter is indexed with its weight but written last, where excerpts leave it out', () => {
    const source = [
      '## What happened',
      '',
      'The block storage cluster lost two disks.',
      '',
      '<Internal>',
      '',
      '## Imported metadata',
      '',
      'The source report\'s fields, as written:',
      '',
      '```yaml',
      'status: resolved',
      'affected:',
      '  - Block Storage',
      '```',
      '',
      '</Internal>',
      '',
      '## Follow-up',
      '',
      'Disks were replaced.',
    ].join('\n');
    const body = parseBodyForSearch(source, 'x.mdx')!;
    const data = { ...published.data!, actionItems: published.data!.actionItems.slice(0, 1) };
    const { html } = toSearchDocument('x', data, body, names);
    // Still indexed (a search for a component it names finds the report), after everything else.
    const section = html.indexOf('<h2>Imported metadata</h2>');
    expect(section).toBeGreaterThan(html.indexOf('Disks were replaced.'));
    expect(section).toBeGreaterThan(html.indexOf('<h2>Action items</h2>'));
    expect(html.slice(section)).toMatch(/^<h2>Imported metadata<\/h2>\n<p>The source report's fields, as written:<\/p>\n<p>status: resolved affected:\s+- Block Storage<\/p>\n<\/main>/);
    // The words an excerpt leaves out are the section's, and only they.
    const words = html.replace(/<div hidden[\s\S]*?<\/div>/, '').replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean);
    const [from, to] = importedMetadataRange(words)!;
    expect(words.slice(from, to).join(' ')).toBe("Imported metadata The source report's fields, as written: status: resolved affected: - Block Storage");
    // The body's tail weight applies as where the section was written.
    const long = parseBodyForSearch(`${'The cluster was slow. '.repeat(80)}\n\n${source}`, 'x.mdx')!;
    expect(toSearchDocument('x', data, long, names).html).toContain('<h2 data-pagefind-weight="0.25">Imported metadata</h2>');
  });

  test("a result's title leaves out the day the result shows beside it, as the report page's heading does", () => {
    const day = published.data!.times.started.slice(0, 10);
    const dated = { ...published.data!, title: `${day} Disk errors on storage host three` };
    const html = toSearchDocument(published.id, dated, undefined, names).html;
    expect(html).toContain('<h1 data-pagefind-weight="10">Disk errors on storage host three</h1>');
    expect(html).toContain('<meta data-pagefind-meta="title[content]" content="Disk errors on storage host three">');
    // Another day than the shown one says something the result does not: kept.
    const other = { ...published.data!, title: 'Disk errors on storage host three, written up 1999-01-02' };
    expect(toSearchDocument(published.id, other, undefined, names).html).toContain('weight="10">Disk errors on storage host three, written up 1999-01-02</h1>');
  });

  test('escapes text so a title cannot inject markup into the indexed page', () => {
    const data = { ...published.data!, title: 'Queue <script>alert(1)</script> & "retry"' };
    const { html } = toSearchDocument('x', data, undefined, names);
    expect(html).toContain('Queue &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;retry&quot;');
    expect(html).not.toContain('<script>');
  });

  test('carries the filters, metadata, sort key and weights the search page relies on', () => {
    const { url, html } = toSearchDocument(published.id, published.data!, undefined, names);
    expect(url).toBe(`/postmortems/${published.id}/`);
    for (const filter of searchFilters(published.data!)) expect(html).toContain(`data-pagefind-filter="${filter}"`);
    expect(searchFilters(published.data!)).toContain(`year:${published.data!.times.started.slice(0, 4)}`);
    expect(html).toContain(`data-pagefind-sort="date:${published.data!.times.started}"`);
    expect(html).toContain(`data-pagefind-meta="severity:${published.data!.severity}"`);
    expect(html).toMatch(/<h1 data-pagefind-weight="10">/);
    expect(html).toContain(`<meta data-pagefind-meta="title[content]" content="`);
    expect(html).toContain(`Trigger: Trigger ${published.data!.trigger}`);
    for (const item of published.data!.actionItems) expect(html).toContain(item.id);
  });

  test('signals are weighted; other spellings of what the report says are indexed with it', () => {
    const data = {
      ...published.data!,
      title: 'Kubernetes nodes drained',
      summary: 'The TLS certificate expired.',
      signals: ['x509: certificate has expired', 'EdgeHandshakeErrors'],
      tags: ['tls'],
    };
    const withAliases = { ...names, aliases: (kind: string, id: string) => (kind === 'tags' && id === 'tls' ? ['tls', 'handshake trouble'] : []) };
    const { html } = toSearchDocument('x', data, undefined, withAliases);
    expect(html).toContain('<p data-pagefind-weight="6">Signals: x509: certificate has expired; EdgeHandshakeErrors.</p>');
    const aliases = html.match(new RegExp(`<p data-pagefind-weight="2">${aliasSentenceLead} ([^<]*)\\.</p>`))![1].split(', ');
    expect(aliases).toEqual(expect.arrayContaining(['k8s', 'ssl', 'cert', 'handshake trouble']));
    // Spellings the report already uses are not repeated.
    expect(aliases).not.toContain('kubernetes');
    expect(toSearchDocument('x', { ...data, signals: [] }, undefined, names).html).not.toContain('Signals:');
  });

  test('satteri (Astro\'s parser) reads every example body to the same text as remark', () => {
    for (const postmortem of example.postmortems) {
      const isMdx = postmortem.file.endsWith('.mdx');
      const fast = parseBodyForSearch(postmortem.source, postmortem.file);
      expect(fast, postmortem.file).toBeDefined();
      expect(extractPlainText(fast!, 'internal'), postmortem.file).toBe(extractPlainText(parseBodyTree(postmortem.source, isMdx), 'internal'));
    }
  });

  test('the search parse leaves positions out, and reads every body to the same search HTML as a parse with them', () => {
    const synthetic = mkdtempSync(join(tmpdir(), 'kb-search-parse-'));
    try {
      writeSyntheticCorpus(synthetic, 40, { format: 'mdx', vocabularyDir: resolve(import.meta.dirname, '../../content') });
      const bodies = [...example.postmortems, ...validateCorpus(synthetic, { frontmatterOnly: true }).postmortems]
        .map((postmortem) => ({ file: postmortem.file, body: splitFrontmatter(postmortem.source).body }));
      bodies.push({ file: 'tricky.md', body: '# T\n\n<div>raw <!-- c --> html</div>\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n![alt text](x.png) `code`\n' });
      bodies.push({ file: 'tricky.mdx', body: '## H\n\n<Internal>\n\nkept *inside*\n\n</Internal>\n\n<PublicOnly>dropped</PublicOnly> and {/* comment */} text\n' });
      for (const { file, body } of bodies) {
        const fast = parseBodyForSearch(body, file)!;
        expect(fast, file).toBeDefined();
        expect(fast.children[0]?.position, file).toBeUndefined();
        const withPositions = (file.endsWith('.mdx') ? mdxToMdast(body) : markdownToMdast(body)) as unknown as Root;
        expect(withPositions.children[0]?.position, file).toBeDefined();
        expect(bodyToSearchHtml(fast), file).toBe(bodyToSearchHtml(withPositions));
      }
    } finally {
      rmSync(synthetic, { recursive: true, force: true });
    }
  });

  test('a body that does not parse gives no tree (Astro reports it) instead of throwing', () => {
    expect(parseBodyForSearch('<Internal>\n\nnever closed {', 'broken.mdx')).toBeUndefined();
  });

  test('only published postmortems are indexed', () => {
    const documents = buildSearchDocuments(example.postmortems, example.vocabulary!);
    const publishedIds = example.postmortems.filter((p) => p.data?.status === 'published').map((p) => `/postmortems/${p.id}/`);
    expect(documents.map((d) => d.url).sort()).toEqual(publishedIds.sort());
    expect(example.postmortems.some((p) => p.data?.status === 'draft')).toBe(true);
  });

  test('the body is indexed as the page shows it: its text is there, the frontmatter as written is not', () => {
    const documents = buildSearchDocuments(example.postmortems, example.vocabulary!);
    for (const document of documents) {
      const postmortem = example.postmortems.find((p) => `/postmortems/${p.id}/` === document.url)!;
      // The body's first heading (a frontmatter line may be a YAML comment, "# ...").
      const firstHeading = /^#+ (.+)$/m.exec(splitFrontmatter(postmortem.source).body)![1].trim();
      expect(document.html, postmortem.file).toContain(`>${firstHeading}</h`);
      expect(document.html, postmortem.file).not.toMatch(/^(?:severity|visibility|reviewers):/m);
      expect(document.html, postmortem.file).not.toContain('status: published');
    }
  });
});
