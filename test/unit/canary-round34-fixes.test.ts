import { describe, expect, test } from 'vitest';
import { lookalikeComponentName } from '../../src/lib/component-tag-lookalikes.ts';
import { findAliasedPublicFields } from '../../src/lib/publication/public-field-aliases.ts';
import { findUnreadableMarkup } from '../../src/lib/publication/unreadable-markup.ts';
import { findMarkupInPlainText } from '../../src/lib/plain-text-fields.ts';
import { PublicVariantError, stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { publicLinkRewriter } from '../../src/integrations/public-variant.ts';
import type { DraftPostmortem } from '../../src/lib/postmortem-schema.ts';

/** The fixes of canary round 34 (docs/architecture.md), each on the probe that leaked before it. */
const cut = (source: string, isMdx = true) => stripInternalFromSource(source, {
  isMdx, variant: 'public', file: isMdx ? 'x.mdx' : 'x.md',
  rewriteLink: publicLinkRewriter((id) => id === '2025-01-01-public', (id) => ['2025-01-01-public', '2025-02-01-hidden'].includes(id)),
});
const refusal = (source: string, isMdx = true) => {
  try {
    cut(source, isMdx);
  } catch (error) {
    expect(error).toBeInstanceOf(PublicVariantError);
    return (error as Error).message;
  }
  return undefined;
};
const post = (body: string) => `---\ntitle: x\n---\n${body}\n`;

describe('component names written with other letters', () => {
  test('a Greek iota, a combining mark or a roman numeral fifty imitate the component', () => {
    expect(lookalikeComponentName('\u0399nternal')).toBe('Internal');
    expect(lookalikeComponentName('\u03B9nternal')).toBe('Internal');
    expect(lookalikeComponentName('Interna\u0301l')).toBe('Internal');
    expect(lookalikeComponentName('Interna\u217C')).toBe('Internal');
    expect(lookalikeComponentName('Publ\u0456cOnly')).toBe('PublicOnly');
  });
  test('the component itself, its letter cases (another rule) and other names do not', () => {
    expect(lookalikeComponentName('Internal')).toBeUndefined();
    expect(lookalikeComponentName('internal')).toBeUndefined();
    expect(lookalikeComponentName('International')).toBeUndefined();
  });
  test('the public cut refuses one, naming the line', () => {
    expect(refusal(post('Text.\n\n<\u0399nternal>the runbook</\u0399nternal>'))).toMatch(/^x\.mdx:6: <Ιnternal> looks like <Internal>/);
  });
});

describe('YAML aliases into public fields', () => {
  const yaml = 'title: &t the orders-db pool\nsignals: [&s "PoolExhausted"]\npublic:\n  title: *t\n  summary: Checkout failed.\nrisks: *r\n';
  test('an alias as a public field, or on the way to one, is found with its offset', () => {
    const found = findAliasedPublicFields(yaml, [['public', 'title'], ['public', 'summary'], ['risks', 0]]);
    expect(found.map((f) => [f.path.join('.'), f.alias, yaml.slice(f.offset, f.offset + f.alias.length)])).toEqual([['public.title', '*t', '*t'], ['risks.0', '*r', '*r']]);
  });
  test('anchors alone, and text with a star, are not aliases', () => {
    expect(findAliasedPublicFields('title: &t x\npublic:\n  title: Five * stars\n', [['public', 'title']])).toEqual([]);
  });
});

describe('a data- attribute holding words', () => {
  test('is unreadable markup, named without its value, in .mdx and in .md HTML', () => {
    const mdx = findUnreadableMarkup('Text.\n\n<span data-note="the runbook">Recovered.</span>\n', true);
    expect(mdx.map((m) => [m.line, m.text])).toEqual([[3, 'data-note="…"']]);
    expect(findUnreadableMarkup('<p data-note=\'the runbook\'>Recovered.</p>\n', false).map((m) => m.text)).toEqual(['data-note="…"']);
  });
  test('a flag or a number is not', () => {
    expect(findUnreadableMarkup('<span data-pagefind-ignore data-weight="10">Recovered.</span>\n', true)).toEqual([]);
  });
});

test('<Internal> in a risk, a mitigator or a contributor (opted in or not) is markup in a plain-text field', () => {
  const pm = { timeline: [], actionItems: [], risks: ['No alert. <Internal>db-7</Internal>'], mitigators: [], contributors: ['a &amp; b'] } as unknown as DraftPostmortem;
  expect(findMarkupInPlainText(pm).map((m) => m.path.join('.'))).toEqual(['contributors.0', 'risks.0']);
});

describe('the public cut of a .md post', () => {
  test('refuses tags written with character references', () => {
    expect(refusal(post('&#60;Internal&#62;the runbook&#60;/Internal&#62;'), false)).toMatch(/^x\.md:4: "&#60;Internal" is read as an <Internal> tag/);
  });
  test('refuses a link to a post customers do not see, Markdown or HTML, however written', () => {
    expect(refusal(post('See [earlier](/incidents/2025-02-01-hidden/).'), false)).toMatch(/^x\.md:4: the link \/incidents\/2025-02-01-hidden\/ leads to a postmortem customers do not see/);
    expect(refusal(post('<p>See <a href="/incidents/2025%2d02%2d01%2dhidden/">it</a>.</p>'), false)).toMatch(/^x\.md:4: /);
    expect(refusal(post('See [the post](/incidents/2025-01-01-public/).'), false)).toBeUndefined();
  });
});

describe('the public cut of an .mdx post', () => {
  test('refuses a raw <a href> to a post customers do not see', () => {
    expect(refusal(post('See <a href="/incidents/2025-02-01-hidden/">earlier</a>.'))).toMatch(/^x\.mdx:4: the link .* a link written in HTML/);
    expect(refusal(post('See <a href="/incidents/2025-01-01-public/">earlier</a>.'))).toBeUndefined();
  });
  test('drops the target of a Markdown link to it written in capitals or on the internal site', () => {
    expect(cut(post('See [earlier](/INCIDENTS/2025-02-01-HIDDEN/) and [then](https://kb.example.net/postmortems/2025-02-01-hidden/).'))).toContain('See earlier and then.');
  });
});
