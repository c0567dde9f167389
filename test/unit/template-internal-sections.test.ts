import { describe, expect, test } from 'vitest';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { mayHoldTemplateInternalSections, templateInternalRanges, templateInternalTitleSources, titleFirstWord } from '../../src/lib/template-internal-sections.ts';
import { parseBodyTree } from '../../src/lib/body-tree.ts';

/** Words of a template's internal sections start with `zqx`; words the public page keeps with `pub`. */
const frontmatter = '---\ntitle: pubtitle\n---\n';
const publicBody = (body: string, isMdx: boolean) => stripInternalFromSource(frontmatter + body, { isMdx, file: 'x' });

const template = [
  '## Metadata',
  '',
  'Owner: <Internal>@zqxowner</Internal><PublicOnly>zqxteam</PublicOnly>',
  '',
  'Involved:',
  '',
  '### Owner: zqxheadingowner',
  '### Involved:',
  '- zqxperson',
  '### Call recording: zqxlink',
  '',
  '## What happened',
  '',
  'pubstory of the outage, with its owner: pubkept.',
  '',
  '- **Owner:** zqxitemowner',
  '- pubitem',
  '',
  '## Severity',
  '',
  '**Critical** - zqxrating',
  '',
  '## Severity & Impact',
  '',
  'pubimpact',
  '',
  'Severity: zqxlabel',
  '',
  '## Notes to the owner',
  '',
  '- [x] zqxpush this document',
  '',
  '### zqxsub heading of the note',
  '',
  'zqxmore',
  '',
  '## Lessons',
  '',
  'pubowners of the fix learned.',
  '',
].join('\n');

describe('a report template\'s internal sections on the public page', () => {
  for (const isMdx of [true, false]) {
    const source = isMdx ? template : template.replace(/<Internal>.*?<\/Internal><PublicOnly>(.*?)<\/PublicOnly>/g, '$1');
    test(`${isMdx ? '.mdx' : '.md'}: dropped whole, the rest kept, lines kept`, () => {
      const out = publicBody(source, isMdx);
      expect(out).not.toMatch(/zqx/);
      expect(out).not.toMatch(/^#+ (Metadata|Severity$|Notes)/m);
      for (const kept of ['## What happened', 'pubstory', 'pubkept', 'pubitem', '## Severity & Impact', 'pubimpact', '## Lessons', 'pubowners of the fix']) {
        expect(out).toContain(kept);
      }
      expect(out.split('\n').length).toBe((frontmatter + source).split('\n').length);
    });
  }

  test('the internal site keeps them', () => {
    const out = stripInternalFromSource(frontmatter + template, { isMdx: true, variant: 'internal' });
    expect(out).toContain('zqxrating');
    expect(out).toContain('Notes to the owner');
  });

  test('kept columns blank the section with spaces (the guard reads the same cut)', () => {
    const out = stripInternalFromSource(frontmatter + template, { isMdx: true, keepColumns: true });
    expect(out).not.toMatch(/zqx/);
    expect(out.length).toBe(frontmatter.replace(/[^\n]/g, '').length + template.length);
  });

  test('a heading named like a label but saying more is kept', () => {
    const body = '## Owners of the fix\n\npubtext\n\n## Severity of the failure mode\n\npubmore\n';
    expect(templateInternalRanges(parseBodyTree(body, true), body)).toEqual([]);
  });
});

describe('the shortcut and the cut read one list of titles', () => {
  /** Written forms of the titles; every title of the list must have one here (checked below). */
  const written = ['Metadata', 'Imported metadata', 'Notes to the owner', 'Notes to the owners', 'Owner', 'Owners', 'Involved', 'People involved', 'Severity', 'Severity level', 'Meeting scheduled for', 'Call recording'];

  test('every title of the list has a written form here', () => {
    for (const source of templateInternalTitleSources) {
      expect(written.some((w) => new RegExp(`^(?:${source})$`, 'i').test(w)), source).toBe(true);
    }
  });

  for (const title of written) {
    test(`"${title}": cut as a heading, and the shortcut does not skip the body`, () => {
      for (const body of [`## ${title}\n\nzqx\n`, `1. **${title}**\n\nzqx\n`, `> ## ${title.toUpperCase()}\n\nzqx\n`]) {
        expect(mayHoldTemplateInternalSections(body), body).toBe(true);
      }
      const body = `## ${title}\n\nzqx\n\n## After\n\npub\n`;
      expect(templateInternalRanges(parseBodyTree(body, false), body).length).toBe(1);
    });
  }

  test('a title\'s first word: an optional plural is dropped', () => {
    expect(titleFirstWord('owners?')).toBe('owner');
    expect(titleFirstWord('severity(?: level)?')).toBe('severity');
    expect(() => titleFirstWord('(?:a|b)')).toThrow(/does not open with a written word/);
  });

  test('a body with none of the titles is left to the shortcut', () => {
    expect(mayHoldTemplateInternalSections('## What happened\n\nThe queue filled up.\n')).toBe(false);
  });
});
