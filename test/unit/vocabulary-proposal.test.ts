import { describe, expect, test } from 'vitest';
import { proposeVocabulary, proposedYaml, type DraftForProposal } from '../../src/lib/vocabulary-proposal.ts';
import { parseVocabulary } from '../../src/lib/vocabulary.ts';

const vocabulary = parseVocabulary({
  teams: 'ops:\n  name: Operations\n',
  services: 'website:\n  name: Website\n  owner: ops\n  tier: 1\n',
  tags: 'security: {}\n',
  triggers: 'change:\n  name: A change we made\n',
});

/** A draft as the import writes one from a report with its own frontmatter (kept as "Imported metadata"). */
function draft(text: string, metadata = '', hasTrigger = false): DraftForProposal {
  const body = `${text}\n${metadata ? `\n<Internal>\n\n## Imported metadata\n\nThe original report's own frontmatter, kept as written:\n\n\`\`\`yaml\n${metadata}\n\`\`\`\n\n</Internal>\n` : ''}`;
  return { text: `Outage\n\n${body}`, body, hasTrigger };
}

describe('vocabulary entries the drafts point at that the files lack', () => {
  test('keywords and components of the reports\' own metadata, and the failure modes their text states', () => {
    const drafts = [
      draft('A bad configuration change took the site down.', 'keywords:\n- routing\n- Network Outage\n- security\ncomponents: [User Database]'),
      draft('We pushed a bad configuration change to the edge.', 'tags: routing, website\nservice:\n  summary: User Database'),
      draft('The disk filled up on the primary.', 'categories: [routing]'),
      draft('A change we made; a bad configuration change.', 'labels: [network outage]', true),
      draft('Nothing of note.', 'keywords: [only-here]'),
    ];
    const proposal = proposeVocabulary(drafts, vocabulary);
    expect(proposal.tags.map((t) => [t.id, t.drafts])).toEqual([['config', 3], ['routing', 3], ['network-outage', 2]]);
    expect(proposal.services.map((s) => [s.id, s.name, s.drafts])).toEqual([['user-database', 'User Database', 2]]);
    // The trigger is proposed only for drafts without one (the fourth has one), named as the built-in category.
    expect(proposal.triggers.map((t) => [t.id, t.name, t.drafts])).toEqual([['configuration', 'Configuration change', 2]]);
    // Known ids (security, the website service) are never proposed; one draft's own word is left out of a batch.
    expect(proposal.single).toEqual({ services: 0, tags: 3, triggers: 1 });
    expect(proposedYaml('tags', proposal.tags.slice(1))).toBe(
      '# proposed: 3 draft(s), from the reports\' own metadata\nrouting: {}\n'
      + '# proposed: 2 draft(s), from the reports\' own metadata\nnetwork-outage:\n  aliases: ["Network Outage"]\n',
    );
    // What is written for tags and triggers reads as a vocabulary.
    const extended = parseVocabulary({
      teams: 'ops:\n  name: Operations\n', services: 'website:\n  name: Website\n  owner: ops\n  tier: 1\n',
      tags: `security: {}\n${proposedYaml('tags', proposal.tags)}`, triggers: `change:\n  name: A change we made\n${proposedYaml('triggers', proposal.triggers)}`,
    });
    expect([...extended.tags.keys()]).toEqual(['security', 'config', 'routing', 'network-outage']);
    expect(extended.triggers.get('configuration')?.name).toBe('Configuration change');
    expect(proposeVocabulary(drafts, extended).tags).toEqual([]);
  });

  test('ids the drafts already use that the files lack are proposed too (each was an error in every file using it)', () => {
    const drafts = ['a', 'b', 'c', 'd', 'e'].map((name): DraftForProposal => ({ text: name, body: name, hasTrigger: true, uses: { services: ['website', 'ledger'], tags: ['deploy', 'security'], trigger: 'outside' } }));
    // One draft alone uses this tag: listed all the same, since check refuses it there.
    drafts[0] = { ...drafts[0], uses: { ...drafts[0].uses, tags: ['deploy', 'flaky'] } };
    const proposal = proposeVocabulary(drafts, vocabulary);
    expect(proposal.services.map((e) => [e.id, e.drafts, e.from])).toEqual([['ledger', 5, 'the drafts\' own frontmatter']]);
    expect(proposal.tags.map((e) => [e.id, e.drafts])).toEqual([['deploy', 5], ['flaky', 1]]);
    expect(proposal.triggers.map((e) => e.id)).toEqual(['outside']);
  });
});
