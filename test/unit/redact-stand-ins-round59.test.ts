import { describe, expect, test } from 'vitest';
import { scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';

// What the public page reads where `npm run redact` wrapped an internal name of an .mdx body
// (probe round 59's leftovers): a stand-in, not an empty slot. Invented services throughout.
const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };
const redacted = (body: string) => {
  const source = `---\ntitle: Feed cache skipped\n---\n\n${body}\n`;
  const findings = scanPublicText('post.mdx', source, options).findings;
  return { findings, fixed: applyRedactionFixes(source, findings, { isMdx: true }).source };
};
/** The text the public variant shows: <Internal> spans dropped, <PublicOnly> spans kept. */
const publicReading = (mdx: string) => mdx.replace(/<Internal>[\s\S]*?<\/Internal>/g, '').replace(/<\/?PublicOnly>/g, '');

describe('a path in a code span inside a sentence', () => {
  const { findings, fixed } = redacted('The early return in `quillon-backend/app/handlers/feed.go` skipped the cache after we restarted quillon-backend.');

  test('the guard finds the path (the premise)', () => {
    expect(findings.some((f) => f.message.includes('quillon-backend'))).toBe(true);
  });

  test('reads as an internal file on the public page', () => {
    expect(publicReading(fixed)).toContain('The early return in an internal file skipped the cache');
    expect(publicReading(fixed)).not.toContain('quillon');
  });

  test('a folder reads as a folder', () => {
    expect(publicReading(redacted('The early return in `quillon-backend/app/handlers/` skipped the cache after we restarted quillon-backend.').fixed)).toContain('in an internal folder skipped');
  });

  test('a path alone on its line leaves no phrase', () => {
    const { fixed: alone } = redacted('We restarted quillon-backend.\n\n`quillon-backend/app/handlers/feed.go`');
    expect(publicReading(alone)).not.toMatch(/an internal (?:file|folder)/);
  });
});

describe('a name that is a clause\'s object before an adverb or a preposition', () => {
  test('"restarted <name> twice" keeps a stand-in', () => {
    const { fixed } = redacted('The queue grew, so we restarted quillon-backend twice.');
    expect(publicReading(fixed)).toMatch(/we restarted an internal (?:system|service) twice\./);
  });

  test('"deployed <name> to production" keeps a stand-in', () => {
    const { fixed } = redacted('The queue grew after we deployed quillon-backend to production.');
    expect(publicReading(fixed)).toMatch(/we deployed an internal (?:system|service) to production\./);
  });
});

describe('the first member of a bare list', () => {
  test('is not left empty', () => {
    const { fixed } = redacted('We restarted quillon-backend and then ferrow-worker.\n\nAffected services: quillon-backend, ferrow-worker');
    const reading = publicReading(fixed);
    expect(reading).not.toMatch(/Affected services: ,/);
    expect(reading).toMatch(/Affected services: \S/);
    expect(reading).not.toMatch(/quillon|ferrow/);
  });
});
