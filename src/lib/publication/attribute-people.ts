/**
 * A person in an HTML attribute named for one, in MDX or an HTML block (since the twenty-second
 * probe round, docs/redaction.md): `<div data-owner="caoimhe.brenne">`, `<section
 * author="Tadhg Marsh">`, `data-reviewed-by="tmarsh"`, `<meta name="author" content="…">`. The page's source carries the value to
 * every reader, and the attribute's name says whose it is, as a table's Owner column does. The
 * value is a person's when it is a full name or an account that is a person's
 * (`personalAccount`: no system account, no name made of English words such as `data-platform`).
 */
import { allMatches } from '../regexp.ts';
import { isPublicTerm } from './public-terms.ts';
import { personalAccount, type PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';

/** An attribute whose name says a person is its value, with that value. */
const personAttribute = /(?<![\w-])(?:data-)?(?:owner|owned-by|by|who|author|user|user-?name|assignee|assigned-to|reviewer|reviewed-by|approver|approved-by|maintainer|on-?call|contact|person|responder|commander|creator|created-by|updated-by|modified-by|edited-by|reporter|reported-by|written-by)\s*=\s*(?:"([^"'\n<>{}]{2,60})"|'([^"'\n<>{}]{2,60})')/gi;
/** A page's author in a `<meta>` element (`<meta name="author" content="…">`, either order). */
const metaAuthor = /<meta\b(?=[^<>]*\b(?:name|property)=["'](?:author|creator|article:author|twitter:creator|dc\.creator)["'])[^<>]*?\bcontent=(?:"([^"'\n<>{}]{2,60})"|'([^"'\n<>{}]{2,60})')/gi;
const fullName = /^\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2}$/u;
const account = /^[a-z][a-z0-9._-]{1,38}[a-z0-9]$/;

/** People named by the values of person-named attributes on one line. */
/** The cues each pattern's lines must hold, tested first (test/unit/redaction-cue-implication.test.ts checks each is implied). */
export const cuedAttributePatterns: readonly CuedPattern[] = [
  { name: 'an attribute named for a person', cue: /=/, pattern: personAttribute },
  { name: "a meta element's author", cue: /=/, pattern: metaAuthor },
];

export function findAttributePeople(line: string): PatternMatch[] {
  if (!cuedAttributePatterns[0].cue.test(line)) return [];
  const found: PatternMatch[] = [];
  for (const m of [...allMatches(personAttribute, line), ...allMatches(metaAuthor, line)]) {
    const value = (m[1] ?? m[2]).trim();
    const person = fullName.test(value) ? !isPublicTerm(value) : account.test(value) && !isPublicTerm(value) && personalAccount(value);
    if (person) found.push({ text: value, index: m.index! + m[0].lastIndexOf(value), severity: 'error', guess: true, why: 'the value of an attribute named for a person' });
  }
  return found;
}
