import { expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { cjkLineBreaksPlugin, joinCjkLineBreaks, joinWideLetterLines } from '../../src/lib/cjk-line-breaks.ts';

// Our own words, written as Japanese, Chinese and Korean reports wrap their paragraphs in the source.
const body = [
  '午前2時、決済代行会社への\nすべての接続が拒否され、画面は「再度\nお試しください」と表示した。',
  '',
  '回滚配置后，下单成功率\n恢复正常。',
  '',
  '새 노드는 기존 클러스터와\n다른 해시 방식을 썼다.',
  '',
  'The pool filled within\na minute: 接続\nfailed.',
  '',
  '`証明書の\n期限`',
  '',
  '```text\n証明書の\n期限\n```',
].join('\n');

test.each([
  ['Japanese, kana then kana', 'への\nすべて', 'へのすべて'],
  ['Japanese, after closing punctuation', '拒否され、\n画面', '拒否され、画面'],
  ['Chinese, Han then Han, spaces around the break', '成功率 \n 恢复', '成功率恢复'],
  ['full-width punctuation', '（協定世界時）\n復旧', '（協定世界時）復旧'],
  ['Korean keeps its space', '클러스터와\n다른', '클러스터와\n다른'],
  ['Hangul beside Han keeps its space', '장애\n障害', '장애\n障害'],
  ['English words keep their space', 'within\na minute', 'within\na minute'],
  ['English beside Japanese keeps its space', 'API\nから', 'API\nから'],
])('%s', (_name, text, joined) => {
  expect(joinWideLetterLines(text)).toBe(joined);
});

test('over rendered HTML: breaks between Chinese or Japanese characters go, code and Korean keep theirs', () => {
  const html = joinCjkLineBreaks(markdownToHtml(body, { features: { gfm: true } }).html);
  expect(html).toContain('決済代行会社へのすべての接続');
  expect(html).toContain('「再度お試しください」');
  expect(html).toContain('下单成功率恢复正常');
  expect(html).toContain('클러스터와\n다른');
  expect(html).toContain('within\na minute: 接続\nfailed');
  expect(html).toContain('<code>証明書の 期限</code>');
  expect(html).toMatch(/<pre[^>]*><code[^>]*>証明書の\n期限\n<\/code><\/pre>/);
});

test('the Sätteri plugin gives an MDX body the same text as the string fix', async () => {
  const plain = markdownToHtml(body, { features: { gfm: true } }).html;
  const withPlugin = (await markdownToHtml(body, { features: { gfm: true }, hastPlugins: [cjkLineBreaksPlugin] })).html;
  expect(withPlugin).toContain('決済代行会社へのすべての接続');
  expect(withPlugin).toMatch(/<code[^>]*>証明書の\n期限\n<\/code>/);
  expect(withPlugin).toBe(joinCjkLineBreaks(plain));
});
