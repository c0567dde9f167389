/**
 * A system a Japanese, Chinese or Korean sentence names in quotes after the words "in-house
 * system", "internal platform" and the like (since probe round 41b, docs/redaction.md):
 * "社内システム「ホシガラス」が停止しました", "内部系统“青鸾”的订单服务不可用", "사내 시스템 '누리'".
 * Those writers coin Katakana, Han or Hangul names for their systems, which no word list of the
 * guard knows, and quote them; the noun before says the thing is the organisation's own, so the
 * quoted name is whatever it is. Not read: a public term or a name the team lists as public.
 */
import { allMatches } from '../regexp.ts';
import { isPublicTerm } from './public-terms.ts';
import type { NamedSystemMatch } from './named-systems.ts';

const ownSystemNoun = String.raw`(?:社内|自社|内部|內部|사내|내부)[ \u00a0]*(?:システム|ツール|サービス|基盤|プラットフォーム|アプリ|系统|系統|平台|服务|服務|工具|应用|應用|시스템|서비스|플랫폼|툴|도구)`;
const quotedAfterOwnNoun = new RegExp(String.raw`${ownSystemNoun}[ \u00a0]*(?:「([^」]{1,24})」|『([^』]{1,24})』|“([^”]{1,24})”|"([^"]{1,24})"|‘([^’]{1,24})’|'([^']{1,24})')`, 'gu');

/** The systems a line names in quotes after a noun saying they are the organisation's own. */
export function findCjkInternalSystemNames(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  if (!/[社内內사내]/u.test(line)) return [];
  const found: NamedSystemMatch[] = [];
  for (const m of allMatches(quotedAfterOwnNoun, line)) {
    const name = m.slice(1).find((g) => g !== undefined)!;
    const text = name.trim();
    if (!text || isPublicTerm(text) || isPublicName(text)) continue;
    const index = m.index! + m[0].length - 1 - name.length + name.indexOf(text);
    found.push({ rule: 'redact/internal-name', text, index, why: 'an in-house system named in quotes in Japanese, Chinese or Korean' });
  }
  return found;
}
