import { describe, expect, test } from 'vitest';
import { findNamesInFileName } from '../../src/lib/publication/file-name.ts';
import { scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';

/**
 * Round 36's adoption walk (docs/adopting.md, "Adoption walkthrough round 36"): a status post
 * titled after a product's acronym that is also a listed first name, in capitals ("Portal IVO:
 * derzeit nicht erreichbar"). The check passed it; its id, in lower case in the page's address, stopped the
 * whole public build. Names and products invented here.
 */
const options: RedactionOptions = { internalDomains: ['.internal'], serviceIds: [], people: ['Ivo Lund'], peopleIndex: buildPeopleIndex([{ name: 'Ivo Lund', origin: 'configured' }]) };
const id = '2026-03-11-ivo-derzeit-nicht-erreichbar-11-03-2026-08-30';

describe('a listed first name in lower case in a post id', () => {
  test('the built site reads it as a name in the address', () => {
    // What the built-site guard meets in the page's links, sitemap and feed.
    expect(scanPublicText('index.html', `/incidents/${id}/`, options).findings.map((f) => f.rule)).toContain('redact/person');
  });

  test('the file-name check finds it too, so the post is held instead of the public build stopped', () => {
    expect(findNamesInFileName(id, options)).toContainEqual(expect.objectContaining({ rule: 'redact/person', text: 'ivo' }));
  });

  test('an id without a listed name stays clean', () => {
    expect(findNamesInFileName('2026-03-11-portal-derzeit-nicht-erreichbar-11-03-2026-08-30', options)).toEqual([]);
  });
});
