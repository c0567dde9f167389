import { describe, expect, it } from 'vitest';
import { carriedPeopleFindings } from '../../src/lib/publication/carried-people.ts';
import { nicknameInName } from '../../src/lib/publication/quoted-nicknames.ts';
import { isBoldFieldLabel } from '../../src/lib/publication/bold-field-labels.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import type { ScannedPost } from '../../src/lib/publication/carried-hosts.ts';
import { listedPeopleProbe } from '../support/listed-people-probe.ts';
import { isProductNamedWithListedPart } from '../../src/lib/publication/listed-parts-in-product-names.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';

/**
 * Round 54's adoption walk (docs/adopting.md, "Walkthrough round 54"). Names, nicknames, stacks
 * and posts invented here, modelled on what the walk met.
 */
const listed = ['Ronnie Marlow', 'Brian Stack', 'Dana Quillfeather', 'Grant Oduya', 'Daniel Sim'];
const { peopleFound, publicLine } = listedPeopleProbe(listed);

/** The leak of the walk: a nickname in quotes between a listed given name and surname. */
describe('a nickname in quotes between a person\'s names', () => {
  it.each([
    ['straight quotes, a second capital', '**Author:** Ronnie "QuietFox" Marlow · **Compiled:** July 2026', '**Author:** an engineer · **Compiled:** July 2026'],
    ['curly quotes', 'Written up by Ronnie “QuietFox” Marlow after the retro.', 'Written up by an engineer after the retro.'],
    ['a nickname with a digit', 'Ronnie "Fox9" Marlow restarted the queue.', 'An engineer restarted the queue.'],
  ])('%s: the whole name is one finding and one role', (_, line, expected) => {
    expect(peopleFound(line)).toEqual([line.match(/Ronnie .\w+. Marlow/)![0]]);
    expect(publicLine(line)).toBe(expected);
    expect(publicLine(line)).not.toMatch(/QuietFox|Fox9/);
  });

  it('a nickname of one capital is read as before', () => {
    expect(publicLine('Ronnie "Hal" Marlow restarted the queue.')).toBe('An engineer restarted the queue.');
  });

  it('reads the nickname out of a found whole name, not out of other words in quotes', () => {
    expect(nicknameInName('Ronnie "QuietFox" Marlow')).toBe('QuietFox');
    expect(nicknameInName('**Ronnie ‘QuietFox’ Marlow**')).toBe('QuietFox');
    expect(nicknameInName('Ronnie Marlow')).toBeUndefined();
    expect(nicknameInName('the "QuietFox" job')).toBeUndefined();
  });

  const post = (file: string, lines: string[], people: [number, string][] = []): ScannedPost => ({
    file, sourceLines: lines, publicLines: lines,
    findings: people.map(([line, name]) => ({ file, line, column: 1, rule: 'redact/person', severity: 'error' as const, message: `the name of a person would be published: "${name}".` })),
  });
  const texts = (findings: readonly { line: number; message: string }[]) => findings.map((f) => `${f.line}:${redactionFindingText(f)}`);

  it('the nickname is carried to the post\'s other places and to other posts, as written', () => {
    const { findings } = carriedPeopleFindings([
      post('postmortems/a.mdx', ['**Author:** Ronnie "QuietFox" Marlow', '', 'It inherited QuietFox\'s global settings by default.'], [[1, 'Ronnie "QuietFox" Marlow']]),
      post('postmortems/b.mdx', ['QuietFox rotated the token; the quietfox-exporter kept running.']),
    ]);
    expect(texts(findings[0])).toEqual(['3:QuietFox']);
    // As a word on its own, in its own case: not inside an identifier.
    expect(texts(findings[1])).toEqual(['1:QuietFox']);
  });

  it('and from a name `npm run redact` already replaced', () => {
    const source = ['**Author:** <Internal>Ronnie "QuietFox" Marlow</Internal><PublicOnly>an engineer</PublicOnly>', 'QuietFox\'s settings leaked into stage 4.'];
    const { findings } = carriedPeopleFindings([{ ...post('postmortems/a.mdx', source), publicLines: ['**Author:** an engineer', source[1]] }]);
    expect(texts(findings[0])).toEqual(['2:QuietFox']);
  });

  it('a full name without a nickname carries no single word', () => {
    const { findings } = carriedPeopleFindings([
      post('postmortems/a.mdx', ['Ronnie Marlow wrote it.', 'Marlow then left.'], [[1, 'Ronnie Marlow']]),
    ]);
    expect(texts(findings[0])).toEqual([]);
  });
});

/** Read on the walk: a post-mortem's header of facts, one bold label a line. */
describe('a listed surname that is a word, as a bold field label', () => {
  const header = ['**Date:** 2026-06-28', '**Project:** A booking web app', '**Stack:** Next.js 16 · pnpm 11.0.8 · Vercel', '**Severity:** SEO only'].join('\n');

  it('is the label, not a speaker', () => {
    expect(peopleFound(header)).toEqual([]);
    expect(publicLine(header)).toBe(header);
    expect(publicLine('- **Stack:** Go 1.22, PostgreSQL 16')).toBe('- **Stack:** Go 1.22, PostgreSQL 16');
  });

  it('a speaker is still a person: a given name so written, the colon outside, the whole name', () => {
    expect(peopleFound('**Grant:** on it, restarting the pool')).toEqual(['Grant']);
    expect(peopleFound('**Stack**: on it, restarting the pool')).toEqual(['Stack']);
    expect(peopleFound('**Brian Stack:** on it')).toEqual(['Brian Stack']);
  });

  it('reads the label\'s place only', () => {
    expect(isBoldFieldLabel('**', ':** Next.js')).toBe(true);
    expect(isBoldFieldLabel('- __', ':__ Go')).toBe(true);
    expect(isBoldFieldLabel('**', '**: on it')).toBe(false);
    expect(isBoldFieldLabel('Ask **', ':** now')).toBe(false);
  });
});

/** Read on the walk: a research group's project named with a word no one's name opens and a listed surname. */
describe('a listed surname after an unknown word, the two a thing\'s name', () => {
  const post = 'The hardening broke the Zuvora Sim web-based IDE for new users.\n\nUsers of Zuvora Sim through the CLI were not impacted.';

  it('is the product\'s, where the post names it as things are named', () => {
    expect(peopleFound(post)).toEqual([]);
    expect(publicLine(post)).toBe(post);
  });

  it('a known given name before the part, or the part alone, is still the person', () => {
    expect(peopleFound('The hardening broke the Dana Sim dashboard; Dana Sim fixed it.')).toContain('Dana Sim');
    expect(peopleFound('It broke the Zuvora Sim web-based IDE. Sim restarted the pool.')).toEqual(['Sim']);
    // No sign of a thing: two capitalised words before a verb read as before.
    expect(peopleFound('Zuvora Sim restarted the pool.')).toEqual(['Zuvora Sim']);
  });

  it('reads two words, a part of a listed name last', () => {
    const people = buildPeopleIndex(listed.map((name) => ({ name, origin: 'vocabulary' as const })));
    expect(isProductNamedWithListedPart('Zuvora Sim', people, post)).toBe(true);
    expect(isProductNamedWithListedPart('Zuvora Sim', people, 'Zuvora Sim restarted the pool.')).toBe(false);
    expect(isProductNamedWithListedPart('Daniel Sim', people, 'the Daniel Sim dashboard')).toBe(false);
    expect(isProductNamedWithListedPart('Zuvora Quell', people, post)).toBe(false);
  });
});

/** Read on the walk: a responder's initial without its full stop before the full name. */
describe('an initial opening a full name after a label', () => {
  it.each([
    ['after a bold label', '**Responders**: A Dana Quillfeather (@dquill)', '**Responders**: an engineer'],
    ['opening the line', 'A Dana Quillfeather restarted the pool.', 'An engineer restarted the pool.'],
  ])('%s: the initial goes with the name', (_, line, expected) => {
    expect(peopleFound(line)[0]).toBe('A Dana Quillfeather');
    expect(publicLine(line)).toBe(expected);
  });

  it('an article inside a sentence is left as it was read', () => {
    expect(peopleFound('We thanked a Dana Quillfeather for the fix.')).toEqual(['Dana Quillfeather']);
  });
});
