// The false-positive rounds' way to read a body (rounds 56 and 57 wrote these lines twice): a short
// post around it, the guard's findings as `rule:text`, and the public text after `npm run redact`'s fixes.
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';

/** The guard's settings with `people` listed as git authors. */
export const options = (people: string[] = []): RedactionOptions => ({ internalDomains: ['.internal', '.local'], serviceIds: [], people, peopleIndex: buildPeopleIndex(people.map((name) => ({ name, origin: 'git author' as const }))) });
/** A post of a title and one sentence, then `body`. */
export const post = (body: string) => `# Outage\n\nThe kiln controller stalled twice.\n\n${body}\n`;
/** The guard's findings on the post, as `rule:text`. */
export const findings = (body: string, people: string[] = []) => scanPublicText('post.mdx', post(body), options(people)).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);
/** The body as the public page shows it after the fixes. */
export const publicText = (body: string, people: string[] = []) => {
  const source = post(body);
  const fixed = applyRedactionFixes(source, scanPublicText('post.mdx', source, options(people)).findings, { isMdx: true }).source;
  return stripInternalFromSource(fixed, 'public').replace(/<\/?PublicOnly>/g, '').trim().split('\n').slice(4).join('\n');
};
