import { mistakesOutsideCode, type AngleBracketMistake } from './angle-bracket-text.ts';

/**
 * Mentions in a body of an action item the postmortem does not have (`Tracked as AI-3.` beside
 * AI-1 and AI-2; bad input round 45): an item renamed, deleted or never written, so the reader
 * looks for a follow-up that is nowhere, and the tracker knows nothing of it. An id is read as an
 * action item's when it has the form of this post's ids (`AI-7` when its items are `AI-1`, …; `AI-`
 * always, the form `npm run new` writes). Pure: no Astro, no file system.
 */
export function findUnknownActionItemMentions(body: string, ids: readonly string[]): { line: number; column: number; mistake: AngleBracketMistake }[] {
  // Scales and standards (`SEV-2`, `CVE-2021-3807`, `RFC-7231`) are no action items, whatever the ids look like.
  const prefixes = new Set(['AI', ...ids.flatMap((id) => /^([A-Za-z]{2,10})-\d+$/.exec(id)?.[1].toUpperCase() ?? [])].filter((prefix) => !/^(?:SEV|CVE|RFC|UTF|SHA|ISO|TLS|PR|GHSA)$/.test(prefix)));
  const cue = new RegExp(`\\b(?:${[...prefixes].join('|')})-\\d`, 'i');
  if (!cue.test(body)) return [];
  const known = new Set(ids.map((id) => id.toUpperCase()));
  const mention = new RegExp(`(?<![\\w/#.-])(${[...prefixes].join('|')})-(\\d{1,5})(?![\\w-]|\\.\\d)`, 'gi');
  const said = new Set<string>();
  // `The May postmortem listed the fix as AI-6`: another post's item, named as such beside the word
  // (on its line or the one before); that id is another post's wherever else the body names it.
  let previous = '';
  for (const line of body.split('\n')) {
    if (/post-?mortem|incident report|\]\(\/postmortems\//i.test(`${previous} ${line}`)) for (const m of line.matchAll(mention)) known.add(`${m[1]}-${m[2]}`.toUpperCase());
    previous = line;
  }
  return mistakesOutsideCode(body, (line) => {
    return [...line.matchAll(mention)].flatMap((m) => {
    const id = `${m[1]}-${m[2]}`;
    if (known.has(id.toUpperCase()) || said.has(id.toUpperCase())) return [];
    said.add(id.toUpperCase());
    return [{
      index: m.index,
      message: `the body names ${id}, but this postmortem has no action item ${id}${ids.length ? ` (its items are ${ids.slice(0, 6).join(', ')}${ids.length > 6 ? ', …' : ''})` : ' (it has none)'}: a reader looks for a follow-up that is nowhere, and the follow-up tracker knows nothing of it.`,
      fix: `write the id of the item meant, or add ${id} to actionItems (its title, owner, due day and status); if it is another postmortem's item or another tool's key, say whose it is.`,
    }];
    });
  });
}
