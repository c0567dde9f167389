import { describe, expect, it } from 'vitest';
import { linkedRuns } from '../../src/lib/linked-text.ts';

const joined = (text: string) => linkedRuns(text).map((run) => run.text).join('');
const links = (text: string) => linkedRuns(text).filter((run) => run.href).map((run) => run.href);

describe('linkedRuns', () => {
  it('links an address in a timeline row, the rest plain text', () => {
    const row = 'Announce on Mastodon - Back Online - https://social.example/@ops/114749901654577418';
    expect(linkedRuns(row)).toEqual([
      { text: 'Announce on Mastodon - Back Online - ' },
      { text: 'https://social.example/@ops/114749901654577418', href: 'https://social.example/@ops/114749901654577418' },
    ]);
  });

  it('leaves out the punctuation that closes the sentence or a bracket around it', () => {
    expect(links('See https://status.example.com/incidents/42.')).toEqual(['https://status.example.com/incidents/42']);
    expect(links('(thread: https://lists.example.org/archive/2025-June/000121.html), then')).toEqual(['https://lists.example.org/archive/2025-June/000121.html']);
    expect(links('the page https://en.wikipedia.org/wiki/Mercury_(planet) says')).toEqual(['https://en.wikipedia.org/wiki/Mercury_(planet)']);
    expect(links('"https://example.com/a?b=1&c=2", quoted')).toEqual(['https://example.com/a?b=1&c=2']);
  });

  it('keeps the text as written: the runs join to it', () => {
    for (const text of ['two: http://a.example/x and https://b.example/y!', 'none here', 'https://only.example', 'ftp://files.example/x is no web address', '']) {
      expect(joined(text)).toBe(text);
    }
  });

  it('links http and https addresses with a host only', () => {
    expect(links('ftp://files.example/x, mailto:ops@example.com, https:// alone, http://x')).toEqual([]);
    expect(links('http://localhost:8080/health')).toEqual(['http://localhost:8080/health']);
    expect(linkedRuns('no address at all')).toEqual([{ text: 'no address at all' }]);
  });
});
