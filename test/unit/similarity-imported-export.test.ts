import { describe, expect, test } from 'vitest';
import { findSimilarPostmortems } from '../../src/lib/similarity.ts';
import { toSimilarityDocumentFromBody, withoutImportedMetadata } from '../../src/lib/similarity-input.ts';
import type { Postmortem } from '../../src/lib/postmortem-schema.ts';

// Drafts as `npm run import` writes them from a status page's incident export (modelled on what the
// import makes of a Statuspage history; the words are ours): a provenance line with the incident's
// own link and impact, "Affected components", a timeline of template updates around one sentence
// that says what failed, component state lines, and the export's fields under "Imported metadata".
// Impact, component and time of day cut across the causes, as they do in a real export.
// Each incident tells its cause in one short sentence of its own (with a word of its own: its site),
// as most updates of a status page do: the template around it is most of the draft.
const causes = {
  search: (site: string) => [`Search results in ${site} were stale.`, `Stale search results in ${site}.`],
  webhooks: (site: string) => [`Webhook deliveries in ${site} were delayed.`, `Delayed webhook deliveries in ${site}.`],
  avatars: (site: string) => [`Avatars in ${site} did not load.`, `Avatars did not load in ${site}.`],
  billing: (site: string) => [`Billing pages in ${site} showed old invoices.`, `Old invoices on the ${site} billing pages.`],
} as const;
/** A made-up site name of one draft alone ("bavan", "daren"...): no other incident shares it. */
const siteOf = (cause: Cause, n: number) => `${'bdfgkm'[n]}${'aeio'[Object.keys(causes).indexOf(cause)]}${'vrnl'[n % 4]}an`;
type Cause = keyof typeof causes;
const components = ['Actions', 'Pages', 'Packages'];
const impacts = ['minor', 'major'];

const data = (title: string, summary: string): Postmortem => ({ title, summary, impact: { description: '' }, timeline: [], contributors: [], risks: [], services: [], tags: [], related: [] }) as unknown as Postmortem;

function draft(cause: Cause, n: number): { id: string; cause: Cause; title: string; summary: string; body: string } {
  const component = components[n % components.length];
  const impact = impacts[Math.floor(n / 2) % impacts.length];
  const day = String(1 + n).padStart(2, '0');
  const minute = String(10 + n * 7).padStart(2, '0');
  const summary = `We are investigating reports of degraded performance for ${component}.`;
  const body = [
    `Incident of the Acme status page (https://stspg.example/${cause.slice(0, 2)}${n}x${day}), exported from Statuspage; impact: ${impact}; last status: resolved.`,
    '',
    `Affected components: ${component}.`,
    '',
    '## Timeline',
    '',
    `- 2021-03-${day} 14:${minute} UTC *Investigating* - ${summary}`,
    `- 2021-03-${day} 14:${minute} UTC *Update* - ${causes[cause](siteOf(cause, n))[n % 2]} We are continuing to work on a fix for this issue.`,
    `- 2021-03-${day} 15:${minute} UTC *Resolved* - This incident has been resolved.`,
    `  (Components: ${component}: Operational)`,
    '',
    '<Internal>',
    '',
    '## Imported metadata',
    '',
    'The fields of the Statuspage incidents export for this incident, as the import read them:',
    '',
    '```yaml',
    '# as exported',
    `title: Incident on 2021-03-${day} 14:${minute} UTC`,
    `date: 2021-03-${day}T14:${minute}:00.${n}62Z`,
    `started_at: 2021-03-${day}T14:${minute}:00.${n}62Z`,
    `resolved_at: 2021-03-${day}T15:${minute}:00.${n}62Z`,
    `severity: ${impact}`,
    '```',
    '',
    '</Internal>',
  ].join('\n');
  return { id: `${cause}-${n}`, cause, title: `Incident with ${component}`, summary, body };
}

const drafts = (Object.keys(causes) as Cause[]).flatMap((cause) => Array.from({ length: 6 }, (_, n) => draft(cause, n)));
const causeOf = new Map(drafts.map((d) => [d.id, d.cause]));

describe('similar incidents of one status page export', () => {
  const documents = drafts.map((d) => toSimilarityDocumentFromBody(d.id, data(d.title, d.summary), d.body));
  const links = findSimilarPostmortems(documents);

  test('every link of every draft is an incident of the same cause: template lines, impact, component and export fields do not link', () => {
    for (const d of drafts) {
      const own = links.get(d.id)!;
      expect(own.length, d.id).toBeGreaterThan(0);
      expect(own.map((link) => causeOf.get(link.id)), d.id).toEqual(own.map(() => d.cause));
    }
  });

  test('no reason names a word of the template or the export fields', () => {
    const template = /\b(?:exported|statuspage|impact|minor|major|investigating|resolved|operational|components?|continuing|started|severity|title)\b/i;
    for (const d of drafts) for (const link of links.get(d.id)!) expect(link.reason, `${d.id} → ${link.id}`).not.toMatch(template);
  });
});

describe('the imported-metadata section', () => {
  test('is left out from its heading to the end of its <Internal> block; a YAML comment in it is no heading', () => {
    const body = 'The pool was exhausted.\n\n<Internal>\n\n## Imported metadata\n\nThe fields:\n\n```yaml\n# kept as written\nseverity: minor\n```\n\n</Internal>\n\nAfter the block.';
    expect(withoutImportedMetadata(body)).toBe('The pool was exhausted.\n\n<Internal>\n\n</Internal>\n\nAfter the block.');
  });

  test('ends at a heading as deep as its own; a deeper heading is part of it; other sections stay', () => {
    const body = '## Imported metadata\n\nsource: sheet\n\n### Cells\n\nrow: 4\n\n## Root cause\n\nThe disk filled up.';
    expect(withoutImportedMetadata(body)).toBe('## Root cause\n\nThe disk filled up.');
    expect(withoutImportedMetadata('## Metadata we imported\n\nseverity: minor')).toBe('## Metadata we imported\n\nseverity: minor');
  });

  test('is not read as the draft\'s words', () => {
    const { text } = toSimilarityDocumentFromBody('x', data('t', 's'), drafts[0].body);
    expect(text).not.toMatch(/started_at|severity|Imported metadata/);
    expect(text).toContain(causes.search(siteOf('search', 0))[0]);
  });
});
