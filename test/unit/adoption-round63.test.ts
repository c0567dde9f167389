import { describe, expect, test } from 'vitest';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { headingsForEachSiteNote, isHeadingForEachSite, publicReadingOf } from '../../src/lib/publication/heading-variants.ts';
import { otherLanguageLines } from '../../src/lib/publication/other-languages.ts';
import { heldScriptSummary, heldSentenceReason } from '../../src/lib/publication/held-script-runs.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import type { RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { foundInProbe, probeOptions, publicTextAfterRedact, scanProbe } from '../support/redaction-probe-harness.ts';
import { adding, both, checked, publicPost } from '../support/good-input-changed.ts';

/**
 * Round 63's adoption walk (docs/adopting.md, "Walkthrough round 63"): round 62's leftovers
 * (`npm run redact` writing <Internal>/<PublicOnly> into headings, which `npm run check` then
 * warned of; Vietnamese and Indonesian lines with English system phrases) and what Arabic,
 * Hungarian and Norwegian operations notes met. The sentences, names and systems here are
 * invented, in the shapes the walk met.
 */

const listing = (...people: string[]): RedactionOptions => ({ ...probeOptions, people, peopleIndex: buildPeopleIndex(people.map((name) => ({ name, origin: 'vocabulary' as const }))) });
const redacted = (source: string, options: RedactionOptions = probeOptions) => applyRedactionFixes(source, scanProbe(source, options), { isMdx: true });
const people = (found: string[]) => found.filter((f) => /^redact\/(?:possible-)?person:/.test(f));

describe('a heading that names what the public site must not becomes a heading for each site', () => {
  const post = ['Intro text of the report.', '', '## Call with Vesna Tarkow and relay3.corp', 'The call began at 10:02.', '', '### Handover to Vesna Tarkow', '', 'The handover notes follow.', ''].join('\n');
  const fixed = redacted(post, listing('Vesna Tarkow'));

  test('the internal block keeps the heading as written, the public one reads the fixes\' public words', () => {
    expect(fixed.source).toContain('<Internal>\n## Call with Vesna Tarkow and relay3.corp\n</Internal>\n<PublicOnly>\n## Call with an engineer and an internal host\n</PublicOnly>\n\nThe call began');
    expect(fixed.source).toContain('<Internal>\n### Handover to Vesna Tarkow\n</Internal>\n<PublicOnly>\n### Handover to an engineer\n</PublicOnly>\n\nThe handover');
    expect(fixed.source).not.toMatch(/#[^\n]*<(?:Internal|PublicOnly)>/);
  });
  test('each finding is still listed, and redact says what it did with the headings once', () => {
    expect(fixed.applied.map((fix) => `${fix.line}:${fix.rule}`)).toEqual(['3:redact/person', '3:redact/internal-host', '6:redact/person']);
    expect(fixed.applied.every((fix) => isHeadingForEachSite(fix.after))).toBe(true);
    const note = headingsForEachSiteNote('post.mdx', fixed.applied.map((fix) => fix.after));
    expect(note).toContain('post.mdx: 2 heading(s)');
    expect(note).toContain('the form npm run check asks for');
    expect(headingsForEachSiteNote('post.mdx', ['<Internal>Vesna Tarkow</Internal><PublicOnly>an engineer</PublicOnly>'])).toBeUndefined();
  });
  test('npm run check accepts what redact wrote: no variant-placement warning, no empty section', () => {
    const found = checked(both(publicPost, adding(fixed.source.trim()))).filter((line) => /mdx\/variant-placement|completeness\/empty-section/.test(line));
    expect(found).toEqual([]);
  });
  test('a deeper heading under a heading for each site skips no level', () => {
    const found = checked(both(publicPost, adding('<Internal>\n### Plan of Vesna Tarkow\n</Internal>\n<PublicOnly>\n### Plan of an engineer\n</PublicOnly>\n\n#### Week one\n\nThe audit.'))).filter((line) => line.includes('body/heading-skip'));
    expect(found).toEqual([]);
    expect(checked(both(publicPost, adding('## Plan\n\n#### Week one\n\nThe audit.'))).filter((line) => line.includes('body/heading-skip'))).toHaveLength(1);
  });
  test('control: a heading for each site with nothing under it is still an empty section', () => {
    const found = checked(both(publicPost, adding('<Internal>\n## Call with Vesna Tarkow\n</Internal>\n<PublicOnly>\n## Call with an engineer\n</PublicOnly>\n\n## Another section\n\nIts text.'))).filter((line) => line.includes('completeness/empty-section'));
    expect(found).toHaveLength(2);
  });
  test('control: a name in a sentence is wrapped in its place; a heading in a code block is code', () => {
    expect(redacted('Vesna Tarkow restarted the relay.\n', listing('Vesna Tarkow')).source).toBe('<Internal>Vesna Tarkow</Internal><PublicOnly>An engineer</PublicOnly> restarted the relay.\n');
    expect(redacted('Text.\n\n```md\n## Notes from relay3.corp\n```\n').source).toBe('Text.\n\n<Internal>\n```md\n## Notes from relay3.corp\n```\n</Internal>\n');
  });
  test('the public reading of a fix', () => {
    expect(publicReadingOf('<Internal>Ana</Internal><PublicOnly>an engineer</PublicOnly>')).toBe('an engineer');
    expect(publicReadingOf('<Internal>`relay3.corp`</Internal>')).toBe('');
    expect(publicReadingOf('an engineer')).toBe('an engineer');
  });
});

describe('system phrases in the line\'s letters\' language', () => {
  // In a .md body (and frontmatter) a host becomes a phrase; round 62 gave these lines a person's placeholder only.
  const mdPublished = (line: string) => applyRedactionFixes(`${line}\n`, scanProbe(`${line}\n`), { isMdx: false }).source;
  test.each([
    ['Đội vận hành khởi động lại relay3.corp sau sự cố.', '[máy chủ nội bộ]'],
    ['Layanan relay3.corp dimulai ulang oleh tim yang bertugas dan pembayaran pulih.', '[host internal]'],
    ['Η ομάδα επανεκκίνησε το relay3.corp μετά το σφάλμα.', '[εσωτερικός διακομιστής]'],
  ])('%s', (line, phrase) => {
    const published = mdPublished(line);
    expect(published).toContain(phrase);
    expect(published).not.toContain('internal host');
  });
  test('control: an English line keeps the English phrase', () => {
    expect(mdPublished('The team restarted relay3.corp after the failure.')).toContain('an internal host');
  });
});

describe('Hungarian is a language the person rules tell', () => {
  const hungarian = [
    'A táblák szerkezetét ellenőriztük, és az indexek hiányoznak, ezért a lekérdezések lassúak voltak.',
    '',
    '## Tábla Struktúra Elemzése',
    '',
    '| Tábla | Státusz |',
    '| --- | --- |',
    '| profiles | Kész |',
    '',
    '### Azonnali Lépések',
    '',
    'Az indexeket még ma létre kell hozni, mert a terhelés nő.',
    '',
  ].join('\n');
  test('a Hungarian line is told', () => {
    expect(otherLanguageLines(hungarian.split('\n'), hungarian).get(0)).toBe('hu');
  });
  test('its headings and table labels are no names', () => {
    expect(people(foundInProbe(hungarian))).toEqual([]);
  });
  test('a listed name in Hungarian text is still found, and gets the Hungarian placeholder', () => {
    const text = `${hungarian}Zoltan Berecz újraindította a szervert, és a hiba megszűnt.\n`;
    expect(people(foundInProbe(text, listing('Zoltan Berecz')))).toContain('redact/person:Zoltan Berecz');
    expect(publicTextAfterRedact(text, listing('Zoltan Berecz'))).toMatch(/\[[Nn]év eltávolítva\] újraindította/);
  });
});

describe('a run of a script no rule reads, beside code, is no name inside a Latin sentence', () => {
  const line = 'عند محاولة دمج `TracerKit` في الواجهة الأمامية باستخدام `autoWireAll` فشلت عملية البناء.';
  const source = `${line}\n`;
  const at = (run: string) => [source.indexOf(run), source.indexOf(run) + run.length] as const;
  const message = 'what may be the name of a person (text in Arabic script: the name check reads only Latin script) would be published';
  test('an Arabic sentence naming code is left for the author, not replaced by a placeholder', () => {
    expect(heldSentenceReason(message, source, ...at('عند محاولة دمج'))).toContain('text in Arabic script that no rule reads');
    expect(publicTextAfterRedact(source)).not.toContain('[…]');
  });
  test('redact says once per post how many runs of which script it left, and what the post can do meanwhile', () => {
    const reason = heldSentenceReason(message, source, ...at('عند محاولة دمج'))!;
    const summary = heldScriptSummary('post.mdx', [reason, reason, 'inside a fenced code block of a .md file: remove the line']);
    expect(summary).toContain('post.mdx: 2 in Arabic script left for you');
    expect(summary).toContain('visibility: internal');
    expect(heldScriptSummary('post.mdx', ['inside a fenced code block of a .md file: remove the line'])).toBeUndefined();
  });
  test('control: a few Arabic words inside an English sentence are still a name', () => {
    const english = 'The on-call engineer نادر سليم restarted the relay at 10:02 and checked the queue.\n';
    expect(heldSentenceReason(message, english, english.indexOf('نادر'), english.indexOf('سليم') + 4)).toBeUndefined();
  });
});
