// The import writes the emoji of a known shortcode (src/lib/import/emoji-shortcodes.ts): look round 42
// saw ":warning: Leadup" as a heading and in "On this page" of a chat community's imported post-mortems.
import { describe, expect, test } from 'vitest';
import { readSource } from '../../src/lib/import/source-text.ts';
import { emojiShortcodesAsCharacters } from '../../src/lib/import/emoji-shortcodes.ts';

describe('emoji shortcodes in an imported Markdown report', () => {
  const report = [
    '# Bot outage',
    '',
    '## :warning: Leadup',
    '',
    'The queue grew :fire: and we :eyes: the graphs; :partyparrot: stays (no emoji known).',
    '',
    'Run `echo :warning:` to see it, at 10:30:00 on host a:x:b.',
    '',
    '```',
    'status: :warning: kept in code',
    '```',
    '',
  ].join('\n');

  test('known shortcodes become their emoji in headings and prose', () => {
    const { markdown } = readSource('2021-01-30-bot-outage.md', report);
    expect(markdown).toContain('## ⚠️ Leadup');
    expect(markdown).toContain('The queue grew 🔥 and we 👀 the graphs');
  });

  test('unknown names, code spans, code blocks, times and words joined by colons stay as written', () => {
    const { markdown } = readSource('2021-01-30-bot-outage.md', report);
    expect(markdown).toContain(':partyparrot: stays');
    expect(markdown).toContain('`echo :warning:`');
    expect(markdown).toContain('status: :warning: kept in code');
    expect(markdown).toContain('10:30:00 on host a:x:b');
  });

  test('counts what it wrote', () => {
    expect(emojiShortcodesAsCharacters('a :tada: b :+1: c :nope:').count).toBe(2);
    expect(emojiShortcodesAsCharacters('no codes here').count).toBe(0);
  });
});
