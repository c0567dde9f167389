import { describe, expect, it } from 'vitest';
import { missingLinkedImageText, rewriteImageReferences } from '../../src/lib/import/report-images.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { glossaryLines } from '../../src/lib/publication/glossary-sections.ts';
import { notReportReason } from '../../src/lib/import/report-files.ts';
import { publicBodyAfterRedact } from '../support/public-body-after-redact.ts';

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

const guardOptions = { internalDomains: ['.internal'], serviceIds: [], people: [], configuredInternalNames: [] };

/** Read on the walk, a cloud post-mortem: its "Key Terms" made a volume type a person. */
describe('a glossary\'s bold term before a colon is defined, not a speaker', () => {
  const post = '## Key Terms\n\n- **BLK** (Block Layer Kit): the disk service.\n- **vt4**: The general-purpose volume type of the provider.\n\n## Impact\n\nThe vt4 volume was throttled, and the instance\'s vt4 root volume stalled.';

  it('the term and its other mentions are published as written', () => {
    const page = publicBodyAfterRedact(post, guardOptions);
    expect(page).toContain('- **vt4**: The general-purpose volume type');
    expect(page).toContain('The vt4 volume was throttled, and the instance\'s vt4 root volume stalled.');
    expect(page).not.toMatch(/an engineer/i);
  });

  it.each(['## Glossary', '### Terms used', '## Begriffe', '## 用語'])('under "%s" too', (heading) => {
    expect(publicBodyAfterRedact(`${heading}\n\n- **vt4**: The volume type.\n\nThe vt4 volume stalled.`, guardOptions)).toContain('The vt4 volume stalled.');
  });

  it('outside a glossary, a lower-case bold label in a list is still a speaker', () => {
    const page = publicBodyAfterRedact('## Chat log\n\n- **vt4**: I am restarting the writer now.\n\nvt4 restarted it.', guardOptions);
    expect(page).not.toContain('vt4');
  });

  it('the next heading ends the glossary', () => {
    expect([...glossaryLines(['## Key Terms', '- **a**: b', '## Timeline', '- **c**: d'], new Set())]).toEqual([1]);
  });
});

/** Read on the walk, a homelab's post-mortem: a firmware setting commented out was a chat channel. */
describe('a `#key=value` line of code is a setting commented out, not a channel', () => {
  const post = 'Undo the overclock:\n\n```bash\nsudo nano /boot/firmware/settings.txt\n# comment these out:\n#cpu_clock=3100\n#vid_clock=950\n```\n\nWith `cpu_clock` gone the board booted.';

  it('the settings and the prose naming one are published as written', () => {
    const page = publicBodyAfterRedact(post, guardOptions);
    expect(page).toContain('#cpu_clock=3100');
    expect(page).toContain('With `cpu_clock` gone the board booted.');
    expect(page).not.toMatch(/channel/);
  });

  it('a channel in prose is still one', () => {
    expect(publicBodyAfterRedact('The alert went to #ops_pager first.', guardOptions)).not.toContain('#ops_pager');
  });
});

/** Read on the walk, a government team's process docs: the English report template was passed over, its French twin imported. */
describe('a report template named in another language is passed over as the English one is', () => {
  it.each(['docs/modele_de_rapport_dincident_de_produit.md', 'modèle-de-rapport-d-incident.md', 'plantilla-informe-de-incidente.md', 'postmortem-vorlage.md', 'Vorlage_Störungsbericht.md', 'sjabloon-voor-incidenten.md', 'modello_di_rapporto.md'])('%s', (name) => {
    expect(notReportReason(name)).toBe('a report template');
  });

  it.each(['2024-05-01-modelo-de-ia-caido.md', 'modele-de-donnees-corrompu.md', '2023-01-04-vorlage-deploy-broke.md', 'processus_de_gestion_dincidents_au_snc.md', 'informe-incidente-2024-05-01.md'])('a report, or a model, is not: %s', (name) => {
    expect(notReportReason(name)).toBeUndefined();
  });
});
