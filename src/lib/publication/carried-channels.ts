import type { Finding } from '../findings.ts';
import { allowancesOnLine, allowedMatchKey, redactionFindingText, redactionRules, suggestedFix } from '../redaction-guard.ts';
import { escapeRegExp } from '../regexp.ts';
import { bodyFindingPlacesByLine, fieldPlace, type ScannedPost } from './carried-hosts.ts';
import { isEnglishWord, isKnownWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';

/**
 * Chat channels carried across the posts of one scan (adoption round 43, docs/adopting.md). A
 * channel is found where something marks it as one (`#wc-ops-alerts`, "the ops-alerts channel");
 * the same post, or another of the site, then writes it bare ("moves discussion to
 * wc-incident-response", "Move the alert into wc-platform-alerts", "messages from the monitor in
 * wc-platform / wc-experience") and nothing marks it: an imported team's retros published four of
 * its chat's channels so. A channel found with a sign is one the organisation's chat has, so it is
 * looked for as a whole word on every public line and field of every post of the scan, as
 * carried-hosts.ts does for hosts.
 *
 * Only a compound name (words joined by `-` or `_`) with a part no dictionary knows (`wc`,
 * `inc2041`) is carried: one of English words alone ("incident-response", "on-call") is also
 * everyday prose, and stays found where its sign is.
 */

const channelRule = 'redact/channel';
const compound = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+$/;

/** The bare name of a channel finding, if it is one to carry. */
function carriedChannel(text: string): string | undefined {
  const name = text.replace(/^#/, '').toLowerCase();
  if (!compound.test(name) || isPublicTerm(name)) return undefined;
  const parts = name.split(/[-_]/);
  return parts.some((part) => /\d/.test(part) || !(isEnglishWord(part) || isKnownWord(part))) ? name : undefined;
}

/**
 * A channel's name on its own: not inside a path, host, address, longer identifier or channel
 * (`/wc-platform/`, `wc-platform.example`, `#wc-platform`, `wc-platform-alerts` for `wc-platform`).
 */
const onItsOwn = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}_#@/.-])${escapeRegExp(name)}(?![\\p{L}\\p{N}_/-]|\\.[\\p{L}\\p{N}])`, 'giu');

/**
 * The findings the carried channels add to each post (in the posts' order), and the matches
 * markers allow. A place an existing finding covers is not found twice; the result depends only on
 * the posts and their order.
 */
export function carriedChannelFindings(posts: readonly ScannedPost[]): { findings: Finding[][]; allowed: Set<string> } {
  const signs = new Map<string, string>();
  for (const post of posts) {
    for (const finding of post.findings) {
      if (finding.rule !== channelRule || finding.severity !== 'error') continue;
      const name = carriedChannel(redactionFindingText(finding));
      if (name && !signs.has(name)) signs.set(name, `${finding.file}:${finding.line}`);
    }
  }
  const allowed = new Set<string>();
  const searches = [...signs].map(([name, where]) => ({ name, pattern: onItsOwn(name), why: `found as a channel at ${where}` }));
  const findings = posts.map((post) => {
    const added: Finding[] = [];
    if (!searches.length) return added;
    /** Whether to add the channel at this line of the source, or a marker there allows it. */
    const carries = (text: string, sourceIndex: number) => {
      const allows = allowancesOnLine(post.sourceLines[sourceIndex] ?? '').some((a) => a.rule === channelRule && (a.text === undefined || a.text.toLowerCase() === text.toLowerCase()));
      if (allows) allowed.add(allowedMatchKey(channelRule, text));
      return !allows;
    };
    const finding = (text: string, line: number, column: number, why: string, field?: string): Finding => ({ file: post.file, line, column, rule: channelRule, severity: 'error',
      message: `${redactionRules[channelRule]} (${why}${field ? `, in the field ${field}` : ''}) would be published: "${text}".`, fix: suggestedFix(channelRule, text), ...(field ? { field } : {}) });
    const takenByLine = bodyFindingPlacesByLine(post.findings);
    post.publicLines.forEach((text, index) => {
      const lower = text.toLowerCase();
      const places = takenByLine.get(index + 1) ?? [];
      for (const { name, pattern, why } of searches) {
        if (!lower.includes(name)) continue;
        for (const m of text.matchAll(pattern)) {
          const [start, end] = [m.index, m.index + m[0].length];
          if (places.some(([from, to]) => start < to && from < end) || !carries(m[0], index)) continue;
          added.push(finding(m[0], index + 1, start + 1, why));
          places.push([start, end]);
        }
      }
    });
    // A public title, summary or timeline event shows on the page as the body does.
    for (const field of post.publicFields ?? []) {
      const name = field.path.join('.');
      const foundThere = post.findings.filter((f) => f.field === name).map((f) => redactionFindingText(f).toLowerCase());
      for (const search of searches) {
        const m = [...field.text.matchAll(search.pattern)][0];
        if (!m || foundThere.some((text) => text.includes(search.name))) continue;
        const place = fieldPlace(post.sourceLines, field.path, m[0]);
        if (carries(m[0], place.index)) added.push(finding(m[0], place.index + 1, place.column, search.why, name));
      }
    }
    return added.sort((a, b) => a.line - b.line || a.column - b.column);
  });
  return { findings, allowed };
}
