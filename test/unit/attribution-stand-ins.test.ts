import { describe, expect, test } from 'vitest';
import { postToRedact } from '../support/post-to-redact.ts';
import { probeOptions } from '../support/redaction-probe-harness.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { findAttributionsAndSpeakers } from '../../src/lib/publication/person-patterns.ts';
import { scanOneForPublication } from '../../scripts/lib/redaction-check.ts';

/**
 * Session 45's leak check (chia's "wikiattack" report, after `npm run redact`): an author line
 * whose name and e-mail address were each replaced by a role was held back as a person, "An
 * engineer … an engineer": the internal parts are blanked to spaces for the scan, and the check
 * of ordinary words split the value on single spaces, so the empty parts between them were no words.
 */
const people = (body: string) => scanOneForPublication(postToRedact('2025-04-02-wiki', body), probeOptions).findings
  .filter((f) => f.rule === 'redact/person' || f.rule === 'redact/possible-person').map((f) => redactionFindingText(f));

describe('an attribution line whose parts were replaced by roles', () => {
  test('the redacted author line is no person', () => {
    const line = 'Author: <Internal>Vexmor Qalandri</Internal><PublicOnly>An engineer</PublicOnly> <Internal>[vq@acme.example](mailto:vq@acme.example)</Internal><PublicOnly>an engineer</PublicOnly>';
    expect(people(`The wiki served a malicious link.\n\n${line}\n`)).toEqual([]);
    expect(findAttributionsAndSpeakers(`Author: An engineer${' '.repeat(40)}an engineer`)).toEqual([]);
  });
  test('a name beside a role, or alone, is still found', () => {
    expect(findAttributionsAndSpeakers(`Author: An engineer${' '.repeat(10)}Zyltrin`).map((m) => m.text.replace(/\s+/g, ' '))).toEqual(['An engineer Zyltrin']);
    expect(people('The wiki served a malicious link.\n\nAuthor: Vexmor Qalandri\n')).toContain('Vexmor Qalandri');
  });
});
