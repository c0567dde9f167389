import { describe, expect, test } from 'vitest';
import { formatSectionsLeftOut, templateSectionsLeftOut } from '../../src/lib/template-sections-left-out.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';

const frontmatter = '---\ntitle: A post\nvisibility: public\n---\n';
const body = [
  '## What happened',
  '',
  'The queue stalled.',
  '',
  'Owner: the queue team',
  '',
  '<Internal>',
  '',
  '## Involved',
  '',
  '- the on-call',
  '',
  '</Internal>',
  '',
  '## Notes to the owner',
  '',
  '- [ ] push this document',
  '',
  '## Lessons',
  '',
  'Queues need alerts.',
  '',
].join('\n');

describe('templateSectionsLeftOut', () => {
  test('names each section the public cut drops that the author did not wrap, with its line in the file', () => {
    const found = templateSectionsLeftOut('p.mdx', frontmatter + body);
    expect(found).toEqual([
      { file: 'p.mdx', line: 9, opening: 'Owner: the queue team' },
      { file: 'p.mdx', line: 19, opening: '## Notes to the owner' },
    ]);
    // what is named is what the public page lacks
    const published = stripInternalFromSource(frontmatter + body, { isMdx: true, file: 'p.mdx' });
    for (const { opening } of found) expect(published).not.toContain(opening);
    expect(published).toContain('Queues need alerts.');
  });

  test('a .md body, and a body with no template section', () => {
    expect(templateSectionsLeftOut('p.md', `${frontmatter}Intro.\n\n### Owner: the data team\n\nText.\n`)).toEqual([
      { file: 'p.md', line: 7, opening: '### Owner: the data team' },
    ]);
    expect(templateSectionsLeftOut('p.mdx', `${frontmatter}## Severity & Impact\n\nOwners of the fix learned.\n`)).toEqual([]);
  });

  test('one note line a file, naming its sections and the two ways to act on it', () => {
    const lines = formatSectionsLeftOut(templateSectionsLeftOut('p.mdx', frontmatter + body));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^note: p\.mdx: the public page leaves out 2 template sections .*line 9 "Owner: the queue team", line 19 "## Notes to the owner"\. .*<Internal>/);
  });
});
