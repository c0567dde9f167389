import { describe, expect, it } from 'vitest';
import { genericReplacement, systemStandIns } from '../../src/lib/publication/generic-replacement.ts';
import { findStandInLabels } from '../../src/lib/publication/stand-in-labels.ts';

// The phrases `npm run redact` writes for systems, hosts and accounts are the phrases a name written
// after as a label is read by: one source, so a reworded stand-in cannot stop being read.
describe('stand-in phrases and the labels after them', () => {
  for (const rule of ['redact/internal-name', 'redact/internal-host', 'redact/cloud-account', 'redact/identifier']) {
    it(`reads a name after the phrase written for ${rule}`, () => {
      const phrase = genericReplacement(rule);
      expect(systemStandIns).toContain(phrase);
      const line = `We restarted ${phrase}: quillmarsh-relay and watched the queue drain.`;
      expect(findStandInLabels(line).map((label) => label.text)).toEqual(['quillmarsh-relay']);
    });
  }

  it('does not read a name after the phrases written for people or tickets', () => {
    for (const rule of ['redact/person', 'redact/ticket', 'redact/handle']) {
      const line = `We paged ${genericReplacement(rule)}: quillmarsh-relay and waited.`;
      expect(findStandInLabels(line)).toEqual([]);
    }
  });
});
