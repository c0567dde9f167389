import { describe, expect, test } from 'vitest';
import { withoutYamlComments } from '../../src/lib/yaml-comment-lines.ts';
import { searchForgiving, type SearchEngine } from '../../src/lib/forgiving-search.ts';
import { searchAlternatives } from '../../src/lib/search-alternatives.ts';
import { inventedNoticesIndex, firstFound, noticeDocument } from '../support/invented-notices.ts';

// Round 48 of docs/findability.md: a status page's notices, imported with their own frontmatter kept
// as written in the "Imported metadata" section. The page's template lists every service, and each
// notice comments out those it did not affect, so every notice "held" every service's name and the
// notice about one service came fifth for it. The notices below are invented.

/** The "Imported metadata" section the import writes, holding `yaml` as the source's frontmatter. */
const importedMetadata = (yaml: string) => `<Internal>\n\n## Imported metadata\n\nThe original report's own frontmatter, kept as written:\n\n\`\`\`yaml\n${yaml}\n\`\`\`\n\n</Internal>\n`;

/** A template's frontmatter: the affected service listed, the others commented out, its instructions as comments. */
const templateFrontmatter = (title: string, affected: string) =>
  [
    '# Dateiname: <jahr>-<monat>-<tag>-<kurzbeschreibung>',
    `title: ${title}`,
    'resolved: true ## auskommentieren, solange die Meldung offen ist',
    'affected:',
    ...['Praxis-Cloud', 'Rezept-Portal', 'Fax-Relay', 'Termin-App'].map((service) => (service === affected ? `  - ${service}` : `#  - ${service}`)),
  ].join('\n');

describe('round 48: YAML comments', () => {
  test.each([
    ['a comment line goes', '# a note\ntitle: Down\n#  - Fax-Relay\naffected:\n  - Praxis-Cloud', 'title: Down\naffected:\n  - Praxis-Cloud'],
    ['an indented comment line goes', 'affected:\n  # - Fax-Relay\n  - Praxis-Cloud', 'affected:\n  - Praxis-Cloud'],
    ['a comment after a plain value goes', 'resolved: true ## auskommentieren', 'resolved: true'],
    ['a # joined to a word stays (a link, a ticket)', 'link: https://example.org/wiki/Usage#incidents\nref: ticket#12', 'link: https://example.org/wiki/Usage#incidents\nref: ticket#12'],
    ['a quoted value keeps its #', 'title: "Push # 4521 failed"', 'title: "Push # 4521 failed"'],
    ['the lines of a block are text', 'content: >\n  # Update\n  Fixed issue #12 again.\nlevel: high # guessed', 'content: >\n  # Update\n  Fixed issue #12 again.\nlevel: high'],
  ])('%s', (_, yaml, expected) => {
    expect(withoutYamlComments(yaml)).toBe(expected);
  });

  test("the search document leaves out the imported frontmatter's comments, keeps its values", () => {
    const html = noticeDocument('sms', 'SMS-Versand - Umzug', 'Der Versand ist kurz nicht erreichbar.', `Text.\n\n${importedMetadata(templateFrontmatter('SMS-Versand', 'Rezept-Portal'))}`).html;
    expect(html).toContain('Rezept-Portal');
    expect(html).not.toContain('Fax-Relay');
    expect(html).not.toContain('auskommentieren');
    expect(html).not.toContain('Dateiname');
  });
});

describe("round 48: a status page's notices in pagefind's own index", () => {
  // Twelve notices from one template: short outages that say "nicht erreichbar", and maintenance of
  // the other services. The fax notice names the relay in its summary and says it in its body; every notice
  // comments out the fax relay but this one.
  const services = ['Praxis-Cloud', 'Rezept-Portal', 'Termin-App'];
  const notices = [
    ...Array.from({ length: 8 }, (_, i) => ({
      id: `outage-${i}`,
      title: `Ausfall ${services[i % 3]}`,
      summary: `${services[i % 3]} ist aktuell nicht erreichbar.`,
      body: `Wir arbeiten an einer Lösung.\n\n${importedMetadata(templateFrontmatter(`Ausfall ${services[i % 3]}`, services[i % 3]))}`,
    })),
    ...Array.from({ length: 3 }, (_, i) => ({
      id: `maintenance-${i}`,
      title: `Wartung ${services[i]}`,
      summary: `Geplante Wartung am ${services[i]}.`,
      body: `Kurze Unterbrechungen sind möglich.\n\n${importedMetadata(templateFrontmatter(`Wartung ${services[i]}`, services[i]))}`,
    })),
    {
      id: 'fax',
      title: 'Umzug in ein neues Rechenzentrum',
      summary: 'Am Dienstag ziehen die Server in ein neues Rechenzentrum um, mit ihnen das Fax-Relay der Praxen.',
      body: `Die Server werden in der Nacht abgebaut, transportiert und im neuen Rechenzentrum wieder aufgebaut. Der Dienst wird dabei kurzzeitig nicht erreichbar sein. Danach prüfen wir jede Verbindung.\n\n${importedMetadata(templateFrontmatter('Fax-Relay - Umzug', 'Fax-Relay'))}`,
    },
    // English reports beside them, so that the German notices are some of the pages, not all.
    ...Array.from({ length: 4 }, (_, i) => ({ id: `en-${i}`, title: `Queue backlog ${i}`, summary: 'Workers fell behind and jobs waited.', body: 'The team added workers.' })),
  ];
  const engine = inventedNoticesIndex('findability-round48-', notices);

  test('"fax relay nicht erreichbar" finds the fax notice first', async () => {
    // At the branch point every notice held "fax" and "relay" in its commented-out services, and
    // the short outages holding "nicht erreichbar" in their summaries came first.
    expect(await firstFound(engine(), 'fax relay nicht erreichbar', searchAlternatives)).toBe('/postmortems/fax/');
  });

  test("a German query's language listings are asked once per filter set, with the same results", async () => {
    // pagefind's search(null) counted on a proxy of the same index.
    let listings = 0;
    const index = engine();
    const counting = new Proxy(index, {
      get: (target, key) =>
        key === 'search'
          ? (term: string | null, options?: object) => {
              if (term === null) listings++;
              return (target.search as (term: string | null, options?: object) => ReturnType<SearchEngine['search']>)(term, options);
            }
          : Reflect.get(target, key),
    });
    const first = await searchForgiving(counting, 'ausfall der termin-app', searchAlternatives);
    const again = await searchForgiving(counting, 'wartung der praxis-cloud', searchAlternatives);
    expect(listings).toBe(2);
    expect((await searchForgiving(counting, 'ausfall der termin-app', searchAlternatives)).partial.map((hit) => hit.id)).toEqual(first.partial.map((hit) => hit.id));
    expect(again.partial.length + again.exact.length).toBeGreaterThan(0);
    expect(listings).toBe(2);
  });
});
