import { describe, expect, test } from 'vitest';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';

// Session 30 (ui32, docs/architecture.md): a "## Thanks" over names each in <Internal> was a
// heading over nothing on the public post. Words inside <Internal> start with zqx, kept ones pub.
const source = (body: string) => `---\ntitle: pubtitle\n---\n${body}`;
const publicBody = (body: string) => stripInternalFromSource(source(body), { isMdx: true, variant: 'public' });

describe('a heading whose section the public cut leaves empty', () => {
  test('goes with its section, its line kept blank (later lines keep their numbers)', () => {
    const body = '## pubcause\n\npubtext.\n\n## Thanks\n\n* <Internal>@zqxone</Internal>\n* <Internal>@zqxtwo</Internal>\n\n## pubnext\n\npubmore.\n';
    const out = publicBody(body);
    expect(out).not.toContain('Thanks');
    expect(out).toContain('## pubcause');
    expect(out).toContain('## pubnext');
    expect(out.split('\n').length).toBe(source(body).split('\n').length);
  });
  test('a section whose subsections were all emptied goes with them; one with a word left stays', () => {
    const out = publicBody('## People\n\n### Reviewers\n\n- <Internal>zqxname</Internal>\n\n## pubkept\n\n- <Internal>zqxsecret</Internal>\n\npubword.\n');
    expect(out).not.toMatch(/People|###/);
    expect(out).toContain('## pubkept');
    expect(out).toContain('pubword.');
  });
  test('a heading the author left empty, one over an <Internal> block, and the internal site are left alone', () => {
    expect(publicBody('## pubempty\n\n## pubnext\n\npubword.\n')).toContain('## pubempty');
    expect(publicBody('## pubtail\n\n<Internal>\nzqx\n</Internal>\n')).toContain('## pubtail');
    expect(stripInternalFromSource(source('## Thanks\n\n* <Internal>@zqxone</Internal>\n'), { isMdx: true, variant: 'internal' })).toContain('## Thanks');
  });
});
