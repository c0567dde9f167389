import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { publicBodyAfterRedact } from './public-body-after-redact.ts';

/**
 * The guard's options for a team that lists `listed` (its vocabulary's people) and keeps hosts
 * under `.internal`, with the two questions the adoption rounds ask of a line: which people the
 * guard finds in it, and what the public page reads after `npm run redact` (the line after a lead
 * sentence, so that it opens no post).
 */
export function listedPeopleProbe(listed: readonly string[]) {
  const options: RedactionOptions = {
    internalDomains: ['.internal'], serviceIds: [], people: [],
    peopleIndex: buildPeopleIndex(listed.map((name) => ({ name, origin: 'vocabulary' as const }))),
  };
  const peopleFound = (text: string) => scanPublicText('x.md', text, options).findings
    .filter((f) => f.rule === 'redact/person' || f.rule === 'redact/possible-person').map((f) => redactionFindingText(f));
  const lead = 'The wiki served a bad link for an hour.';
  const publicLine = (line: string, ext: 'md' | 'mdx' = 'mdx') => publicBodyAfterRedact(`${lead}\n\n${line}`, options, ext).slice(lead.length).trim();
  return { options, peopleFound, publicLine };
}
