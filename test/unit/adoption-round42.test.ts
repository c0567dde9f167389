import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/lib/findings.ts';
import { carriedScanOptions, postToRedact } from '../support/post-to-redact.ts';
import { proposedFileName } from '../../src/lib/publication/file-name.ts';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';

/**
 * Round 42's adoption walk (docs/adopting.md, "Adoption walkthrough round 42"): an infrastructure
 * team's meeting notes, "Meeting run by <First-Handle>" in the title, so in the file name. The
 * file-name check found the first name alone, `npm run redact -- --rename` dropped it, and the
 * address kept the handle's second word (`…-meeting-run-by-<word>`), an English word no check then
 * read as a name: published in the page's address, the feed, the sitemap and the search index.
 * Name and handles invented here.
 */
const fileNameFindings = (file: string, source: string, data: Parameters<typeof scanPostmortemForPublication>[2]) =>
  scanPostmortemForPublication(file, source, data, carriedScanOptions).findings
    .filter((f: Finding) => f.field === '(file name)' && f.severity === 'error').map((f) => redactionFindingText(f));

describe('a name of two words in a file name', () => {
  test('the rename drops the whole name the post gives a person, not its first word alone', () => {
    const post = postToRedact('2025-03-06-meeting-run-by-ruth-lantern', 'Meeting run by Ruth-Lantern. Minutes written by quillow.\n\nAttending: Ruth-Lantern, quillow, brenrik\n');
    const names = fileNameFindings(post.file, post.source, post.data);
    expect(names).toContain('ruth-lantern');
    expect(proposedFileName('2025-03-06-meeting-run-by-ruth-lantern', names)).toBe('2025-03-06-meeting-run-by');
  });

  test('a file name that kept the second word of a person redact replaced is held', () => {
    const post = postToRedact('2025-03-06-meeting-run-by-lantern', 'Meeting run by <Internal>Ruth-Lantern</Internal><PublicOnly>an engineer</PublicOnly>.\n\nThe mirror is slow again.\n');
    expect(fileNameFindings(post.file, post.source, post.data)).toEqual(['lantern']);
  });

  test('a word of a wrapped system (no person\'s role shown) is no such sign, nor a word the public text says', () => {
    const system = postToRedact('2025-03-06-lantern-queue-slow', 'The queue of <Internal>Ruth-Lantern</Internal><PublicOnly>an internal system</PublicOnly> was slow.\n');
    expect(fileNameFindings(system.file, system.source, system.data)).toEqual([]);
    const said = postToRedact('2025-03-06-lantern-queue-slow', 'Meeting run by <Internal>Ruth-Lantern</Internal><PublicOnly>an engineer</PublicOnly>. The lantern queue was slow.\n');
    expect(fileNameFindings(said.file, said.source, said.data)).toEqual([]);
  });
});
