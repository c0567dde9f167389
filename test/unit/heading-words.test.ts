// A heading's hyphenated words kept whole where the line has room (src/lib/heading-words.ts): look
// round 43 saw titles break "Post-" / "mortem" and "us-east-" / "1".
import { describe, expect, test } from 'vitest';
import { headingHtml } from '../../src/lib/heading-words.ts';

describe('headingHtml', () => {
  test.each([
    ['Post-mortem of the us-east-1 ingress-nginx upgrade', '<span class="hyphenated">Post-mortem</span> of the <span class="hyphenated">us-east-1</span> <span class="hyphenated">ingress-nginx</span> upgrade'],
    ['Lag on k8s.io-prow after SEV-1 on 2024-03-05', 'Lag on <span class="hyphenated">k8s.io-prow</span> after <span class="nowrap">SEV-1</span> on <span class="nowrap">2024-03-05</span>'],
    ['Queue & <cache> – no hyphenated word', 'Queue &amp; &lt;cache&gt; – no hyphenated word'],
    ['Ende-zu-Ende-Tests für café-api', '<span class="hyphenated">Ende-zu-Ende-Tests</span> für <span class="hyphenated">café-api</span>'],
  ])('%s', (title, html) => {
    expect(headingHtml(title)).toBe(html);
  });

  test('the text is unchanged: the markup only adds spans', () => {
    const title = 'A -- dash, a trailing- hyphen and us-west-2 "quoted"';
    const html = headingHtml(title);
    const unescaped = html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(unescaped).toBe(title);
    expect(html).toContain('<span class="hyphenated">us-west-2</span>');
    expect(html).not.toContain('<span class="hyphenated">trailing-</span>');
  });
});
