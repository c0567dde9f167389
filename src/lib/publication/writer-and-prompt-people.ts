/**
 * The writer naming themself and a shell prompt's user (since probe round 34, docs/redaction.md,
 * "Probe round 34"; both shapes measured in real reports: "13:11: I (Mariano …) looked at my local
 * node", a traceback pasted after `lingyiwang$ python3 …`):
 *
 * - a first-person pronoun and a name in brackets ("I (Bongani Zulu) looked", "me (Ama)"): only
 *   the writer is named so; a capitalised word in brackets after "I" that no lexicon knows as a
 *   given name and that is a word ("I (Update) …") is not read;
 * - a shell prompt of a bare user before `$`, `#` or `%` at a code line's start (`tkaragianni$
 *   kubectl get pods`); the prompt with a host (`user@host:~$`) is read already. Not an English
 *   word, a system or image's default user (`root`, `ubuntu`, `ec2-user`, `vagrant`, `postgres`),
 *   nor a public term.
 */
import { allMatches } from '../regexp.ts';
import { isEnglishWord, isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import type { PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';
import { alternationOf, irishSurnamePrefixes, nameParticles } from './name-particles.ts';

const namePart = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
const writerInBrackets = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:I|[Mm]e|[Mm]yself)\s+\((${namePart}(?:\s+(?:(?:${alternationOf([...nameParticles, ...irishSurnamePrefixes])})\s+)?${namePart}){0,3})\)`, 'gu');
const barePrompt = /^\s*([a-z][a-z0-9._-]{2,30})\s?[$#%]\s+\S/u;

export const cuedWriterAndPromptPatterns: readonly CuedPattern[] = [
  { name: 'the writer naming themself in brackets', cue: /\(/, pattern: writerInBrackets },
  { name: "a bare shell prompt's user", cue: /[$#%]\s/, pattern: barePrompt },
];

/** Users every system or image has, no one's account, and a shell's own prompt (`bash-5.0#`, measured in a build team's manual steps). */
const defaultUser = /^(?:root|admin|administrator|ubuntu|debian|centos|fedora|ec2-user|vagrant|pi|git|postgres|mysql|redis|www-data|nobody|daemon|user|guest|core|node|app|deploy|runner|jenkins|docker|oracle|azureuser|cloud-user|opc|bitnami|kali|alpine|arch|dev|test|build|ci|sudo|cmd)$|^(?:bash|sh|zsh|ksh|fish|csh|tcsh|dash|ash|busybox)(?:-[\d.]+)?$/;

/** The writer named in brackets after "I" and a bare prompt's user on one line. */
export function findWriterAndPromptPeople(line: string, inCode: boolean): PatternMatch[] {
  const found: PatternMatch[] = [];
  if (!inCode && cuedWriterAndPromptPatterns[0].cue.test(line)) for (const m of allMatches(writerInBrackets, line)) {
    const name = m[1];
    const parts = name.split(/\s+/);
    if (isPublicTerm(name) || parts.some((part) => isPublicTerm(part))) continue;
    // One capitalised word in brackets must be a given name or no word ("I (Update)" is a label).
    if (parts.length === 1 && !isKnownFirstName(name) && (isEnglishWord(name.toLowerCase()) || isOrdinaryWord(name))) continue;
    found.push({ text: name, index: m.index! + m[0].indexOf(name), severity: 'error', guess: true, why: 'the writer naming themself' });
  }
  if (inCode && cuedWriterAndPromptPatterns[1].cue.test(line)) {
    const m = barePrompt.exec(line);
    const user = m?.[1];
    if (m && user && !defaultUser.test(user) && !isEnglishWord(user) && !isOrdinaryWord(user) && !isPublicTerm(user) && !/\d{3,}/.test(user)) {
      found.push({ text: user, index: m.index + m[0].indexOf(user), severity: 'error', guess: true, why: "a shell prompt's user" });
    }
  }
  return found;
}
