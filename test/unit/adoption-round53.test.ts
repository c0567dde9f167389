import { describe, expect, it } from 'vitest';
import { missingLinkedImageText, rewriteImageReferences } from '../../src/lib/import/report-images.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';

/**
 * Round 53's adoption walk (docs/adopting.md, "Walkthrough round 53"). Reports, hosts, paths and
 * values invented here, modelled on what the walk and session 52's leftovers met.
 */

const draft = (body: string) => `---\ntitle: Disk throttled\nstatus: draft\nvisibility: public\n---\n\n${body}\n`;
const missing = (body: string) => rewriteImageReferences(draft(body), () => ({ kind: 'missing' })).draft;

/** Left by session 52: a linked image the import could not find left an empty link on the public page. */
describe('a missing image that was all a link showed: the link keeps words', () => {
  const linked = missing('The volume was throttled, see [![Read latency during the stall](graphs/read-latency.png)](https://metrics.example.org/d/volume-7).');

  it('the link shows the image\'s description on both sites, the note follows it inside <Internal>', () => {
    expect(linked).toContain('[Read latency during the stall<Internal> [Image not found when imported (`graphs/read-latency.png`)]</Internal>](https://metrics.example.org/d/volume-7)');
  });

  it('the public page: a link a reader can see and follow, no note, no path', () => {
    const publicText = stripInternalFromSource(linked, 'public');
    expect(publicText).toContain('[Read latency during the stall](https://metrics.example.org/d/volume-7)');
    expect(publicText).not.toMatch(/\[\]\(|Image not found|read-latency\.png/);
  });

  it('the internal page keeps the note with the path', () => {
    expect(stripInternalFromSource(linked, 'internal')).toContain('[Image not found when imported (`graphs/read-latency.png`)]');
  });

  it('no description: the title, else the link\'s own address, are the words', () => {
    expect(missing('[![](a.png "Queue depth")](https://metrics.example.org/q)')).toContain('[Queue depth<Internal> [Image not found when imported (`a.png`)]</Internal>](https://metrics.example.org/q)');
    const bare = missing('[![](a.png)](https://metrics.example.org/q_depth)');
    expect(stripInternalFromSource(bare, 'public')).toContain('[https://metrics.example.org/q\\_depth](https://metrics.example.org/q_depth)');
  });

  it('a description and a title: the title stays in the note', () => {
    expect(missingLinkedImageText({ url: 'b.png', alt: 'Chart', altSource: 'Chart', title: 'Taken at noon' }, 'https://x.example.org')).toBe('Chart<Internal> [Image not found when imported "Taken at noon" (`b.png`)]</Internal>');
  });

  it('an HTML link around an <img>, and a reference link, too', () => {
    expect(stripInternalFromSource(missing('<a href="https://metrics.example.org">\n  <img src="gone.png" alt="Throughput" />\n</a>'), 'public')).toMatch(/<a href="https:\/\/metrics\.example\.org">\s*Throughput\s*<\/a>/);
    expect(stripInternalFromSource(missing('[![Throughput](gone.png)][dash]\n\n[dash]: https://metrics.example.org'), 'public')).toContain('[Throughput][dash]');
  });

  it('a link showing words besides the image keeps the note alone, as before', () => {
    expect(missing('[![x](lost.png) the dashboard](https://metrics.example.org)')).toContain('[<Internal>[Image not found when imported: x (`lost.png`)]</Internal> the dashboard](https://metrics.example.org)');
  });

  it('the import still keeps every sentence of the report', () => {
    const source = '# Disk throttled\n\nThe volume was throttled, see [![Read latency during the stall](graphs/read-latency.png)](https://metrics.example.org/d/volume-7).\n';
    expect(findLostSentences(source, 'markdown', linked)).toEqual([]);
  });
});
